import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { globMatch, pathGlobMatch } from '../../src/core/glob.js';

describe('globMatch', () => {
  const paths = ['a/b.yaml', '.hidden/x.yaml', 'x.yml', 'deep/a/b/c.json', 'vm-1', 'team-a', 'package.json', 'sub/package.json'];
  const patterns = ['**/*.yaml', '*.yml', '**/package.json', 'vm-*', 'team-?', '**', 'deep/**', '#comment', '!x.yml'];

  it('agrees with minimatch() for every option the callers use', () => {
    for (const options of [{}, { dot: true }, { dot: true, matchBase: true }, { matchBase: true }]) {
      for (const pattern of patterns) {
        for (const path of paths) expect(globMatch(path, pattern, options), `${pattern} ${path} ${JSON.stringify(options)}`).toBe(minimatch(path, pattern, options));
      }
    }
  });

  it('keeps patterns compiled with different options apart', () => {
    expect(globMatch('.hidden/x.yaml', '**/*.yaml')).toBe(false);
    expect(globMatch('.hidden/x.yaml', '**/*.yaml', { dot: true })).toBe(true);
    expect(globMatch('.hidden/x.yaml', '**/*.yaml')).toBe(false);
    expect(globMatch('a/b/c.yaml', '*.yaml', { matchBase: true })).toBe(true);
    expect(globMatch('a/b/c.yaml', '*.yaml')).toBe(false);
  });
});

describe('pathGlobMatch', () => {
  it('matches a glob without / against the file name at any depth, one with / against the whole path, dot files included', () => {
    expect(pathGlobMatch('vms/.hidden/a.yaml', '*.yaml')).toBe(true);
    expect(pathGlobMatch('vms/a.yaml', 'a.yaml')).toBe(true);
    expect(pathGlobMatch('vms/a.yaml', 'other/*.yaml')).toBe(false);
    expect(pathGlobMatch('vms/a.yaml', 'vms/*.yaml')).toBe(true);
    expect(pathGlobMatch('vms/deep/a.yaml', 'vms/*.yaml')).toBe(false);
    expect(pathGlobMatch('.github/ci.yaml', '.github/**')).toBe(true);
  });
});
