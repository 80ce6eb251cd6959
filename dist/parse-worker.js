import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  createSchemaAcceptors,
  preparse
} from "./chunk-VG5EGE77.js";
import "./chunk-U5HG734W.js";

// src/load/parse-worker.ts
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
if (process.platform === "linux") {
  try {
    setPriority(19);
  } catch {
  }
}
var acceptors;
parentPort?.on("message", (job) => {
  const accepts = job.schema ? (acceptors ??= createSchemaAcceptors()).acceptsOwnSchema : void 0;
  const done = { id: job.id, results: job.files.map((bytes) => bytes ? preparse(bytes, accepts) ?? null : null) };
  parentPort?.postMessage(done);
});
