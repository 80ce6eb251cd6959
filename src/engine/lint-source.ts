import { relative } from 'node:path';
import { toPosixPath } from '../core/file-path.js';
import { formatPath } from '../core/path.js';
import type { FileReport, Finding, Position, Result, Severity } from '../core/types.js';
import { kindInfo } from '../kinds/registry.js';
import { decodeSource } from '../load/decode.js';
import { Locator } from '../load/locate.js';
import { extractObjects, type KubeObject } from '../load/objects.js';
import { parseYaml } from '../load/parse.js';
import { parsedOutcome, type Preparsed } from '../load/preparse.js';
import type { ResolvedConfig } from './config.js';
import { activeRules, levelOf, unsuppressibleIds } from './registry.js';
import { runRules, type ActiveRule } from './run-rules.js';
import { collectFacts, setRulesOf, type FileFacts } from './set-facts.js';
import { collectAnnotationIgnores, isSuppressedByAnnotation } from './suppress/annotations.js';
import { applyDirectives, parseDirectives, unusedRules } from './suppress/comments.js';
import { matchingIgnore } from './suppress/config-ignores.js';

/** One file through the whole lint pipeline: bytes → documents → objects → findings → positioned results. */

export interface SourceInput {
  /** As the user gave it (reported as is). */
  file: string;
  /** Absolute path, for matching config globs; undefined for stdin. */
  absolute?: string;
  bytes: Uint8Array;
  /** Found by walking a directory (not named by the user): YAML that is not a Kubernetes object is skipped quietly. */
  discovered: boolean;
  /** The bytes decoded and parsed already, by the parse lane. */
  preparsed?: Preparsed;
}

export interface LintSourceResult extends FileReport {
  /** Indexes of config ignores that suppressed something here. */
  usedIgnores: number[];
  /** The objects read from the file, when asked for (the sync pipeline applies them). */
  objects?: KubeObject[];
  /** The inventory and set-rule facts of the file, when set rules are active (see lint-set.ts). */
  facts?: FileFacts;
}

export interface LintSourceOptions {
  keepObjects?: boolean;
  /**
   * The set stage's second pass: lint only these findings of the set rules (suppressed and positioned
   * like the file's own); the result is merged with the first pass by `mergeSetPass`.
   */
  extraFindings?: readonly Finding[];
}

const FIRST_LINE: Position = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function lintSource(input: SourceInput, config: ResolvedConfig, active: readonly ActiveRule[] = activeRules(config), options: LintSourceOptions = {}): LintSourceResult {
  const report: LintSourceResult = { file: input.file, documents: 0, results: [], skipped: [], usedIgnores: [] };
  const decoded = input.preparsed ? { ok: true as const, text: input.preparsed.text } : decodeSource(input.bytes);
  if (!decoded.ok) {
    report.results.push(fileProblem(decoded.message, decoded.position));
    return report;
  }
  const text = decoded.text;
  if (!hasContent(text)) {
    if (levelOf(config, 'invalid-file') !== 'off' && !input.discovered) report.results.push({ ...fileProblem('the file is empty: there is nothing to lint'), severity: 'warning' });
    return report;
  }
  const parsed = input.preparsed ? parsedOutcome(input.preparsed) : parseYaml(text);
  report.documents = parsed.documents.length + new Set(parsed.problems.map((p) => p.document)).size;
  const extracted = extractObjects(parsed.documents, { skipForeignDocuments: input.discovered });
  if (options.keepObjects) report.objects = extracted.objects;
  for (const document of extracted.foreign) {
    report.skipped.push({ document, object: {}, reason: 'not a Kubernetes object (no apiVersion and kind)' });
  }
  for (const object of extracted.objects) {
    if (!kindInfo(object.kind)) report.skipped.push({ document: object.document, object: object.ref, reason: 'virtops has no schema or rules for this kind' });
  }
  // The set stage's second pass brings only the set findings: the file's own were reported by the first
  // pass, and mergeSetPass (lint-set.ts) puts the two together, so no rule runs twice on a file.
  const findings: Finding[] = options.extraFindings
    ? [...options.extraFindings]
    : [...parsed.problems, ...extracted.problems.filter(() => levelOf(config, 'invalid-document') !== 'off'), ...runRules(extracted.objects, active, config.settings)];
  if (!options.extraFindings && active.some((entry) => entry.rule.meta.scope === 'set')) report.facts = collectFacts(extracted.objects, setRulesOf(active), config.settings);

  const annotationIgnores = collectAnnotationIgnores(extracted.objects);
  // Only config ignores need the path relative to the config, and most runs have none.
  let relativeFile: string | undefined;
  const fileForIgnores = (): string => (relativeFile ??= input.absolute ? toPosixPath(relative(config.baseDir, input.absolute)) : input.file);
  const remaining = findings.filter((finding) => {
    if (unsuppressibleIds.has(finding.ruleId)) return true;
    if (isSuppressedByAnnotation(finding, annotationIgnores)) return false;
    const ignore = config.ignores.length === 0 ? -1 : matchingIgnore(finding, fileForIgnores(), config.ignores);
    if (ignore >= 0) {
      if (!report.usedIgnores.includes(ignore)) report.usedIgnores.push(ignore);
      return false;
    }
    return true;
  });

  const directives = parseDirectives(text);
  if (remaining.length === 0 && directives.length === 0 && annotationIgnores.length === 0) return report;

  const locator = new Locator(text, parsed.documentOffsets);
  const positioned = remaining.map((finding) => toResult(finding, finding.position ?? locator.locate(finding.document, finding.path, finding.target)));
  const { kept } = applyDirectives(positioned, directives, unsuppressibleIds);
  report.results = kept;

  const unusedLevel = levelOf(config, 'unused-suppression');
  if (unusedLevel !== 'off') {
    const severity: Severity = unusedLevel === 'error' ? 'error' : 'warning';
    for (const directive of directives) {
      for (const rule of unusedRules(directive)) {
        const what = rule === '*' ? 'any problem' : `a ${rule} problem`;
        report.results.push({ ...unusedResult(severity, `unused virtops-${directive.kind} directive: there is no longer ${what} ${directive.kind === 'disable-line' || directive.kind === 'disable-next-line' ? `on line ${directive.target.from}` : 'in its range'}; remove it`), ...directive.position });
      }
      if (config.requireSuppressionReason && directive.reason === undefined) {
        report.results.push({ ...unusedResult(severity, `virtops-${directive.kind} needs a reason: add " -- <why>" after the rule names`), ...directive.position });
      }
    }
    for (const ignore of annotationIgnores) {
      const unused = ignore.rules.filter((r) => !ignore.used.has(r));
      if (unused.length === 0) continue;
      const position = locator.locate(ignore.object.document, ignore.path);
      report.results.push({
        ...unusedResult(severity, `${unused.join(', ')} in the virtops.io/ignore annotation suppress${unused.length === 1 ? 'es' : ''} nothing on this object; remove ${unused.length === 1 ? 'it' : 'them'}`),
        document: ignore.object.document,
        object: ignore.object.ref,
        path: formatPath(ignore.path),
        ...position,
      });
    }
  }
  report.results.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return report;
}

/** Anything besides blank lines, comments and document markers? (Usually decided on the first line.) */
function hasContent(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trim();
    if (line !== '' && !line.startsWith('#') && line !== '---' && line !== '...') return true;
    if (end < 0) break;
    start = end + 1;
  }
  return false;
}

function toResult(finding: Finding, position: Position): Result {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    ...(finding.messageId !== undefined ? { messageId: finding.messageId } : {}),
    document: finding.document,
    object: finding.object ?? {},
    path: formatPath(finding.path),
    ...position,
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}

function fileProblem(message: string, position: Position = FIRST_LINE): Result {
  return { ruleId: 'invalid-file', severity: 'error', message, document: 0, object: {}, path: '', ...position };
}

function unusedResult(severity: Severity, message: string): Omit<Result, keyof Position> {
  return { ruleId: 'unused-suppression', severity, message, document: 0, object: {}, path: '' };
}
