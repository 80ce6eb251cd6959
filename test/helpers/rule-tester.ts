import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/core/types.js';
import { emptyConfig, type ResolvedConfig } from '../../src/engine/config.js';
import { lintSource } from '../../src/engine/lint-source.js';
import type { Rule, Settings } from '../../src/engine/rule.js';
import type { ActiveRule } from '../../src/engine/run-rules.js';
import { fixSource } from '../../src/fix/fix-source.js';

/**
 * ESLint's RuleTester for virtops: each case runs the real pipeline (YAML text → load → this one rule →
 * positions), so tests assert what a user sees, including line and column.
 */

type CaseSettings = Partial<Settings>;

export interface ValidCase {
  code: string;
  settings?: CaseSettings;
  options?: Record<string, unknown>;
  name?: string;
}

export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  severity?: 'error' | 'warning';
  /** A substring the rendered message must contain. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /**
   * ESLint's `output`: the text after `virtops lint --fix` with this rule alone (every pass, until
   * stable); null asserts that the rule offers no fix here.
   */
  output?: string | null;
}

function setUp(rule: Rule, settings: CaseSettings, options: Record<string, unknown>): { config: ResolvedConfig; active: ActiveRule[] } {
  const config: ResolvedConfig = emptyConfig(process.cwd());
  // Rule tests state the cluster's gates (default: a default KubeVirt CR) unless a case says otherwise.
  config.settings = { ...config.settings, featureGatesConfigured: true, ...settings };
  for (const id of ['yaml-syntax', 'invalid-file', 'invalid-document', 'unused-suppression']) config.rules[id] = { level: 'error', options: {} };
  const level = rule.meta.level === 'off' ? 'warn' : rule.meta.level;
  return { config, active: [{ rule, level, options }] };
}

function source(code: string) {
  return { file: 'test.yaml', bytes: new TextEncoder().encode(code), discovered: false };
}

export function lintWithRule(rule: Rule, code: string, settings: CaseSettings = {}, options: Record<string, unknown> = {}): Result[] {
  const { config, active } = setUp(rule, settings, options);
  return lintSource(source(code), config, active).results;
}

/** The text after fixing with this one rule. */
export function fixWithRule(rule: Rule, code: string, settings: CaseSettings = {}, options: Record<string, unknown> = {}): string {
  const { config, active } = setUp(rule, settings, options);
  return fixSource(source(code), config, active)?.after ?? code;
}

function expectParsed(results: Result[], ruleId: string): Result[] {
  const pipeline = results.filter((r) => r.ruleId !== ruleId);
  expect(pipeline, 'the test manifest itself must be valid YAML and Kubernetes objects').toEqual([]);
  return results.filter((r) => r.ruleId === ruleId);
}

export const ruleTester = {
  run(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    describe(rule.meta.id, () => {
      cases.valid.forEach((entry, i) => {
        const c = typeof entry === 'string' ? { code: entry } : entry;
        it(`valid: ${c.name ?? `#${i + 1}`}`, () => {
          const results = expectParsed(lintWithRule(rule, c.code, c.settings, c.options), rule.meta.id);
          expect(results.map((r) => `${r.line}:${r.column} ${r.message}`)).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid: ${c.name ?? `#${i + 1}`}`, () => {
          const results = expectParsed(lintWithRule(rule, c.code, c.settings, c.options), rule.meta.id);
          expect(results.length, `expected ${c.errors.length} finding(s), got:\n${results.map((r) => `  ${r.line}:${r.column} [${r.messageId}] ${r.message}`).join('\n')}`).toBe(c.errors.length);
          c.errors.forEach((expected, k) => {
            const actual = results[k]!;
            expect(actual.messageId).toBe(expected.messageId);
            if (expected.data) {
              const template = rule.meta.messages[expected.messageId] ?? '';
              const rendered = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in expected.data! ? String(expected.data![name]) : whole));
              expect(actual.message).toBe(rendered);
            }
            if (expected.message !== undefined) expect(actual.message).toContain(expected.message);
            if (expected.line !== undefined) expect(actual.line, 'line').toBe(expected.line);
            if (expected.column !== undefined) expect(actual.column, 'column').toBe(expected.column);
            if (expected.endLine !== undefined) expect(actual.endLine, 'endLine').toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(actual.endColumn, 'endColumn').toBe(expected.endColumn);
            if (expected.path !== undefined) expect(actual.path).toBe(expected.path);
            if (expected.severity !== undefined) expect(actual.severity).toBe(expected.severity);
          });
          if (c.output !== undefined) {
            expect(fixWithRule(rule, c.code, c.settings, c.options), c.output === null ? 'no fix expected' : 'fixed text').toBe(c.output ?? c.code);
          }
        });
      });
    });
  },
};
