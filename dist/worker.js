import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);
import {
  activeRules,
  lintFileTask
} from "./chunk-NAGOKSZ7.js";
import "./chunk-VG5EGE77.js";
import "./chunk-U5HG734W.js";

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
