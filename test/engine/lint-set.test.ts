import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { checkSet, externalMatcher } from '../../src/engine/lint-set.js';
import { DEFAULT_SETTINGS, defineRule } from '../../src/engine/rule.js';
import type { ActiveRule } from '../../src/engine/run-rules.js';
import { collectFacts } from '../../src/engine/set-facts.js';
import { extractObjects } from '../../src/load/objects.js';
import { parseYaml } from '../../src/load/parse.js';

describe('externalMatcher', () => {
  it('matches the kind exactly, namespace and name as globs; an unknown namespace matches any namespace pattern', () => {
    const isExternal = externalMatcher([{ kind: 'Secret' }, { kind: 'ConfigMap', namespace: 'team-*', name: '{a,b}-config' }, { kind: 'ConfigMap', name: 'shared' }]);
    expect(isExternal('Secret', 'any', 'thing')).toBe(true);
    expect(isExternal('secret', 'any', 'thing')).toBe(false);
    expect(isExternal('ConfigMap', 'team-x', 'a-config')).toBe(true);
    expect(isExternal('ConfigMap', 'team-x', 'c-config')).toBe(false);
    expect(isExternal('ConfigMap', 'other', 'b-config')).toBe(false);
    expect(isExternal('ConfigMap', undefined, 'b-config')).toBe(true);
    expect(isExternal('ConfigMap', 'other', 'shared')).toBe(true); // the second selector of the kind
    expect(isExternal('DataVolume', undefined, 'shared')).toBe(false);
  });

  it('answers as minimatch() does for each pattern, asked many times (patterns are compiled once)', () => {
    const patterns = ['*', 'a*', '#comment', '', '!a', 'a/*', '{x,y}?', '[ab]c', 'team-**', 'a+(b)'];
    const names = ['a', 'ab', 'abb', 'ac', 'bc', 'x1', 'team-a', '#comment', '', 'a/b'];
    for (const pattern of patterns) {
      const isExternal = externalMatcher([{ kind: 'K', name: pattern }]);
      for (let round = 0; round < 2; round++) {
        for (const name of names) expect(isExternal('K', undefined, name), `${pattern} vs ${name}`).toBe(minimatch(name, pattern));
      }
    }
  });
});

/** A set rule that records what its check sees: each object's fact and the facts `named` returns. */
function recorder(id: string, collect: ((kind: string, name: string) => string | undefined) | undefined, seen: Record<string, unknown[]>): ActiveRule {
  const rule = defineRule<string>({
    meta: { id, type: 'problem', description: id, level: 'warn', scope: 'set', kinds: ['*'], messages: { seen: '{{fact}}' } },
    ...(collect ? { collect: (ctx) => collect(ctx.kind, String((ctx.object['metadata'] as { name: string }).name)) } : {}),
    check(ctx) {
      seen[id] = [ctx.objects.map((o) => o.fact), ctx.named('ConfigMap', 'shared').map((o) => `${o.file}:${o.fact}`)];
      for (const object of ctx.objects) if (object.fact !== undefined) ctx.report({ at: object, path: ['metadata', 'name'], messageId: 'seen', data: { fact: object.fact } });
    },
  });
  return { rule, level: 'warn', options: {} };
}

const objectsOf = (text: string) => extractObjects(parseYaml(text).documents, { skipForeignDocuments: false }).objects;

describe('checkSet', () => {
  it("shows each rule its own facts only, on every object and through named(), and routes findings to the objects' files", () => {
    const seen: Record<string, unknown[]> = {};
    const rules = [
      recorder('config-maps', (kind, name) => (kind === 'ConfigMap' ? `cm ${name}` : undefined), seen),
      recorder('everything', (kind, name) => `${kind} ${name}`, seen),
      recorder('no-collect', undefined, seen),
    ];
    const files = ['a.yaml', 'b.yaml'];
    const facts = [
      collectFacts(objectsOf('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared}\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: s}\n'), rules, DEFAULT_SETTINGS),
      collectFacts(objectsOf('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: shared, namespace: other}\n'), rules, DEFAULT_SETTINGS),
    ];
    const findings = checkSet(files, facts, rules, DEFAULT_SETTINGS, []);
    expect(seen['config-maps']).toEqual([['cm shared', undefined, 'cm shared'], ['0:cm shared', '1:cm shared']]);
    expect(seen['everything']).toEqual([['ConfigMap shared', 'Secret s', 'ConfigMap shared'], ['0:ConfigMap shared', '1:ConfigMap shared']]);
    expect(seen['no-collect']).toEqual([[undefined, undefined, undefined], ['0:undefined', '1:undefined']]);
    expect(findings.map((list) => list.map((f) => `${f.ruleId} ${f.document} ${f.message}`))).toEqual([
      ['config-maps 0 cm shared', 'everything 0 ConfigMap shared', 'everything 1 Secret s'],
      ['config-maps 0 cm shared', 'everything 0 ConfigMap shared'],
    ]);
  });
});
