import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/engine/registry.js';

/** Presets are data; these tests keep them and the rule modules' own metadata in step. */
const policy = (name: string) => parse(readFileSync(join('policies', `${name}.yaml`), 'utf8')) as { rules: Record<string, string>; extends?: string };

describe('presets', () => {
  it('recommended lists every rule at the level its module declares, and nothing else', () => {
    const recommended = policy('recommended').rules;
    expect(Object.keys(recommended).sort()).toEqual(allRules.map((r) => r.meta.id).sort());
    for (const rule of allRules) expect(recommended[rule.meta.id], rule.meta.id).toBe(rule.meta.level);
  });

  it('strict extends recommended and only names known rules', () => {
    const strict = policy('strict');
    expect(strict.extends).toBe('recommended');
    const ids = new Set(allRules.map((r) => r.meta.id));
    for (const id of Object.keys(strict.rules ?? {})) expect(ids.has(id), id).toBe(true);
  });

  it('every file in policies/ is a preset the loader knows', () => {
    expect(readdirSync('policies').sort()).toEqual(['recommended.yaml', 'strict.yaml']);
  });
});
