import type { Finding, Result } from '../../src/core/types.js';
import { emptyConfig, type ExternalSelector, type ResolvedConfig } from '../../src/engine/config.js';
import { applySetStage } from '../../src/engine/lint-set.js';
import { lintSource } from '../../src/engine/lint-source.js';
import { activeRules } from '../../src/engine/registry.js';

/**
 * Lints several named YAML texts together through the real pipeline (phase 1 per file, the set stage,
 * the re-lint with injected findings), with only the named rules on: results per file, with positions.
 */
export function lintSet(files: Record<string, string>, ruleIds: readonly string[], options: { external?: ExternalSelector[]; config?: ResolvedConfig } = {}): Record<string, Result[]> {
  const config = options.config ?? emptyConfig(process.cwd());
  if (!options.config) {
    for (const id of ['yaml-syntax', 'invalid-file', 'invalid-document', 'unused-suppression']) config.rules[id] = { level: 'error', options: {} };
    for (const id of ruleIds) config.rules[id] = { level: 'warn', options: {} };
  }
  config.external.push(...(options.external ?? []));
  const active = activeRules(config).filter((entry) => options.config || ruleIds.includes(entry.rule.meta.id));
  const names = Object.keys(files);
  const lint = (index: number, extraFindings?: readonly Finding[]) =>
    lintSource({ file: names[index]!, bytes: new TextEncoder().encode(files[names[index]!]!), discovered: false }, config, active, extraFindings ? { extraFindings } : {});
  const reports = applySetStage(names.map((_, i) => lint(i)), config, (index, extra) => lint(index, extra), active);
  return Object.fromEntries(reports.map((report) => [report.file, report.results]));
}

/** `line:column ruleId` of each result, for compact assertions. */
export function brief(results: readonly Result[]): string[] {
  return results.map((r) => `${r.line}:${r.column} ${r.ruleId}`);
}
