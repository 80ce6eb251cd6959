import { dirname, isAbsolute } from 'node:path';
import type { Result } from '../core/types.js';
import type { ResolvedConfig, RuleSetting } from '../engine/config.js';
import { lintSource } from '../engine/lint-source.js';
import { activeRules, allRules } from '../engine/registry.js';
import { configForDirectory } from './config-cache.js';

/**
 * One virtops engine run per linted file, shared by every virtops ESLint rule: each rule registers
 * itself while ESLint creates the rules (before traversal), and the first one to reach Program:exit
 * runs the engine with exactly the rules ESLint enabled. Keyed by the SourceCode object, which ESLint
 * makes anew for every file and every fix pass.
 */

/** The file as ESLint gives it to a rule (any language). */
export interface FileContext {
  /** ESLint's SourceCode object: one per file and fix pass. */
  sourceCode: object;
  filename: string;
  cwd: string;
  bytes(): Uint8Array;
}

interface FileState {
  /** ESLint-enabled virtops rule ids → options from the ESLint config (undefined: take the virtops config's). */
  enabled: Map<string, Record<string, unknown> | undefined>;
  outcome?: Outcome;
}

interface Outcome {
  byRule: Map<string, Result[]>;
  /** The config could not be read: reported once per file, by the first rule that asks. */
  configProblem?: string;
}

const states = new WeakMap<object, FileState>();

export function enableRule(context: FileContext, id: string, options: Record<string, unknown> | undefined): void {
  let state = states.get(context.sourceCode);
  if (!state) {
    state = { enabled: new Map() };
    states.set(context.sourceCode, state);
  }
  state.enabled.set(id, options);
}

export interface RuleResults {
  results: readonly Result[];
  configProblem?: string;
}

export function resultsForRule(context: FileContext, id: string): RuleResults {
  const state = states.get(context.sourceCode);
  if (!state) return { results: [] };
  state.outcome ??= run(context, state.enabled);
  const { configProblem } = state.outcome;
  if (configProblem !== undefined) {
    delete state.outcome.configProblem;
    return { results: [], configProblem };
  }
  return { results: state.outcome.byRule.get(id) ?? [] };
}

function run(context: FileContext, enabled: FileState['enabled']): Outcome {
  const real = isAbsolute(context.filename);
  const lookup = configForDirectory(real ? dirname(context.filename) : context.cwd);
  if (!lookup.ok) return { byRule: new Map(), configProblem: lookup.message };
  const config = withEslintLevels(lookup.config, enabled);
  const report = lintSource(
    // `discovered`: ESLint found the file by glob, so YAML that is not Kubernetes (CI workflows, values files) is skipped quietly.
    { file: context.filename, ...(real ? { absolute: context.filename } : {}), bytes: context.bytes(), discovered: true },
    config,
    activeRules(config),
  );
  const byRule = new Map<string, Result[]>();
  for (const result of report.results) {
    const list = byRule.get(result.ruleId);
    if (list) list.push(result);
    else byRule.set(result.ruleId, [result]);
  }
  return { byRule };
}

/**
 * ESLint decides which rules run (its severity is the one reported): a rule off in virtops.config.yaml
 * but on in ESLint still runs, and the reverse. Settings, ignores and rule options stay the user's.
 */
function withEslintLevels(config: ResolvedConfig, enabled: FileState['enabled']): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const { meta } of allRules) {
    if (!enabled.has(meta.id)) rules[meta.id] = { level: 'off', options: {} };
    else rules[meta.id] = { level: 'error', options: enabled.get(meta.id) ?? config.rules[meta.id]?.options ?? {} };
  }
  return { ...config, rules };
}
