import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/engine/config.js';
import { lintSource, type LintSourceResult } from '../../src/engine/lint-source.js';
import { activeRules, allRules } from '../../src/engine/registry.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import type { ActiveRule } from '../../src/engine/run-rules.js';
import { fixSource, MAX_PASSES } from '../../src/fix/fix-source.js';

const input = (text: string) => ({ file: 't.yaml', bytes: new TextEncoder().encode(text), discovered: false });
const config = emptyConfig(process.cwd());
const only = (...rules: Rule[]): ActiveRule[] => rules.map((rule) => ({ rule, level: 'error', options: {} }));

/** Test rules on ConfigMaps (a kind with no rules of its own): each fix enables the next one. */
const addA = defineRule({
  meta: { id: 'add-a', type: 'suggestion', description: 'a', level: 'error', scope: 'object', kinds: ['ConfigMap'], fixable: true, messages: { m: 'add a' } },
  check(ctx) {
    if (!('a' in ctx.object)) ctx.report({ path: [], messageId: 'm', fix: [{ op: 'set', path: ['a'], value: 1 }] });
  },
});
const addBAfterA = defineRule({
  meta: { id: 'add-b', type: 'suggestion', description: 'b', level: 'error', scope: 'object', kinds: ['ConfigMap'], fixable: true, messages: { m: 'add b' } },
  check(ctx) {
    if ('a' in ctx.object && !('b' in ctx.object)) ctx.report({ path: [], messageId: 'm', fix: [{ op: 'set', path: ['b'], value: 2 }] });
  },
});
const flipFlop = defineRule({
  meta: { id: 'flip', type: 'suggestion', description: 'f', level: 'error', scope: 'object', kinds: ['ConfigMap'], fixable: true, messages: { m: 'flip' } },
  check(ctx) {
    ctx.report({ path: ['count'], messageId: 'm', fix: [{ op: 'set', path: ['count'], value: Number(ctx.object['count']) + 1 }] });
  },
});
const notFixable = defineRule({
  meta: { id: 'not-fixable', type: 'suggestion', description: 'x', level: 'error', scope: 'object', kinds: ['ConfigMap'], messages: { m: 'x' } },
  check(ctx) {
    ctx.report({ path: [], messageId: 'm', fix: [{ op: 'set', path: ['x'], value: 1 }] });
  },
});

const CONFIG_MAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';

describe('fixSource', () => {
  it('lints again after each pass, so a fix can enable the next', () => {
    const outcome = fixSource(input(CONFIG_MAP), config, only(addA, addBAfterA))!;
    expect(outcome.after).toBe(`${CONFIG_MAP}a: 1\nb: 2\n`);
    expect(outcome.fixed).toBe(2);
    expect(outcome.report.results).toEqual([]);
  });

  it(`stops after ${MAX_PASSES} passes when fixes never settle`, () => {
    const outcome = fixSource(input(`${CONFIG_MAP}count: 0\n`), config, only(flipFlop))!;
    expect(outcome.after).toBe(`${CONFIG_MAP}count: ${MAX_PASSES}\n`);
    expect(outcome.report.results.map((r) => r.ruleId)).toEqual(['flip']);
  });

  it('ignores fixes of rules that do not declare meta.fixable', () => {
    const outcome = fixSource(input(CONFIG_MAP), config, only(notFixable))!;
    expect(outcome.after).toBe(CONFIG_MAP);
    expect(outcome.report.results[0]).not.toHaveProperty('fix');
  });

  it('leaves UTF-16 files alone (fixes are written as UTF-8)', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[...CONFIG_MAP].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(fixSource({ file: 't.yaml', bytes, discovered: false }, config, only(addA))).toBeUndefined();
  });
});

/** Every fixable rule documents its fix, and fixes at least one of its own Incorrect examples. */
describe('fixable rules', () => {
  const all = activeRules(Object.assign(emptyConfig(process.cwd()), { rules: Object.fromEntries(allRules.map((r) => [r.meta.id, { level: 'error', options: {} }])) }));
  for (const rule of allRules) {
    const file = `rules/${rule.meta.id}.md`;
    if (!existsSync(file)) continue; // test/docs.test.ts reports a missing page
    const page = readFileSync(file, 'utf8');
    if (!rule.meta.fixable) {
      it(`${rule.meta.id}: claims no fix`, () => expect(page).not.toMatch(/^## Fix$/m));
      continue;
    }
    it(`${rule.meta.id}: has a Fix section and its fix removes a finding of an Incorrect example`, () => {
      expect(page).toMatch(/^## Fix\n\n`virtops lint --fix`/m);
      const incorrect = /## Incorrect\n([\s\S]*?)\n## /.exec(page)![1]!;
      const examples = [...incorrect.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      const count = (report: LintSourceResult) => report.results.filter((r) => r.ruleId === rule.meta.id).length;
      const fixedOne = examples.some((code) => {
        const outcome = fixSource(input(code), config, all)!;
        return outcome.after !== code && count(outcome.report) < count(lintSource(input(code), config, all));
      });
      expect(fixedOne).toBe(true);
    });
  }
});
