import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { constructFast } from '../../src/load/construct.js';
import { parseFastSubset } from '../../src/load/fast-yaml.js';
import { KUBERNETES_YAML, MAX_DEPTH } from '../../src/load/parse.js';

/** The fast constructor must build exactly what js-yaml's loadAll builds, or decline (undefined). */
const reference = (text: string) => loadAll(text, { schema: KUBERNETES_YAML, maxDepth: MAX_DEPTH, maxAliases: 100 });
const fast = (text: string) => constructFast(text, KUBERNETES_YAML, MAX_DEPTH, 100)?.documents;

describe('constructFast', () => {
  it.each([
    ['empty', ''],
    ['comments only', '# a\n# b\n'],
    ['empty documents', '---\n---\na: 1\n---\n'],
    ['explicit end', 'a: 1\n...\n---\nb: 2\n'],
    ['YAML 1.1 scalars', 'a: yes\nb: Off\nc: 0755\nd: 0x1F\ne: 1_000\nf: 1.5e3\ng: .inf\nh: ~\ni:\nj: 2024-01-01\nk: "0755"\nl: \'yes\'\nm: 12:30\n'],
    ['keys that resolve to non-strings', '1: a\ntrue: b\nnull: c\n0x10: d\n2.5: e\n'],
    ['block scalars', 'a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\nc: |+\n  keep\n\n'],
    ['flow collections', 'a: [1, "two", {b: c}]\nd: {}\ne: []\n'],
    ['anchors and aliases', 'a: &x {p: 1}\nb: *x\nc: &s [1, 2]\nd: *s\ne: &v val\nf: *v\n'],
    ['__proto__ key', '__proto__: {polluted: true}\nsafe: 1\n'],
    ['unicode and escapes', 'a: "é\\t\\u00e9"\nb: \'it\'\'s\'\nc: 日本\n'],
    ['a top-level list and scalar', '- a\n- b\n---\njust text\n'],
    ['anchored collections', 'a: &m\n  k: v\nb: *m\nc: &s\n- x\nd: *s\ne: &e\nf: *e\n'],
    ['__proto__ in a nested mapping', 'a:\n  __proto__:\n    polluted: true\n  b: 1\n'],
    ['quoted keys', '"1": a\n\'true\': b\n"a\\tb": c\n'],
    ['not-fast plain scalars', 'a: b\n  # deeper comment\nc: d\n'],
    ['repeated short scalars, plain and quoted', 'a: 1\nb: "1"\nc: 1\nd: yes\ne: \'yes\'\nf: yes\n1: x\ng: [1, "1", yes, \'yes\']\nh: ~\ni: ~\n'],
    ['long words that start like a boolean', 'a: yesterday\nb: nothing\nc: offline\nd: trueish\ne: falsey\nf: Nulled\ng: ok\nh: tt\n'],
  ])('%s', (_name, text) => {
    const out = fast(text);
    expect(out).toBeDefined();
    expect(out).toEqual(reference(text));
    if (text.startsWith('__proto__')) expect(Object.getPrototypeOf((out as Record<string, unknown>[])[0])).toBe(Object.prototype);
    if (text.startsWith('a:\n  __proto__')) expect(Object.getPrototypeOf((out as { a: object }[])[0]!.a)).toBe(Object.prototype);
    // The same values from js-yaml's events: a tab in a comment puts the text outside the subset.
    const outside = `# \t\n${text}`;
    expect(parseFastSubset(outside)).toBeUndefined();
    expect(fast(outside)).toEqual(out);
  });

  it('resolves plain words exactly as loadAll does, whatever letter they start with', () => {
    const words = ['y', 'Y', 'yes', 'YES', 'n', 'No', 'NULL', 'null', 'true', 'TRUE', 'False', 'on', 'Off', 'OFF', 'o', 'ok', 'tt', 'fedora', 'Always', 'virtio', 'quay.io/x', 'x1', 'Zed'];
    for (let c = 65; c <= 122; c++) if (c <= 90 || c >= 97) words.push(String.fromCharCode(c), `${String.fromCharCode(c)}es`, `${String.fromCharCode(c)}ull`, `${String.fromCharCode(c)}rue`);
    const values = words.map((w, i) => `k${i}: ${w}`).join('\n');
    const keys = words.map((w) => `---\n${w}: 1`).join('\n');
    const text = `${values}\n${keys}\n`;
    expect(fast(text)).toEqual(reference(text));
  });

  it.each([
    ['merge keys', 'a: &x {p: 1}\nb:\n  <<: *x\n  q: 2\n'],
    ['merge keys in the subset', 'a: &x\n  p: 1\nb:\n  <<: *x\n  q: 2\n'],
    ['tags', 'a: !!str 123\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['duplicate keys in a nested mapping', 'a:\n  b: 1\n  b: 2\n'],
    ['complex keys', '? [a, b]\n: c\n'],
    ['anchored keys', '&a k: v\n'],
    ['an alias as a key', 'a: &x k\n*x : v\n'],
    ['an unknown alias', 'a: *nowhere\n'],
    ['too many aliases', `a: &x 1\nb: [${Array(101).fill('*x').join(', ')}]\n`],
    ['invalid YAML', 'a: [1, 2\n'],
  ])('declines %s (loadAll decides)', (_name, text) => {
    expect(fast(text)).toBeUndefined();
  });

  const SHARED = resolve('..', 'shared', 'data');
  it.skipIf(!existsSync(SHARED))('agrees with loadAll on every upstream example', () => {
    let compared = 0;
    for (const dir of ['kubevirt-examples', 'cdi-examples', 'common-templates', 'common-templates-bundle']) {
      for (const name of readdirSync(join(SHARED, dir))) {
        const text = readFileSync(join(SHARED, dir, name), 'utf8');
        expect(fast(text), name).toEqual(reference(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
  });
});
