import type { FileReport, LintReport, Result } from '../core/types.js';
import { expandInputs } from '../load/files.js';
import type { ResolvedConfig } from './config.js';
import { lintFiles } from './lint-files.js';
import { lintSource, type LintSourceResult } from './lint-source.js';
import { activeRules } from './registry.js';

/**
 * One lint run over what the user named (paths, globs, stdin) with one configuration: the steps the
 * CLI and the GitHub Action share. Reporting and exit codes stay with the caller.
 */

export interface LintRunInput {
  /** Files, directories and globs as the user gave them; '-' is standard input. */
  paths: readonly string[];
  cwd: string;
  include?: readonly string[];
  exclude?: readonly string[];
  concurrency?: number;
  stdin?: { file: string; read: () => Promise<Uint8Array> };
}

export interface LintRunOutcome {
  reports: LintSourceResult[];
  /** Paths that could not be read or matched nothing (the caller exits 2). */
  inputErrors: string[];
  /** Nothing to lint at all: no files found and no standard input. */
  empty: boolean;
}

export async function runLint(input: LintRunInput, config: ResolvedConfig): Promise<LintRunOutcome> {
  const wantsStdin = input.paths.includes('-');
  const expanded = expandInputs(input.paths.filter((p) => p !== '-'), {
    cwd: input.cwd,
    include: [{ baseDir: input.cwd, patterns: [...(input.include ?? [])] }, { baseDir: config.baseDir, patterns: config.include }],
    exclude: [{ baseDir: input.cwd, patterns: [...(input.exclude ?? [])] }, { baseDir: config.baseDir, patterns: config.exclude }],
  });
  const reports = await lintFiles(expanded.tasks, config, input.concurrency !== undefined ? { concurrency: input.concurrency } : {});
  if (wantsStdin && input.stdin) {
    const bytes = await input.stdin.read();
    reports.push(lintSource({ file: input.stdin.file, bytes, discovered: false }, config, activeRules(config)));
  }
  return { reports, inputErrors: expanded.errors, empty: expanded.tasks.length === 0 && !wantsStdin };
}

/** Per-file reports → the report every formatter takes, with totals; `errorsOnly` is --quiet. */
export function buildReport(reports: readonly LintSourceResult[], errorsOnly = false): LintReport {
  const files: FileReport[] = reports.map(({ usedIgnores: _unused, objects: _objects, ...report }) => ({
    ...report,
    results: errorsOnly ? report.results.filter((r: Result) => r.severity === 'error') : report.results,
  }));
  const all = files.flatMap((f) => f.results);
  return {
    files,
    summary: {
      files: files.length,
      documents: files.reduce((n, f) => n + f.documents, 0),
      errors: all.filter((r) => r.severity === 'error').length,
      warnings: all.filter((r) => r.severity === 'warning').length,
      infos: all.filter((r) => r.severity === 'info').length,
    },
  };
}
