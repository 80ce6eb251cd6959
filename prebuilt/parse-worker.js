import {
  createSchemaAcceptors,
  preparse
} from "./chunk-LN6KLMGR.js";
import "./chunk-SUXLYWLH.js";

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
