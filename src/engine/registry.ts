import { pipelineProblems } from '../../rules/pipeline.js';
import { rules } from '../../rules/index.js';
import type { RuleLevel } from '../core/types.js';
import type { RuleDescriptor } from '../report/rule-meta.js';
import type { ResolvedConfig } from './config.js';
import type { PipelineProblem, Rule } from './rule.js';
import type { ActiveRule } from './run-rules.js';

/** Every rule and pipeline problem, by id: the one list the CLI, reporters, docs and config validation read. */
export type AnyRule = Rule | PipelineProblem;

export const allRules: readonly AnyRule[] = [...pipelineProblems, ...rules];

const byId = new Map<string, AnyRule>();
for (const rule of allRules) {
  if (byId.has(rule.meta.id)) throw new Error(`rule id ${rule.meta.id} defined twice`);
  byId.set(rule.meta.id, rule);
}

export const ruleIds: ReadonlySet<string> = new Set(byId.keys());

/** What the formatters need to know about every rule (SARIF lists them all). */
export function ruleDescriptors(): RuleDescriptor[] {
  return allRules.map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    url: rule.meta.url,
    defaultSeverity: rule.meta.level === 'error' ? 'error' : 'warning',
  }));
}

export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}

export function isCheckRule(rule: AnyRule): rule is Rule {
  return rule.meta.scope !== 'pipeline';
}

/** The level a rule runs at under `config` (a rule the config does not mention keeps its default). */
export function levelOf(config: ResolvedConfig, id: string): RuleLevel {
  return config.rules[id]?.level ?? byId.get(id)?.meta.level ?? 'off';
}

export function activeRules(config: ResolvedConfig): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of allRules) {
    if (!isCheckRule(rule)) continue;
    const level = levelOf(config, rule.meta.id);
    if (level !== 'off') out.push({ rule, level, options: config.rules[rule.meta.id]?.options ?? {} });
  }
  return out;
}

export const unsuppressibleIds: ReadonlySet<string> = new Set(pipelineProblems.filter((p) => !p.meta.suppressible).map((p) => p.meta.id));
