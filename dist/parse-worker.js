import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  preparse
} from "./chunk-J7XJ3CEL.js";
import "./chunk-5NO7V6Z4.js";

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
