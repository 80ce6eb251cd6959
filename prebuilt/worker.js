import {
  lintFileTask
} from "./chunk-J3EPMRWK.js";
import "./chunk-46TP4OF4.js";
import {
  activeRules
} from "./chunk-6QLLLFCP.js";
import "./chunk-TJ5J5PB4.js";
import "./chunk-EYBKWDWE.js";

// src/engine/worker.ts
import { parentPort } from "node:worker_threads";
var config;
var active = [];
parentPort?.on("message", (job) => {
  if (job.config) {
    config = job.config;
    active = activeRules(config);
  }
  if (!config) throw new Error("a lint worker got files before its configuration");
  const current = config;
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, current, active)));
});
