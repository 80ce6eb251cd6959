import {
  lintFileTask
} from "./chunk-CANOR6AD.js";
import "./chunk-46TP4OF4.js";
import {
  activeRules
} from "./chunk-4NDHBPCV.js";
import "./chunk-7GEN2IOH.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var config = workerData.config;
var active = activeRules(config);
parentPort?.on("message", (job) => {
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, config, active)));
});
