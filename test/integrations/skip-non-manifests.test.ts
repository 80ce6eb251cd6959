// --skip-non-manifests (what the pre-commit hooks pass): named files are taken as if found in a
// directory, because pre-commit names every staged YAML and JSON file, manifests or not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';
import { REPO_ROOT } from '../helpers/work-tree.js';

const tree = () =>
  tempTree({
    '.github/workflows/ci.yml': 'name: CI\non: [push]\njobs: {}\n',
    'package.json': '{ "name": "fleet" }\n',
    '.pre-commit-config.yaml': 'repos: []\n',
    'vms/bad.yaml': readFileSync(join(REPO_ROOT, 'fixtures', 'invalid', 'boot-order-duplicate.yaml'), 'utf8'),
    'vms/mixed.yaml': 'settings: {}\n---\napiVersion: kubevirt.io/v1\nmetadata:\n  name: vm\n',
  });
const named = ['.github/workflows/ci.yml', 'package.json', '.pre-commit-config.yaml', 'vms/bad.yaml', 'vms/mixed.yaml'];

describe('virtops lint --skip-non-manifests', () => {
  it('without it, every named file must be a manifest', async () => {
    const run = await runCli(['lint', ...named], { cwd: tree() });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/ci\.yml:1:1\s+error\s+missing apiVersion and kind/);
    expect(run.out).toMatch(/package\.json:1:1\s+error/);
  });

  it('skips named non-manifests but still lints manifests, and a document that has only one of apiVersion and kind', async () => {
    const run = await runCli(['lint', '--skip-non-manifests', ...named], { cwd: tree() });
    expect(run.code).toBe(1);
    expect(run.out).not.toMatch(/ci\.yml|package\.json|pre-commit-config/);
    expect(run.out).toMatch(/vms\/bad\.yaml:22:26\s+error\s+.*boot-order/);
    expect(run.out).toMatch(/vms\/mixed\.yaml:\d+:\d+\s+error\s+.*kind/);
  });

  it('honours --exclude for named files', async () => {
    const run = await runCli(['lint', '--skip-non-manifests', '--exclude', 'vms/**', ...named], { cwd: tree() });
    expect(run.code).toBe(0);
  });
});
