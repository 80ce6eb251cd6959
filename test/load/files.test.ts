import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, NOT_MANIFESTS, type ExpandOptions } from '../../src/load/files.js';
import { globMatch } from '../../src/core/glob.js';
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

  it('skips tool files (NOT_MANIFESTS) by their name at any depth, dot directories included, as their globs say', () => {
    const names = ['package.json', 'package-lock.json', 'tsconfig.build.json', '.pre-commit-config.yaml', '.pre-commit-hooks.yaml', 'virtops.config.yml', 'virtops.config.yaml'];
    const kept = ['packages.json', 'my-package.json', 'tsconfig.yaml', 'pre-commit-config.yaml', 'virtops.config.json', 'vm.yaml'];
    const tree = tempTree(Object.fromEntries([...names, ...kept].flatMap((name) => [[name, '{}'], [`a/.hidden/${name}`, '{}']])));
    const found = expandInputs(['.'], options(tree)).tasks.map((t) => t.file.split('\\').join('/'));
    const expected = [...kept.map((name) => name), ...kept.map((name) => `a/.hidden/${name}`)];
    expect([...found].sort()).toEqual([...expected].sort());
    // The same answers as the globs themselves give on whole paths (the ESLint plugin uses them so).
    for (const path of found) expect(NOT_MANIFESTS.some((glob) => globMatch(`/x/${path}`, glob, { dot: true }))).toBe(false);
    for (const name of names) expect(NOT_MANIFESTS.some((glob) => globMatch(`/x/a/.hidden/${name}`, glob, { dot: true }))).toBe(true);
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
