import { getAt } from '../core/path.js';
import type { FieldPath, Finding, RuleLevel } from '../core/types.js';
import { kindInfo } from '../kinds/registry.js';
import type { KubeObject } from '../load/objects.js';
import { isRecord } from '../load/objects.js';
import { normalizeInstanceSpec } from '../normalize/defaults.js';
import { renderMessage, type BaseContext, type Report, type Rule, type Settings } from './rule.js';

/** A rule with the level and options the configuration gives it. */
export interface ActiveRule {
  rule: Rule;
  level: Exclude<RuleLevel, 'off'>;
  options: Record<string, unknown>;
}

/** Runs every active rule on every object of one file. Pure: findings out, nothing else. */
export function runRules(objects: readonly KubeObject[], active: readonly ActiveRule[], settings: Settings): Finding[] {
  const findings: Finding[] = [];
  const objectRules = active.filter((a) => a.rule.meta.scope === 'object');
  const specRules = active.filter((a) => a.rule.meta.scope === 'instance-spec');
  for (const object of objects) {
    for (const entry of objectRules) {
      const kinds = entry.rule.meta.kinds ?? ['*'];
      if (!kinds.includes('*') && !kinds.includes(object.kind)) continue;
      runOne(entry, object, baseContext(entry, object, [], settings, findings), findings);
    }
    if (specRules.length === 0) continue;
    const info = kindInfo(object.kind);
    if (!info?.instanceSpecPaths) continue;
    for (const specPath of info.instanceSpecPaths) {
      const spec = getAt(object.value, specPath);
      if (!isRecord(spec)) continue;
      const normalized = normalizeInstanceSpec(spec, object.kind, settings.arch);
      for (const entry of specRules) {
        const ctx = { ...baseContext(entry, object, specPath, settings, findings), spec, specPath, normalized };
        runOne(entry, object, ctx, findings);
      }
    }
  }
  return findings;
}

function baseContext(entry: ActiveRule, object: KubeObject, relativeTo: FieldPath, settings: Settings, sink: Finding[]): BaseContext {
  const { meta } = entry.rule;
  return {
    settings,
    object: object.value,
    ref: object.ref,
    kind: object.kind,
    templateParams: object.templateParams,
    options: entry.options,
    report(report: Report) {
      const template = meta.messages[report.messageId];
      if (template === undefined) throw new Error(`rule ${meta.id} reported unknown messageId "${report.messageId}"`);
      sink.push({
        ruleId: meta.id,
        severity: report.severity ?? (entry.level === 'error' ? 'error' : 'warning'),
        message: renderMessage(template, report.data),
        messageId: report.messageId,
        document: object.document,
        object: object.ref,
        path: [...object.prefix, ...relativeTo, ...report.path],
        ...(report.target ? { target: report.target } : {}),
      });
    },
  };
}

function runOne(entry: ActiveRule, object: KubeObject, ctx: BaseContext, sink: Finding[]): void {
  try {
    (entry.rule.check as (context: BaseContext) => void)(ctx);
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
