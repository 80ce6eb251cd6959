import { getAt } from '../core/path.js';
import type { FieldPath, Finding, FixOperation, RuleLevel } from '../core/types.js';
import { kindInfo } from '../kinds/registry.js';
import type { KubeObject } from '../load/objects.js';
import { isRecord } from '../normalize/values.js';
import { normalizeInstanceSpec } from '../normalize/defaults.js';
import { withLocal } from '../instancetype/definitions.js';
import { appliedHint, expandSubject, specsFor, type SubjectExpansion } from '../instancetype/subject.js';
import { appliesToKind, renderMessage, type InstanceSpecContext, type Report, type Rule, type Settings } from './rule.js';

/** A rule with the level and options the configuration gives it. */
export interface ActiveRule {
  rule: Rule;
  level: Exclude<RuleLevel, 'off'>;
  options: Record<string, unknown>;
}

/**
 * Runs every active rule on every object of one file. Pure: findings out, nothing else.
 * One context per subject is shared by its rules (this runs for every document, so it stays lean).
 */
export function runRules(objects: readonly KubeObject[], active: readonly ActiveRule[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const { objectRulesFor, specRules } = byScope(active);
  const EMPTY: Record<string, unknown> = {};
  const definitions = withLocal(settings.instancetypes, objects);
  for (const object of objects) {
    const objectRules = objectRulesFor(object.kind);
    let current = objectRules[0] as ActiveRule;
    let relativeTo: FieldPath = [];
    let expandedSpec: SubjectExpansion | undefined;
    const ctx: InstanceSpecContext = {
      settings,
      object: object.value,
      ref: object.ref,
      kind: object.kind,
      templateParams: object.templateParams,
      schemaAccepted: object.schemaAccepted === true,
      options: EMPTY,
      spec: EMPTY,
      specPath: [],
      normalized: EMPTY,
      expansion: expandSubject(object, definitions),
      report(report: Report) {
        findings.push(toFinding(current, object, relativeTo, report, expandedSpec));
      },
    };
    for (const entry of objectRules) {
      current = entry;
      ctx.options = entry.options;
      runOne(entry, object, ctx, findings);
    }
    if (specRules.length === 0) continue;
    const specPaths = kindInfo(object.kind)?.instanceSpecPaths ?? [];
    for (const specPath of specPaths) {
      const spec = getAt(object.value, specPath);
      if (!isRecord(spec)) continue;
      // A VirtualMachine is validated with its instancetype and preference applied (src/instancetype).
      const effective = specsFor(ctx.expansion, specPath, spec);
      ctx.spec = effective.spec;
      ctx.specPath = specPath;
      ctx.normalized = normalizeInstanceSpec(effective.toNormalize, object.kind, settings.arch);
      expandedSpec = effective.expansion;
      relativeTo = specPath;
      for (const entry of specRules) {
        current = entry;
        ctx.options = entry.options;
        runOne(entry, object, ctx, findings);
      }
      relativeTo = [];
      expandedSpec = undefined;
    }
  }
  return findings;
}

interface ByScope {
  /** The object rules that check objects of a kind. */
  objectRulesFor(kind: string): readonly ActiveRule[];
  specRules: readonly ActiveRule[];
}

/** One run lints every file with the same active rules: they are sorted out once, not per file and object. */
const scopes = new WeakMap<readonly ActiveRule[], ByScope>();

function byScope(active: readonly ActiveRule[]): ByScope {
  let found = scopes.get(active);
  if (found === undefined) {
    const objectRules = active.filter((a) => a.rule.meta.scope === 'object');
    const byKind = new Map<string, readonly ActiveRule[]>();
    found = {
      objectRulesFor(kind) {
        let rules = byKind.get(kind);
        if (rules === undefined) byKind.set(kind, (rules = objectRules.filter((entry) => appliesToKind(entry.rule.meta, kind))));
        return rules;
      },
      specRules: active.filter((a) => a.rule.meta.scope === 'instance-spec'),
    };
    scopes.set(active, found);
  }
  return found;
}

function toFinding(entry: ActiveRule, object: KubeObject, relativeTo: FieldPath, report: Report, expansion?: SubjectExpansion): Finding {
  const { meta } = entry.rule;
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
  // A field that came from the instancetype or preference is not in the manifest: say where it is, and offer no fix.
  const hint = expansion ? appliedHint(expansion, report.path) : '';
  return {
    ruleId: meta.id,
    severity: report.severity ?? (entry.level === 'error' ? 'error' : 'warning'),
    message: renderMessage(template, report.data) + hint,
    messageId: report.messageId,
    document: object.document,
    object: object.ref,
    path: [...object.prefix, ...relativeTo, ...report.path],
    ...(report.target ? { target: report.target } : {}),
    ...(report.fix && meta.fixable && hint === '' ? { fix: report.fix.map((op) => absoluteFix(op, [...object.prefix, ...relativeTo])) } : {}),
  };
}

function absoluteFix(op: FixOperation, base: FieldPath): FixOperation {
  return { ...op, path: [...base, ...op.path] };
}

function runOne(entry: ActiveRule, object: KubeObject, ctx: InstanceSpecContext, sink: Finding[]): void {
  try {
    (entry.rule.check as (context: InstanceSpecContext) => void)(ctx);
  } catch (error) {
    // A rule bug must not hide every other finding, nor crash the run: report it where it happened.
    sink.push({
      ruleId: entry.rule.meta.id,
      severity: 'error',
      message: `internal error in rule ${entry.rule.meta.id}: ${(error as Error).message}; please report this with the manifest`,
      document: object.document,
      object: object.ref,
      path: object.prefix,
    });
  }
}
