import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../core/package-root.js';
import type { FileTask } from '../load/files.js';
import type { ResolvedConfig } from './config.js';
import type { LintSourceResult } from './lint-source.js';
import { lintFileTask } from './read-source.js';
import { activeRules } from './registry.js';

/**
 * Lints many files, on worker threads when there is enough work to pay for starting them
 * (YAML parsing is nearly all the cost; one thread per core).
 */

export interface LintFilesOptions {
  /** Worker threads to use: 0 = decide by the amount of work; 1 = none. */
  concurrency?: number;
}

const BATCH = 16;
const FILES_WORTH_A_WORKER = 64;

export async function lintFiles(tasks: readonly FileTask[], config: ResolvedConfig, options: LintFilesOptions = {}): Promise<LintSourceResult[]> {
  const threads = chooseThreads(tasks.length, options.concurrency ?? 0);
  const worker = workerScript();
  if (threads <= 1 || worker === undefined) {
    const active = activeRules(config);
    return tasks.map((task) => lintFileTask(task, config, active));
  }
  return lintOnWorkers(tasks, config, threads, worker);
}

/** The compiled worker: beside this module when it runs from build/, else the built copy (tests run from src/). */
export function workerScript(): URL | undefined {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = join(packageRoot(), 'build', 'src', 'engine', 'worker.js');
  return existsSync(built) ? pathToFileURL(built) : undefined;
}

/**
 * One lane per core but one: V8's garbage collector and compiler threads need a core too, and a
 * worker costs about a second of CPU to load and warm up. Measured on 2 cores (npm run bench): one
 * lane beats two; more cores gain from the extra lanes.
 */
function chooseThreads(files: number, requested: number): number {
  if (requested > 0) return Math.min(requested, Math.max(1, files));
  return Math.max(1, Math.min(availableParallelism() - 1, Math.floor(files / FILES_WORTH_A_WORKER)));
}

async function lintOnWorkers(tasks: readonly FileTask[], config: ResolvedConfig, threads: number, workerUrl: URL): Promise<LintSourceResult[]> {
  const results: LintSourceResult[] = new Array(tasks.length);
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const worker = new Worker(workerUrl, { workerData: { config } });
      let batchStart = 0;
      const sendNext = (): void => {
        if (next >= tasks.length) {
          void worker.terminate().then(() => resolvePromise());
          return;
        }
        batchStart = next;
        const batch = tasks.slice(next, next + BATCH);
        next += batch.length;
        worker.postMessage({ tasks: batch });
      };
      worker.on('message', (reports: LintSourceResult[]) => {
        reports.forEach((report, i) => (results[batchStart + i] = report));
        sendNext();
      });
      worker.on('error', reject);
      worker.on('online', sendNext);
    });
  // The main thread is one of the lanes: its code is loaded and warm already, a worker's is not.
  const runHere = async (): Promise<void> => {
    const active = activeRules(config);
    while (next < tasks.length) {
      const start = next;
      const batch = tasks.slice(next, next + BATCH);
      next += batch.length;
      batch.forEach((task, i) => (results[start + i] = lintFileTask(task, config, active)));
      await new Promise((resolveTick) => setImmediate(resolveTick)); // let worker messages through
    }
  };
  await Promise.all([runHere(), ...Array.from({ length: threads - 1 }, runWorker)]);
  return results;
}
