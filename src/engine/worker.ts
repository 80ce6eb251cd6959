import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { lintFileTask, type LintTask } from './read-source.js';
import { activeRules } from './registry.js';
import type { ActiveRule } from './run-rules.js';

/** A worker thread: lints the files it is sent, one batch at a time, with the same code as the main thread. */
export interface WorkerJob {
  /** Sent with the first batch of each lint call (the set stage's pass may bring another). */
  config?: ResolvedConfig;
  tasks: LintTask[];
}

let config: ResolvedConfig | undefined;
let active: readonly ActiveRule[] = [];

parentPort?.on('message', (job: WorkerJob) => {
  if (job.config) {
    config = job.config;
    active = activeRules(config);
  }
  if (!config) throw new Error('a lint worker got files before its configuration');
  const current = config;
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, current, active)));
});
