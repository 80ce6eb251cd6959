import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';

describe('parseYaml', () => {
  it('reads every document, keeping indexes of empty ones', () => {
    const out = parseYaml('---\na: 1\n---\n---\nb: 2\n');
    expect(out.problems).toEqual([]);
    expect(out.documents).toEqual([{ index: 0, value: { a: 1 } }, { index: 1, value: null }, { index: 2, value: { b: 2 } }]);
  });

  it('reads scalars the way Kubernetes does (YAML 1.1), timestamps as strings', () => {
    const [doc] = parseYaml('a: yes\nb: off\nc: 0755\nd: 2024-01-01\ne: "on"\n').documents;
    expect(doc?.value).toEqual({ a: true, b: false, c: 493, d: '2024-01-01', e: 'on' });
  });

  it('supports merge keys', () => {
    const [doc] = parseYaml('base: &b {x: 1}\nitem:\n  <<: *b\n  z: 2\n').documents;
    expect(doc?.value).toEqual({ base: { x: 1 }, item: { x: 1, z: 2 } });
  });

  it('reports a syntax error with its position and still returns the good documents', () => {
    const out = parseYaml('a: 1\n---\nb: [1, 2\nc: 3\n---\nd: 4\n');
    expect(out.documents.map((d) => d.value)).toEqual([{ a: 1 }, { d: 4 }]);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', document: 1 });
    expect(out.problems[0]?.position?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports duplicate keys at the second key', () => {
    const out = parseYaml('metadata:\n  name: a\n  name: b\n');
    expect(out.documents).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/duplicate key "name"/);
    expect(out.problems[0]?.position).toMatchObject({ line: 3, column: 3 });
  });

  it('explains tabs used for indentation', () => {
    const out = parseYaml('spec:\n\trunStrategy: Always\n');
    expect(out.problems[0]?.message).toMatch(/tab character used for indentation/);
    expect(out.problems[0]?.position?.line).toBe(2);
  });

  it('refuses alias bombs without expanding them', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const out = parseYaml(`${levels.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(out.documents).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/alias/);
  });

  it('refuses a small number of aliases that still expand exponentially', () => {
    const lines = ['l0: &l0 [x, x]'];
    for (let i = 1; i <= 30; i++) lines.push(`l${i}: &l${i} [*l${i - 1}, *l${i - 1}]`);
    const out = parseYaml(`${lines.join('\n')}\n`);
    expect(out.documents).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/alias bomb/);
  });

  it('refuses very deep nesting with a clear message instead of overflowing the stack', () => {
    const out = parseYaml(`${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(out.documents).toEqual([]);
    expect(out.problems[0]?.message).toMatch(/nesting is deeper than 100 levels/);
  });
});
