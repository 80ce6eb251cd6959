import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.js';
import { tempTree } from '../helpers/tmp.js';

/** The diff is right when real `git apply` turns the old text into the new one with it. */
function gitApplies(before: string, after: string): string {
  const dir = tempTree({ 'vm.yaml': before });
  const patch = join(dir, 'fix.patch');
  writeFileSync(patch, unifiedDiff('vm.yaml', before, after));
  execFileSync('git', ['apply', '--unsafe-paths', 'fix.patch'], { cwd: dir, stdio: 'pipe' });
  return readFileSync(join(dir, 'vm.yaml'), 'utf8');
}

const lines = (n: number, label = 'line'): string => Array.from({ length: n }, (_, i) => `${label} ${i + 1}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.yaml', 'x\n', 'x\n')).toBe('');
  });

  it('writes git\'s layout with three lines of context', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('./dir/a.yaml', before, after)).toBe(
      '--- a/dir/a.yaml\n+++ b/dir/a.yaml\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n',
    );
  });

  it('counts an insertion and a deletion in the hunk header', () => {
    expect(unifiedDiff('a', 'a\nb\n', 'a\nx\ny\nb\n')).toBe('--- a/a\n+++ b/a\n@@ -1,2 +1,4 @@\n a\n+x\n+y\n b\n');
    expect(unifiedDiff('a', 'a\nb\n', 'b\n')).toBe('--- a/a\n+++ b/a\n@@ -1,2 +1,1 @@\n-a\n b\n');
  });

  it('marks a missing final newline', () => {
    expect(unifiedDiff('a', 'a\nb', 'a\nc')).toBe('--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  it('is applied by git apply: separate hunks, joined hunks, edits at both ends', () => {
    const before = lines(40);
    const cases = [
      before.replace('line 3\n', 'line three\n').replace('line 30\n', 'line 30\nnew\n'),
      before.replace('line 10\n', '').replace('line 14\n', 'x\n'),
      `start\n${before.replace('line 40\n', 'end\n')}`,
      before.replace('line 1\n', '').replace('line 40\n', ''),
      `${before}tail without newline`,
    ];
    for (const after of cases) expect(gitApplies(before, after)).toBe(after);
  });

  it('finds a short edit script in repetitive text', () => {
    const before = 'a\nb\na\nb\na\nb\n';
    const after = 'a\nb\nc\na\nb\na\nb\n';
    const diff = unifiedDiff('f', before, after);
    expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual(['+c']);
    expect(gitApplies(before, after)).toBe(after);
  });
});
