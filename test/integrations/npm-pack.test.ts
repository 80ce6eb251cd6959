// What `npm publish` would ship (package.json "files"), and `npx virtops` from the packed tarball
// installed into an empty project with the real npm (its dependencies come from the registry, or
// npm's cache). Needs a build (npm test builds first): the package ships build/, not sources.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/work-tree.js';

const NPM_TIMEOUT = 180_000;
const scratch = mkdtempSync(join(tmpdir(), 'virtops-pack-'));

function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync('npm', [...args, '--no-audit', '--no-fund', '--ignore-scripts'], { cwd, encoding: 'utf8', timeout: NPM_TIMEOUT });
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)));
}

describe('npm package', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  const packed = npm(['pack', '--dry-run', '--json'], REPO_ROOT);
  const files = packed.status === 0 ? (JSON.parse(packed.stdout) as [{ files: { path: string }[] }])[0].files.map((file) => file.path) : [];

  it('ships the CLI, its bundles, schemas and validators, policies and rule docs', () => {
    expect(packed.status, packed.stderr).toBe(0);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'bin/virtops.js',
        'build/bundle/run.js',
        'build/bundle/worker.js',
        'generated/validators.cjs',
        'dist/run.js',
        'dist/worker.js',
        'dist/validators.cjs',
        ...filesUnder('policies'),
        ...filesUnder('src/schema/generated'),
        ...readdirSync(join(REPO_ROOT, 'rules')).filter((name) => name.endsWith('.md')).map((name) => `rules/${name}`),
      ]),
    );
  });

  it('leaves out sources, tests, fixtures and tooling', () => {
    expect(files.length).toBeGreaterThan(0);
    const unwanted = files.filter((file) => /\.(ts|tsx)$/.test(file) || /^(test|fixtures|bench|scripts|docs|deploy|\.ci|node_modules)\//.test(file) || /(^|\/)\.tmp\//.test(file));
    expect(unwanted).toEqual([]);
  });

  it('installs from the tarball and `npx virtops lint` works', () => {
    const pack = npm(['pack', '--pack-destination', scratch], REPO_ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(scratch).find((name) => name.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    const project = join(scratch, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    const install = npm(['install', join(scratch, tarball!)], project);
    expect(install.status, install.stderr).toBe(0);

    const lint = (path: string) => spawnSync('npx', ['--no', 'virtops', 'lint', path], { cwd: project, encoding: 'utf8', timeout: 60_000 });
    const bad = lint(join(REPO_ROOT, 'fixtures', 'invalid', 'boot-order-duplicate.yaml'));
    expect(bad.status, bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/boot-order-duplicate\.yaml:22:26\s+error\s+.*boot-order/);
    const good = lint(join(REPO_ROOT, 'fixtures', 'valid'));
    expect(good.status, `${good.stdout}${good.stderr}`).toBe(0);
  }, NPM_TIMEOUT * 2);
});
