import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emptyConfig } from '../src/engine/config.js';
import type { Finding } from '../src/core/types.js';
import { applySetStage } from '../src/engine/lint-set.js';
import { lintSource } from '../src/engine/lint-source.js';
import { allRules } from '../src/engine/registry.js';

/**
 * Docs are checked against code (ESLint's checkRuleFiles, typescript-eslint's docs test): one page per
 * rule, front matter equal to the rule's meta, and every example gives the result it claims.
 */

interface Page {
  front: { title?: string; description?: string; severity?: string };
  sections: Map<string, string>;
}

function readPage(id: string): Page {
  const text = readFileSync(`rules/${id}.md`, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`rules/${id}.md has no front matter`);
  const sections = new Map<string, string>();
  for (const part of match[2]!.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    sections.set(heading!.trim(), body.join('\n'));
  }
  return { front: parse(match[1]!) as Page['front'], sections };
}

function yamlBlocks(section: string | undefined): string[] {
  return [...(section ?? '').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** Set rules' examples go through the set stage (as a set of one file); other pages skip it, as lintSource alone does. */
function lintExample(code: string, withSetStage = false) {
  const config = emptyConfig(process.cwd());
  for (const rule of allRules) config.rules[rule.meta.id] = { level: rule.meta.level === 'off' ? 'warn' : rule.meta.level, options: {} };
  const lint = (extraFindings?: readonly Finding[]) => lintSource({ file: 'example.yaml', bytes: new TextEncoder().encode(code), discovered: false }, config, undefined, extraFindings ? { extraFindings } : {});
  if (!withSetStage) return lint().results;
  return applySetStage([lint()], config, (_, extra) => lint(extra))[0]!.results;
}

describe('rule documentation', () => {
  it('every rule module is named after its id, and every module in rules/ is registered', async () => {
    const modules = readdirSync('rules').filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'pipeline.ts');
    for (const file of modules) {
      const mod = (await import(`../rules/${file}`)) as { default: { meta: { id: string } } };
      expect(mod.default.meta.id, file).toBe(file.slice(0, -3));
      expect(allRules).toContain(mod.default);
    }
    expect(modules.length).toBe(allRules.length);
  });

  it('every rule has a page, and every page a rule', () => {
    const pages = readdirSync('rules').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
    expect(pages).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  for (const rule of allRules) {
    const id = rule.meta.id;
    describe(id, () => {
      it('front matter matches meta, and the docs URL points at the page', () => {
        if (!existsSync(`rules/${id}.md`)) return expect.fail(`rules/${id}.md is missing`);
        const { front, sections } = readPage(id);
        expect(front.title).toBe(id);
        expect(front.description).toBe(rule.meta.description);
        expect(front.severity).toBe(rule.meta.level);
        expect(rule.meta.url.endsWith(`/rules/${id}.md`)).toBe(true);
        for (const heading of ['Rule details', 'Incorrect', 'Correct', 'How to fix']) expect(sections.has(heading), heading).toBe(true);
      });

      it('each incorrect example is reported by this rule; each correct example by no rule', () => {
        if (!existsSync(`rules/${id}.md`)) return expect.fail(`rules/${id}.md is missing`);
        const { sections } = readPage(id);
        const incorrect = yamlBlocks(sections.get('Incorrect'));
        const correct = yamlBlocks(sections.get('Correct'));
        expect(incorrect.length).toBeGreaterThan(0);
        expect(correct.length).toBeGreaterThan(0);
        const setStage = rule.meta.scope === 'set';
        for (const code of incorrect) expect(lintExample(code, setStage).map((r) => r.ruleId)).toContain(id);
        for (const code of correct) expect(lintExample(code, setStage).map((r) => `${r.ruleId}: ${r.message}`)).toEqual([]);
      });
    });
  }
});
