import { globMatch } from '../core/glob.js';
import type { Finding, Result } from '../core/types.js';
import type { ExternalSelector, ResolvedConfig } from './config.js';
import type { LintSourceResult } from './lint-source.js';
import { activeRules } from './registry.js';
import { renderMessage, type SetContext, type SetObject, type SetReport, type SetRule, type Settings } from './rule.js';
import type { ActiveRule } from './run-rules.js';
import { setRulesOf, toSetObject, type FileFacts } from './set-facts.js';

/**
 * The set stage: rules that look at every linted file together (references between objects).
 * Phase 1 runs inside lintSource (set-facts.ts); phase 2 (`checkSet`) runs the set rules over every
 * file's facts; phase 3 lints the files that got findings again with only those findings (no rule
 * runs twice), so that suppressions and positions work exactly as for any other rule, and merges the
 * two passes (`mergeSetPass`).
 * The CLI, the GitHub Action and the agent's render stage all go through `applySetStage`.
 */

/** Lints file `index` again with `extraFindings` added to its own. */
export type Relint = (index: number, extraFindings: readonly Finding[]) => LintSourceResult;

/**
 * Phases 2 and 3 for callers that re-lint one file at a time (the agent's render stage, tests).
 * The CLI re-lints in bulk on worker threads instead, with `setStageFindings` (see lint-run.ts).
 */
export function applySetStage(reports: readonly LintSourceResult[], config: ResolvedConfig, relint: Relint, active: readonly ActiveRule[] = activeRules(config)): LintSourceResult[] {
  const out = [...reports];
  for (const [index, findings] of setStageFindings(reports, config, active)) out[index] = mergeSetPass(out[index]!, relint(index, findings));
  return out;
}

const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * A file's first-pass report (its own findings) and second-pass report (its set findings) as one.
 * Each pass judged the file's suppressions against its own findings only: a suppression is unused
 * when neither pass used it, so those reports are kept only where both passes made them.
 */
export function mergeSetPass(first: LintSourceResult, second: LintSourceResult): LintSourceResult {
  const key = (r: Result): string => `${r.line}:${r.column}:${r.message}`;
  const unusedInSecond = new Set(second.results.filter((r) => r.ruleId === UNUSED_SUPPRESSION).map(key));
  const results = [
    ...first.results.filter((r) => r.ruleId !== UNUSED_SUPPRESSION || unusedInSecond.has(key(r))),
    ...second.results.filter((r) => r.ruleId !== UNUSED_SUPPRESSION),
  ].sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { ...first, results, usedIgnores: [...new Set([...first.usedIgnores, ...second.usedIgnores])] };
}

/** Phase 2 over phase-1 reports: the set findings of each file that has some (by report index). Drops the facts. */
export function setStageFindings(reports: readonly LintSourceResult[], config: ResolvedConfig, active: readonly ActiveRule[] = activeRules(config)): Map<number, Finding[]> {
  const setRules = setRulesOf(active);
  const out = new Map<number, Finding[]>();
  if (setRules.length > 0) {
    const perFile = checkSet(
      reports.map((r) => r.file),
      reports.map((r) => r.facts),
      setRules,
      config.settings,
      config.external,
    );
    perFile.forEach((findings, index) => {
      if (findings.length > 0) out.set(index, findings);
    });
  }
  for (const report of reports) delete report.facts;
  return out;
}

/** Phase 2, pure: every set rule over the facts of every file → findings per file (same order as `files`). */
export function checkSet(files: readonly string[], facts: readonly (FileFacts | undefined)[], setRules: readonly ActiveRule[], settings: Settings, external: readonly ExternalSelector[]): Finding[][] {
  const findings: Finding[][] = files.map(() => []);
  const inventory: SetObject[] = [];
  /** Where each file's objects start in the inventory. */
  const offsets: number[] = [];
  facts.forEach((fileFacts, file) => {
    offsets[file] = inventory.length;
    for (const object of fileFacts?.objects ?? []) inventory.push(toSetObject(object, file));
  });
  const named = nameIndex(inventory);
  const isExternal = externalMatcher(external);

  for (const entry of setRules) {
    const rule = entry.rule as SetRule;
    const id = rule.meta.id;
    // One inventory for all rules, each seeing its own facts (and only those) while it runs: no copies.
    const withFact = setFacts(inventory, facts, offsets, id);
    const ctx: SetContext<unknown> = {
      settings,
      options: entry.options,
      files,
      objects: inventory,
      named,
      isExternal,
      report(report: SetReport) {
        findings[report.at.file]?.push(toFinding(entry, report));
      },
    };
    try {
      rule.check(ctx);
    } catch (error) {
      findings[0]?.push({ ruleId: id, severity: 'error', message: `internal error in rule ${id}: ${(error as Error).message}; please report this with the manifests`, document: 0, path: [] });
    }
    for (const object of withFact) object.fact = undefined;
  }
  return findings;
}

/** Gives the inventory's objects rule `id`'s facts; returns the objects that got one. */
function setFacts(inventory: readonly SetObject[], facts: readonly (FileFacts | undefined)[], offsets: readonly number[], id: string): SetObject[] {
  const withFact: SetObject[] = [];
  facts.forEach((fileFacts, file) => {
    const ruleFacts = fileFacts?.facts[id];
    if (ruleFacts === undefined) return;
    ruleFacts.indexes.forEach((index, k) => {
      const object = inventory[offsets[file]! + index]!;
      object.fact = ruleFacts.facts[k];
      withFact.push(object);
    });
  });
  return withFact;
}

const NONE: readonly SetObject[] = [];

/** `SetContext.named` over the inventory, by kind then name (no key strings to build per lookup). */
function nameIndex(inventory: readonly SetObject[]): (kind: string, name: string) => readonly SetObject[] {
  const byKind = new Map<string, Map<string, SetObject[]>>();
  for (const object of inventory) {
    if (object.name === undefined) continue;
    let byName = byKind.get(object.kind);
    if (byName === undefined) byKind.set(object.kind, (byName = new Map()));
    const list = byName.get(object.name);
    if (list) list.push(object);
    else byName.set(object.name, [object]);
  }
  return (kind, name) => byKind.get(kind)?.get(name) ?? NONE;
}

function toFinding(entry: ActiveRule, report: SetReport): Finding {
  const { meta } = entry.rule;
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  return {
    ruleId: meta.id,
    severity: report.severity ?? (entry.level === 'error' ? 'error' : 'warning'),
    message: renderMessage(template, report.data),
    messageId: report.messageId,
    document: report.at.document,
    object: report.at.ref,
    path: [...report.at.prefix, ...report.path],
    ...(report.target ? { target: report.target } : {}),
  };
}

/**
 * External declarations match by kind (exact) and by namespace and name globs. A reference whose
 * namespace is not known (its object names none) matches any namespace pattern: when unsure, do not report.
 */
export function externalMatcher(external: readonly ExternalSelector[]): (kind: string, namespace: string | undefined, name: string) => boolean {
  const byKind = new Map<string, ExternalSelector[]>();
  for (const selector of external) byKind.set(selector.kind, [...(byKind.get(selector.kind) ?? []), selector]);
  return (kind, namespace, name) =>
    byKind.get(kind)?.some(
      (selector) =>
        (selector.namespace === undefined || namespace === undefined || globMatch(namespace, selector.namespace)) &&
        (selector.name === undefined || globMatch(name, selector.name)),
    ) ?? false;
}
