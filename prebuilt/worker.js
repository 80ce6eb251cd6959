import {
  lintFileTask
} from "./chunk-PBJCKZB5.js";
import "./chunk-46TP4OF4.js";
import {
  activeRules
} from "./chunk-R5IZ7C4J.js";
import "./chunk-LN6KLMGR.js";
import "./chunk-SUXLYWLH.js";

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
