import {
  createSchemaAcceptors,
  preparse
} from "./chunk-TJ5J5PB4.js";
import "./chunk-EYBKWDWE.js";

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
