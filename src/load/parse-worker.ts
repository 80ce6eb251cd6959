import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { createSchemaAcceptors, type SchemaAcceptors } from '../schema/acceptors.js';
import { preparse, type Preparsed } from './preparse.js';

/** The parse lane's thread: decodes and parses the files it is sent (see src/engine/parse-lane.ts). */
export interface ParseJob {
  id: number;
  files: (Uint8Array | null)[];
  /** Also list the documents that certainly match their schema (the schema rule is on). */
  schema: boolean;
}

export interface ParseDone {
  id: number;
  /** null where the linting thread reads or parses the file itself. */
  results: (Preparsed | null)[];
}

// This thread works ahead of the main thread, which waits for it when it falls behind: at the lowest
// priority it uses what the main thread and V8's compiler leave idle (the main thread's core, when that
// waits) instead of preempting them. On Linux a priority set with pid 0 is the calling thread's;
// elsewhere it would be the whole process's.
if (process.platform === 'linux') {
  try {
    setPriority(19);
  } catch {
    // Not allowed (some containers): the lane runs at normal priority.
  }
}

let acceptors: SchemaAcceptors | undefined;

parentPort?.on('message', (job: ParseJob) => {
  const accepts = job.schema ? (acceptors ??= createSchemaAcceptors()).acceptsOwnSchema : undefined;
  const done: ParseDone = { id: job.id, results: job.files.map((bytes) => (bytes ? (preparse(bytes, accepts) ?? null) : null)) };
  parentPort?.postMessage(done);
});
