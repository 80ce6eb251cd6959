import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileReport, LintReport, ObjectRef, Result, Severity } from '../core/types.js';
import { toPosixPath } from '../core/file-path.js';
import type { RuleDescriptor } from './rule-meta.js';

/** Everything a formatter may use besides the report. */
export interface FormatContext {
  rules: RuleDescriptor[];
  color: boolean;
  /** Directory that relative paths and SARIF URIs are relative to. */
  cwd: string;
  toolVersion: string;
}

export type Formatter = (report: LintReport, ctx: FormatContext) => string;

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reading order within a file: position first, then rule and message so that ties are deterministic. */
export function compareResults(a: Result, b: Result): number {
  return (
    a.line - b.line ||
    a.column - b.column ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    byString(a.ruleId, b.ruleId) ||
    byString(a.message, b.message)
  );
}

/** The report's files sorted by path, each with its results sorted by position. The input is not modified. */
export function sortedFiles(report: LintReport): FileReport[] {
  return [...report.files]
    .sort((a, b) => byString(a.file, b.file))
    .map((file) => ({ ...file, results: [...file.results].sort(compareResults) }));
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countSeverities(results: Iterable<Result>): SeverityCounts {
  const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
  const key: Record<Severity, keyof SeverityCounts> = { error: 'errors', warning: 'warnings', info: 'infos' };
  for (const result of results) counts[key[result.severity]] += 1;
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "VirtualMachine default/vm1", "VirtualMachine vm1", or undefined when the object has neither kind nor name. */
export function objectLabel(object: ObjectRef): string | undefined {
  const name = [object.namespace, object.name].filter((part) => part !== undefined && part !== '').join('/');
  const label = [object.kind, name].filter((part) => part !== undefined && part !== '').join(' ');
  return label === '' ? undefined : label;
}

/**
 * The file's path relative to `cwd` with forward slashes, or undefined when it lies outside `cwd`.
 * Pure path arithmetic: the file system is not consulted.
 */
export function relativeToCwd(file: string, cwd: string): string | undefined {
  const rel = relative(cwd, resolve(cwd, file));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return toPosixPath(rel);
}
