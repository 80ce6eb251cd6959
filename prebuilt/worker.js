import {
  lintFileTask
} from "./chunk-5EUO2JQU.js";
import {
  activeRules
} from "./chunk-HCIXMFY3.js";
import "./chunk-7GEN2IOH.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData.config;
var active = activeRules(config);
parentPort?.on("message", (job) => {
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, config, active)));
});
