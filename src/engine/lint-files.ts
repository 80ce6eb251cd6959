import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import type { LintSourceResult } from './lint-source.js';
import { lintFileTask, type LintTask } from './read-source.js';
import { activeRules } from './registry.js';
import { compiledScript } from '../core/package-root.js';
import { ParseLane, parseWorkerScript } from './parse-lane.js';
import type { Preparsed } from '../load/preparse.js';
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

/** The compiled lint worker (see compiledScript). */
export function workerScript(): URL | undefined {
  return compiledScript(new URL('./worker.js', import.meta.url), 'engine/worker.js');
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

/**
 * Whether to start a parse lane: when the main thread is the only lint lane (2 cores) but there is
 * another core, and enough files. `npm run bench` on 2 cores: median 2.77 s with it, 3.06 s without
 * (8 interleaved runs each). --concurrency 1 keeps everything on the main thread.
 */
export function parseLaneWanted(files: number, requested = 0): boolean {
  return requested === 0 && availableParallelism() >= 2 && files >= FILES_WORTH_A_LANE && laneCount(files, requested) === 1;
}

/**
 * Whether a run over many files will want a parse lane, before they are counted: on two cores every
 * large run does (see parseLaneWanted).
 */
export function parseLaneLikely(requested = 0): boolean {
  return parseLaneWanted(Number.MAX_SAFE_INTEGER, requested);
}

/**
 * A parse lane started before the files are known (see parseLaneLikely): its thread boots while the main
 * thread walks the directories, so the first batch is parsed sooner (bench: about 40-90 ms less).
 * Hand it to startLanes, which keeps it if the run wants one and closes it otherwise.
 */
export function startParseLane(): ParseLane | undefined {
  const script = parseWorkerScript();
  return script ? new ParseLane(script) : undefined;
}

export interface Lanes {
  /** Lints the tasks on every lane; results in task order. Uses only as many workers as the work pays for. */
  lint(tasks: readonly LintTask[], config: ResolvedConfig): Promise<LintSourceResult[]>;
  /** How many files the parse lane decoded and parsed so far (0 without one). */
  preparsed(): number;
  /**
   * With a parse lane: a function to call with each task as its bytes are read, in task order, before
   * `lint`; it hands the first batches to the lane at once, so that they are parsed when the lint begins.
   */
  readAhead(config: ResolvedConfig): ((task: LintTask) => void) | undefined;
  close(): Promise<void>;
}

/** Batches the parse lane may have taken ahead of the linting thread. */
const PARSE_AHEAD = 4;

/**
 * Starts `count - 1` workers now (the main thread is a lane too); they load the code while the caller
 * goes on. With `parse`, also a parse lane, which decodes and parses files ahead of the main thread:
 * `started` when one was started early (startParseLane), which is closed if `parse` is false.
 */
export function startLanes(count: number, options: { parse?: boolean; started?: ParseLane } = {}): Lanes {
  const script = count > 1 ? workerScript() : undefined;
  const workers = script ? Array.from({ length: count - 1 }, () => new LaneWorker(script)) : [];
  if (!options.parse) void options.started?.close();
  const parser = options.parse ? (options.started ?? startParseLane()) : undefined;
  let generation = 0;
  return {
    async lint(tasks, config) {
      const results: LintSourceResult[] = new Array(tasks.length);
      const used = workers.slice(0, laneCount(tasks.length, workers.length + 1) - 1);
      const configId = ++generation;
      let next = 0;
      const take = (): Job | undefined => {
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
      const active = activeRules(config);
      const lintHere = (job: Job, preparsed?: readonly (Preparsed | null)[]): void => {
        job.batch.forEach((task, i) => (results[job.start + i] = lintFileTask(task, config, active, preparsed?.[i] ?? undefined)));
      };
      // The main thread's code is loaded and warm already, a new worker's is not.
      const runHere = async (): Promise<void> => {
        for (let job = take(); job; job = take()) {
          lintHere(job);
          await nextTurn(); // let worker messages through
        }
      };
      const runHereParsed = async (lane: ParseLane): Promise<void> => {
        const ready: { job: Job; preparsed: (Preparsed | null)[] }[] = [];
        const schema = schemaRuleOn(active);
        let inFlight = 0;
        let wake: (() => void) | undefined;
        const feed = (): void => {
          for (let job = inFlight < PARSE_AHEAD ? take() : undefined; job; job = inFlight < PARSE_AHEAD ? take() : undefined) {
            const claimed = job;
            inFlight++;
            void lane.parse(claimed.batch.map((task) => task.bytes), { schema }).then((preparsed) => {
              inFlight--;
              ready.push({ job: claimed, preparsed });
              feed();
              wake?.();
            });
          }
        };
        feed();
        for (;;) {
          const parsed = ready.shift();
          if (parsed) {
            lintHere(parsed.job, parsed.preparsed);
            await nextTurn();
            continue;
          }
          // Every batch goes through the lane (a failed lane answers at once, with nulls). Waiting for it
          // costs no CPU, parsing here would, and the lane uses this core meanwhile; its results also carry
          // the schema check it did (bench: 2.25 s vs 2.37 s median, 12 interleaved runs).
          if (inFlight === 0) return;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      };
      const here = parser && used.length === 0 && tasks.length >= FILES_WORTH_A_LANE ? runHereParsed(parser) : runHere();
      await Promise.all([here, ...used.map(runWorker)]);
      return results;
    },
    preparsed: () => parser?.preparsed ?? 0,
    readAhead(config) {
      if (parser === undefined) return undefined;
      const schema = schemaRuleOn(activeRules(config));
      let batch: (Uint8Array | undefined)[] = [];
      let sent = 0;
      return (task) => {
        if (sent >= PARSE_AHEAD) return;
        batch.push(task.bytes);
        if (batch.length < BATCH) return;
        // Batches line up with lint's (BATCH tasks from the first); one with an unread file is not sent.
        if (batch.every((bytes) => bytes !== undefined)) parser.prefetch(batch as Uint8Array[], { schema });
        batch = [];
        sent++;
      };
    },
    async close() {
      await Promise.all([...workers.map((worker) => worker.close()), parser?.close()]);
    },
  };
}

/** Whether the parse lane should check documents against their schemas (see Preparsed.schemaAccepted). */
function schemaRuleOn(active: ReturnType<typeof activeRules>): boolean {
  return active.some((entry) => entry.rule.meta.id === 'schema');
}

interface Job {
  start: number;
  batch: LintTask[];
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
