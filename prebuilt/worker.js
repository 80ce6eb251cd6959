import {
  lintFileTask
} from "./chunk-S3OAIKX6.js";
import {
  activeRules
} from "./chunk-X5CQXSFM.js";
import "./chunk-7GEN2IOH.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData.config;
var active = activeRules(config);
parentPort?.on("message", (job) => {
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, config, active)));
});
