import type { FileTask } from '../load/files.js';
import type { Preparsed } from '../load/preparse.js';
import { readFileBounded, type BoundedRead } from '../load/read-file.js';
import type { ResolvedConfig } from './config.js';
import type { Finding } from '../core/types.js';
import { lintSource, type LintSourceResult } from './lint-source.js';
import type { ActiveRule } from './run-rules.js';

/** A file to lint; with the set stage's findings for it when it is linted again (see lint-set.ts). */
export interface LintTask extends FileTask {
  extraFindings?: readonly Finding[];
  /** The file's bytes when the instancetype pre-scan read them already (within the size limit): not read again. */
  bytes?: Uint8Array;
}

/** Reads one file (refusing oversized ones before reading them) and lints it. */
export function lintFileTask(task: LintTask, config: ResolvedConfig, active: readonly ActiveRule[], preparsed?: Preparsed): LintSourceResult {
  try {
    const read: BoundedRead = task.bytes ? { ok: true, bytes: task.bytes } : readFileBounded(task.absolute, config.maxFileSizeBytes);
    if (!read.ok) {
      return refused(task, `the file is ${formatBytes(read.size)}, over the ${formatBytes(config.maxFileSizeBytes)} limit; Kubernetes objects are at most 1.5 MiB each: split the file, or raise maxFileSize in virtops.config.yaml`);
    }
    return lintSource({ file: task.file, absolute: task.absolute, bytes: read.bytes, discovered: task.discovered, ...(preparsed ? { preparsed } : {}) }, config, active, task.extraFindings ? { extraFindings: task.extraFindings } : {});
  } catch (error) {
    return refused(task, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function refused(task: FileTask, message: string): LintSourceResult {
  return {
    file: task.file,
    documents: 0,
    skipped: [],
    usedIgnores: [],
    results: [{ ruleId: 'invalid-file', severity: 'error', message, document: 0, object: {}, path: '', line: 1, column: 1, endLine: 1, endColumn: 1 }],
  };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
