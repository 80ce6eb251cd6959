import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../core/package-root.js';
import type { ResolvedConfig } from './config.js';
import type { LintSourceResult } from './lint-source.js';
import { lintFileTask, type LintTask } from './read-source.js';
import { activeRules } from './registry.js';
import type { WorkerJob } from './worker.js';

/**
 * Lints many files in lanes: the main thread and worker threads, when there is enough work to pay
 * for starting them. A worker spends its first second or so loading the code and waiting for V8 to
 * optimize it, so lanes can be started before the files are known (`startLanes`) and reused for the
 * set stage's second pass.
 */

export interface LintFilesOptions {
  /** Lanes to use: 0 = decide by the amount of work and the cores; 1 = the main thread only. */
  concurrency?: number;
  /** Lanes started earlier with `startLanes` (closed by the caller). */
  lanes?: Lanes;
}

const BATCH = 16;
/** Below this many files per lane, a worker's start-up costs more than it saves. */
const FILES_WORTH_A_LANE = 64;

export async function lintFiles(tasks: readonly LintTask[], config: ResolvedConfig, options: LintFilesOptions = {}): Promise<LintSourceResult[]> {
  if (options.lanes) return options.lanes.lint(tasks, config);
  const lanes = startLanes(laneCount(tasks.length, options.concurrency ?? 0));
  try {
    return await lanes.lint(tasks, config);
  } finally {
    await lanes.close();
  }
}

/** The compiled worker: beside this module when it runs from build/, else the built copy (tests run from src/). */
export function workerScript(): URL | undefined {
  const beside = new URL('./worker.js', import.meta.url);
  if (existsSync(beside)) return beside;
  const built = join(packageRoot(), 'build', 'src', 'engine', 'worker.js');
  return existsSync(built) ? pathToFileURL(built) : undefined;
}

/**
 * How many lanes (the main thread included) for this many files: one per core but one, fewer when
 * there are too few files to keep them busy; `requested` (--concurrency) overrides. Each lane has its
 * own V8 isolate, which compiles and optimizes the whole pipeline again: on 2 cores a second lane costs
 * about 2.4 s of CPU for the bench corpus and loses (npm run bench: 3.5 s with one lane, 4.1 s with two),
 * and V8's compiler threads need a core too.
 */
export function laneCount(files: number | undefined, requested = 0): number {
  if (requested > 0) return files === undefined ? requested : Math.min(requested, Math.max(1, files));
  const cores = availableParallelism();
  return Math.max(1, Math.min(cores - 1, files === undefined ? cores : Math.floor(files / FILES_WORTH_A_LANE)));
}

export interface Lanes {
  /** Lints the tasks on every lane; results in task order. Uses only as many workers as the work pays for. */
  lint(tasks: readonly LintTask[], config: ResolvedConfig): Promise<LintSourceResult[]>;
  close(): Promise<void>;
}

/** Starts `count - 1` workers now (the main thread is a lane too); they load the code while the caller goes on. */
export function startLanes(count: number): Lanes {
  const script = count > 1 ? workerScript() : undefined;
  const workers = script ? Array.from({ length: count - 1 }, () => new LaneWorker(script)) : [];
  let generation = 0;
  return {
    async lint(tasks, config) {
      const results: LintSourceResult[] = new Array(tasks.length);
      const used = workers.slice(0, laneCount(tasks.length, workers.length + 1) - 1);
      const configId = ++generation;
      let next = 0;
      const take = (): { start: number; batch: LintTask[] } | undefined => {
        if (next >= tasks.length) return undefined;
        const start = next;
        const batch = tasks.slice(start, start + BATCH);
        next += batch.length;
        return { start, batch };
      };
      const runWorker = async (worker: LaneWorker): Promise<void> => {
        for (let job = take(); job; job = take()) {
          const reports = await worker.lint({ configId, config, tasks: job.batch });
          reports.forEach((report, i) => (results[job.start + i] = report));
        }
      };
      // The main thread's code is loaded and warm already, a new worker's is not.
      const runHere = async (): Promise<void> => {
        const active = activeRules(config);
        for (let job = take(); job; job = take()) {
          job.batch.forEach((task, i) => (results[job.start + i] = lintFileTask(task, config, active)));
          await new Promise((resolveTick) => setImmediate(resolveTick)); // let worker messages through
        }
      };
      await Promise.all([runHere(), ...used.map(runWorker)]);
      return results;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

/** One worker thread and the job it is running. */
class LaneWorker {
  private readonly worker: Worker;
  private pending: { resolve: (reports: LintSourceResult[]) => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private sentConfig = 0;

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on('message', (reports: LintSourceResult[]) => {
      const pending = this.pending;
      this.pending = undefined;
      this.worker.unref();
      pending?.resolve(reports);
    });
    this.worker.on('error', (error) => {
      this.failure = error;
      this.pending?.reject(error);
      this.pending = undefined;
    });
    this.worker.unref(); // an idle lane never keeps the process alive; a busy one does (see lint)
  }

  lint(job: { configId: number; config: ResolvedConfig; tasks: LintTask[] }): Promise<LintSourceResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    // The configuration is sent once per lint call, not with every batch.
    const message: WorkerJob = this.sentConfig === job.configId ? { tasks: job.tasks } : { config: job.config, tasks: job.tasks };
    this.sentConfig = job.configId;
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.worker.ref();
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
