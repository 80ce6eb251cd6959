import {
  preparse
} from "./chunk-4RCEPSD4.js";

// src/load/parse-worker.ts
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
if (process.platform === "linux") {
  try {
    setPriority(19);
  } catch {
  }
}
parentPort?.on("message", (job) => {
  const done = { id: job.id, results: job.files.map((bytes) => bytes ? preparse(bytes) ?? null : null) };
  parentPort?.postMessage(done);
});
