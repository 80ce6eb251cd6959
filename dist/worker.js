import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  activeRules,
  lintFileTask
} from "./chunk-356HHRLK.js";
import "./chunk-MN2CS57X.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData.config;
var active = activeRules(config);
parentPort?.on("message", (job) => {
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, config, active)));
});
