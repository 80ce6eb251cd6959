import { Worker } from 'node:worker_threads';
import { compiledScript } from '../core/package-root.js';
import type { Preparsed } from '../load/preparse.js';
import type { ParseDone, ParseJob } from '../load/parse-worker.js';

/**
 * A thread that decodes and parses files ahead of the thread that lints them. Parsing the YAML is the
 * largest single step of a lint; this thread's code is small (the loader only), so starting it costs
 * little, unlike a second lint lane, whose isolate has to compile and optimize every rule again.
 */
export class ParseLane {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { count: number; resolve: (results: (Preparsed | null)[]) => void }>();
  private nextId = 0;
  /** Files sent ahead with `prefetch`, by their bytes. */
  private readonly early = new WeakMap<Uint8Array, Promise<Preparsed | null>>();
  private failure: Error | undefined;
  /** Files this lane decoded and parsed for the linting thread. */
  preparsed = 0;

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on('message', (done: ParseDone) => {
      const waiting = this.pending.get(done.id);
      this.pending.delete(done.id);
      if (this.pending.size === 0) this.worker.unref();
      for (const result of done.results) if (result !== null) this.preparsed++;
      waiting?.resolve(done.results);
    });
    this.worker.on('error', (error) => this.fail(error));
    // A thread that ends without an error (killed, say) must not leave the linting thread waiting either.
    this.worker.on('exit', (code) => this.fail(new Error(`the parse lane ended (exit code ${code})`)));
    this.worker.unref();
  }

  /**
   * The pre-parse of each file, null where the linting thread should do it itself (always, once the lane
   * failed). `schema`: also check the documents against their schemas (see Preparsed.schemaAccepted).
   */
  parse(files: readonly (Uint8Array | undefined)[], options: { schema: boolean }): Promise<(Preparsed | null)[]> {
    if (this.failure) return Promise.resolve(files.map(() => null));
    const early = files.map((bytes) => (bytes ? this.early.get(bytes) : undefined));
    if (files.length > 0 && early.every((result) => result !== undefined)) return Promise.all(early);
    const id = ++this.nextId;
    const job: ParseJob = { id, files: files.map((bytes) => bytes ?? null), schema: options.schema };
    return new Promise((resolve) => {
      this.pending.set(id, { count: files.length, resolve });
      this.worker.ref();
      this.worker.postMessage(job);
    });
  }

  /** Starts on files before the linting thread asks for them (while it still reads others); `parse` then takes these results. */
  prefetch(files: readonly Uint8Array[], options: { schema: boolean }): void {
    const results = this.parse(files, options);
    files.forEach((bytes, i) => this.early.set(bytes, results.then((all) => all[i] ?? null)));
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    // Files still waiting are linted without a pre-parse.
    for (const waiting of this.pending.values()) waiting.resolve(new Array<null>(waiting.count).fill(null));
    this.pending.clear();
  }
}

/** The compiled parse worker (see compiledScript). */
export function parseWorkerScript(): URL | undefined {
  return compiledScript(new URL('./parse-worker.js', import.meta.url), 'load/parse-worker.js');
}
