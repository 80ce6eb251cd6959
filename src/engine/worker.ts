import { parentPort, workerData } from 'node:worker_threads';
import type { FileTask } from '../load/files.js';
import type { ResolvedConfig } from './config.js';
import { lintFileTask } from './read-source.js';
import { activeRules } from './registry.js';

/** A worker thread: lints the files it is sent, one batch at a time, with the same code as the main thread. */
interface Job {
  tasks: FileTask[];
}

const config = (workerData as { config: ResolvedConfig }).config;
const active = activeRules(config);

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(job.tasks.map((task) => lintFileTask(task, config, active)));
});
