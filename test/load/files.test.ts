import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, type ExpandOptions } from '../../src/load/files.js';
import { tempTree } from '../helpers/tmp.js';

const options = (cwd: string, include: string[] = [], exclude: string[] = []): ExpandOptions => ({
  cwd,
  include: [{ baseDir: cwd, patterns: include }],
  exclude: [{ baseDir: cwd, patterns: exclude }],
});

describe('expandInputs', () => {
  const root = tempTree({
    'vms/a.yaml': '',
    'vms/b.yml': '',
    'vms/nested/c.json': '',
    'vms/notes.txt': '',
    'vms/node_modules/x.yaml': '',
    'vms/.git/config.yaml': '',
    'vms/package.json': '{}',
    'other/d.yaml': '',
  });

  it('walks directories recursively for .yaml, .yml and .json, in a stable order, skipping .git and node_modules', () => {
    const out = expandInputs(['vms'], options(root));
    expect(out.errors).toEqual([]);
    expect(out.tasks.map((t) => [t.file, t.discovered])).toEqual([
      [join('vms', 'a.yaml'), true],
      [join('vms', 'b.yml'), true],
      [join('vms', 'nested', 'c.json'), true],
    ]);
  });

  it('takes a named file whatever its extension, not as discovered', () => {
    const out = expandInputs(['vms/notes.txt'], options(root));
    expect(out.tasks).toEqual([{ file: 'vms/notes.txt', absolute: join(root, 'vms/notes.txt'), discovered: false }]);
  });

  it('expands globs and reports globs that match nothing', () => {
    expect(expandInputs(['**/*.yml'], options(root)).tasks.map((t) => t.file)).toEqual([join('vms', 'b.yml')]);
    expect(expandInputs(['nothing/**/*.yaml'], options(root)).errors).toEqual(['nothing/**/*.yaml: the pattern matched no files']);
  });

  it('applies include and exclude patterns to discovered files', () => {
    expect(expandInputs(['.'], options(root, [], ['vms/nested/**'])).tasks.map((t) => t.file)).toEqual([join('other', 'd.yaml'), join('vms', 'a.yaml'), join('vms', 'b.yml')]);
    expect(expandInputs(['.'], options(root, ['*.yml'])).tasks.map((t) => t.file)).toEqual([join('vms', 'b.yml')]);
  });

  it('reports missing paths and lists each file once', () => {
    const out = expandInputs(['missing.yaml', 'vms/a.yaml', 'vms'], options(root));
    expect(out.errors).toEqual(['missing.yaml: no such file or directory']);
    expect(out.tasks.filter((t) => t.file.endsWith('a.yaml'))).toHaveLength(1);
  });

  it('survives symlink loops', () => {
    const loop = tempTree({ 'd/vm.yaml': '' });
    symlinkSync(join(loop, 'd'), join(loop, 'd', 'again'));
    expect(expandInputs(['d'], options(loop)).tasks.map((t) => t.file)).toEqual([join('d', 'vm.yaml')]);
  });
});
