import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { preparse, type Preparsed } from './preparse.js';

/** The parse lane's thread: decodes and parses the files it is sent (see src/engine/parse-lane.ts). */
export interface ParseJob {
  id: number;
  files: (Uint8Array | null)[];
}

export interface ParseDone {
  id: number;
  /** null where the linting thread reads or parses the file itself. */
  results: (Preparsed | null)[];
}

// This thread only works ahead of the main thread, which parses a file itself when nothing is ready:
// it should use a core the main thread and V8's compiler leave idle, not take one from them. On Linux
// a priority set with pid 0 is the calling thread's; elsewhere it would be the whole process's.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed (some containers): the lane runs at normal priority.
  }
}

parentPort?.on('message', (job: ParseJob) => {
  const done: ParseDone = { id: job.id, results: job.files.map((bytes) => (bytes ? (preparse(bytes) ?? null) : null)) };
  parentPort?.postMessage(done);
});
