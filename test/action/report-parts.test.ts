import { describe, expect, it } from 'vitest';
import type { LintReport, Result, Severity } from '../../src/core/types.js';
import { planAnnotations } from '../../src/action/annotations.js';
import { commitRange } from '../../src/action/changed-files.js';
import { readInputs } from '../../src/action/inputs.js';
import { summaryMarkdown, type SummaryFacts } from '../../src/action/summary.js';

/** The Action's pure parts, at sizes and in cases the end-to-end tests (test/action/action.test.ts) cannot reach cheaply. */

function finding(severity: Severity, line: number, message = `problem on line ${line}`): Result {
  return { ruleId: 'boot-order', severity, message, line, column: 3, endLine: line, endColumn: 9, document: 0, object: { kind: 'VirtualMachine', name: 'vm' }, path: 'spec' };
}

function report(files: Record<string, Result[]>): LintReport {
  const all = Object.values(files).flat();
  const count = (s: Severity) => all.filter((r) => r.severity === s).length;
  return {
    files: Object.entries(files).map(([file, results]) => ({ file, documents: 1, results, skipped: [] })),
    summary: { files: Object.keys(files).length, documents: Object.keys(files).length, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}

const facts = (r: LintReport): SummaryFacts => ({ report: r, cwd: '/repo', rules: [], filesLinted: r.files.length, scope: { changedOnly: false }, arch: 'amd64', notAnnotated: 0 });

describe('annotations', () => {
  it('puts errors first, then warnings, at most 10 of each, and counts the rest', () => {
    const r = report({
      'a.yaml': Array.from({ length: 12 }, (_, i) => finding('warning', i + 1)),
      'b.yaml': Array.from({ length: 11 }, (_, i) => finding('error', i + 1)),
    });
    const plan = planAnnotations(r, '/repo');
    expect(plan.annotations.map((a) => a.severity)).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning')]);
    expect(plan.notAnnotated).toBe(3);
    expect(plan.annotations[0]!.properties).toEqual({ title: 'boot-order', file: 'b.yaml', startLine: 1, startColumn: 3, endLine: 1, endColumn: 9 });
  });
});

describe('job summary', () => {
  it('stays under 1 MiB and says how many findings did not fit', () => {
    const long = 'x'.repeat(400);
    const r = report(Object.fromEntries(Array.from({ length: 40 }, (_, f) => [`dir/file-${f}.yaml`, Array.from({ length: 100 }, (_, i) => finding('error', i + 1, long))])));
    const text = summaryMarkdown({ ...facts(r), sarifFile: 'virtops.sarif' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024);
    const shown = text.split('\n').filter((line) => /^\| \d+:\d+ \|/.test(line)).length;
    expect(shown).toBeGreaterThan(1000);
    expect(text).toContain(`${4000 - shown} more findings did not fit: a job summary is limited to 1 MiB. The SARIF file \`virtops.sarif\` has them all.`);
  });

  it('keeps messages inside their table cell', () => {
    const text = summaryMarkdown(facts(report({ 'a.yaml': [finding('error', 1, 'a | b <script>\nnext')] })));
    expect(text).toContain('| a \\| b &lt;script&gt;<br>next |');
    expect(text).not.toContain('did not fit');
  });
});

describe('commit ranges from event payloads', () => {
  it('diffs a pull request from its merge base and a push from before to after', () => {
    expect(commitRange('pull_request', { pull_request: { base: { sha: 'b' }, head: { sha: 'h' } } })).toEqual({ base: 'b', head: 'h', fromMergeBase: true });
    expect(commitRange('push', { before: 'b', after: 'h' })).toEqual({ base: 'b', head: 'h', fromMergeBase: false });
  });

  it('explains when there is nothing to compare', () => {
    expect(commitRange('push', { before: '0'.repeat(40), after: 'h' })).toMatch(/no previous commit/);
    expect(commitRange('workflow_dispatch', {})).toMatch(/only for pull_request and push events/);
    expect(commitRange('pull_request', {})).toMatch(/no pull_request.base.sha/);
  });
});

describe('inputs', () => {
  const read = (values: Record<string, string>) => readInputs((name) => values[name] ?? '');
  it('has defaults and reads one path per line', () => {
    expect(read({})).toEqual({ paths: ['.'], changedOnly: 'auto', failOn: 'error' });
    expect(read({ paths: 'vms/\n  templates/**/*.yaml \n\n', 'changed-only': 'false', 'fail-on': 'never' })).toMatchObject({ paths: ['vms/', 'templates/**/*.yaml'], changedOnly: false, failOn: 'never' });
  });

  it('rejects a value it does not know, naming the input', () => {
    expect(() => read({ 'changed-only': 'yes please' })).toThrow('input "changed-only": "yes please" is not one of true, false, auto');
  });
});
