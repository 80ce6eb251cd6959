import type { FileReport, LintReport, Result } from '../core/types.js';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandInputs, isGlob, type ExpandOutcome, type FileTask } from '../load/files.js';
import type { ResolvedConfig } from './config.js';
import { prescanTasks } from '../instancetype/prescan.js';
import { laneCount, lintFiles, parseLaneLikely, parseLaneWanted, startLanes, startParseLane, type Lanes } from './lint-files.js';
import type { ParseLane } from './parse-lane.js';
import { lintSource, type LintSourceResult, type SourceInput } from './lint-source.js';
import type { LintTask } from './read-source.js';
import { mergeSetPass, setStageFindings } from './lint-set.js';
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
  /** --skip-non-manifests: named files are taken as if found in a directory (see ExpandOptions). */
  namedAsFound?: boolean;
  /**
   * --context: more files, directories and globs linted with the others, so that their instancetypes,
   * preferences and referenced objects count, but not reported (a pre-commit run names only the staged files).
   */
  context?: readonly string[];
  /**
   * Files to lint as these bytes instead of what is on disk, by absolute path (--fix-dry-run lints the
   * fixed texts it does not write, whole-set stages included).
   */
  overrides?: ReadonlyMap<string, Uint8Array>;
}

export interface LintRunOutcome {
  reports: LintSourceResult[];
  /** Paths that could not be read or matched nothing (the caller exits 2). */
  inputErrors: string[];
  /** Nothing to lint at all: no files found and no standard input. */
  empty: boolean;
  /** The file of each report, in report order; undefined for standard input (for --fix). */
  sources: (FileTask | undefined)[];
}

/** At most this much of the files' bytes is held between the pre-scan and the lint; the rest is read twice. */
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

export async function runLint(input: LintRunInput, config: ResolvedConfig): Promise<LintRunOutcome> {
  const early = parseLaneLikely(input.concurrency) && input.paths.some((path) => namesManyFiles(path, input.cwd)) ? startParseLane() : undefined;
  try {
    return await lintInputs(input, config, early);
  } catch (error) {
    await early?.close();
    throw error;
  }
}

/** A directory or a glob: worth starting a parse lane for before walking it (see startParseLane). */
function namesManyFiles(path: string, cwd: string): boolean {
  if (path === '-') return false;
  if (isGlob(path)) return true;
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

async function lintInputs(input: LintRunInput, config: ResolvedConfig, early: ParseLane | undefined): Promise<LintRunOutcome> {
  const expand = (paths: readonly string[], namedAsFound: boolean): ExpandOutcome =>
    expandInputs(paths, {
      cwd: input.cwd,
      include: [{ baseDir: input.cwd, patterns: [...(input.include ?? [])] }, { baseDir: config.baseDir, patterns: config.include }],
      exclude: [{ baseDir: input.cwd, patterns: [...(input.exclude ?? [])] }, { baseDir: config.baseDir, patterns: config.exclude }],
      namedAsFound,
    });
  const expanded = expand(input.paths.filter((p) => p !== '-'), input.namedAsFound === true);
  // Context files are only read for what they define: a file that is not a manifest is skipped quietly.
  const context = input.context?.length ? expand(input.context, true) : { tasks: [], errors: [] };
  const reported = new Set(expanded.tasks.map((task) => task.absolute));
  const tasks = [...expanded.tasks, ...context.tasks.filter((task) => !reported.has(task.absolute))];
  // Worker lanes load their code while the main thread pre-scans; the set stage's second pass reuses them.
  const lanes = startLanes(laneCount(tasks.length, input.concurrency), { parse: parseLaneWanted(tasks.length, input.concurrency), ...(early ? { started: early } : {}) });
  let outcome: Omit<LintRunOutcome, 'inputErrors' | 'empty'>;
  try {
    outcome = await lintWithLanes(input, config, tasks, expanded.tasks.length, lanes);
  } finally {
    await lanes.close();
  }
  // Only what the user asked to lint is reported: the context files' reports end the file list, before standard input's.
  const contextCount = tasks.length - expanded.tasks.length;
  const keep = <T>(list: T[]): T[] => (contextCount === 0 ? list : [...list.slice(0, expanded.tasks.length), ...list.slice(tasks.length)]);
  return {
    reports: keep(outcome.reports),
    sources: keep(outcome.sources),
    inputErrors: [...expanded.errors, ...context.errors.map((error) => `--context ${error}`)],
    empty: expanded.tasks.length === 0 && !input.paths.includes('-'),
  };
}

async function lintWithLanes(input: LintRunInput, config: ResolvedConfig, tasks: readonly FileTask[], reportedFiles: number, lanes: Lanes): Promise<Omit<LintRunOutcome, 'inputErrors' | 'empty'>> {
  const wantsStdin = input.paths.includes('-');
  // Instancetypes/preferences of the whole set, before any file; the bytes it read are linted, not read again.
  const prescanned = prescanTasks(config, withOverrides(tasks, input.overrides), READ_AHEAD_BYTES, lanes.readAhead(config));
  config = prescanned.config;
  const linted = await lintFiles(prescanned.tasks, config, { lanes });
  const active = activeRules(config);
  let stdin: SourceInput | undefined;
  if (wantsStdin && input.stdin) {
    stdin = { file: input.stdin.file, bytes: await input.stdin.read(), discovered: false };
    linted.push(lintSource(stdin, config, active));
  }
  // The set stage: files that got findings from rules over the whole set are linted again with them
  // (context files are not: they are not reported).
  const reports = linted;
  const extra = setStageFindings(linted, config, active);
  const again = [...extra.keys()].filter((index) => index < reportedFiles);
  const relinted = await lintFiles(again.map((index) => ({ ...prescanned.tasks[index]!, extraFindings: extra.get(index)! })), config, { lanes });
  again.forEach((index, i) => (reports[index] = mergeSetPass(reports[index]!, relinted[i]!)));
  const stdinFindings = extra.get(tasks.length);
  if (stdin && stdinFindings) reports[tasks.length] = mergeSetPass(reports[tasks.length]!, lintSource(stdin, config, active, { extraFindings: stdinFindings }));
  return { reports, sources: [...tasks, ...(stdin ? [undefined] : [])] };
}

/** The tasks, those of overridden files carrying the bytes to lint instead of the file's (LintRunInput.overrides). */
function withOverrides(tasks: readonly FileTask[], overrides: ReadonlyMap<string, Uint8Array> | undefined): LintTask[] {
  return tasks.map((task) => {
    const bytes = overrides?.get(task.absolute);
    return bytes ? { ...task, bytes } : task;
  });
}

/** Per-file reports → the report every formatter takes, with totals; `errorsOnly` is --quiet. */
export function buildReport(reports: readonly LintSourceResult[], errorsOnly = false): LintReport {
  const files: FileReport[] = reports.map(({ usedIgnores: _unused, objects: _objects, facts: _facts, ...report }) => ({
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
