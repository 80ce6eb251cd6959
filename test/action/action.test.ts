import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/engine/config.js';
import { ruleIds } from '../../src/engine/registry.js';
import { TestRepo } from '../helpers/git-repo.js';
import { actionCheckout, fixture, runActionStep, type Annotation, type StepRun } from './_action.js';

/** The bundled Action (dist/index.js) run as the runner runs it, on a git repository with a base and a head commit. */

const onFiles = (run: StepRun): Annotation[] => run.annotations.filter((a) => a.properties['file'] !== undefined);
const filesOf = (annotations: Annotation[]): string[] => [...new Set(annotations.map((a) => a.properties['file']!))].sort();
const tableRows = (summary: string): string[] => summary.split('\n').filter((line) => /^\| \d+:\d+ \|/.test(line));

describe('GitHub Action: changed files of a pull request and a push', () => {
  const repo = new TestRepo();
  let base = '';
  let head = '';
  beforeAll(() => {
    base = repo.commit('base', {
      'manifests/good.yaml': fixture('valid/vm-fedora-datavolume.yaml'),
      'manifests/old-bad.yaml': fixture('invalid/boot-order-duplicate.yaml'),
    });
    head = repo.commit('head', {
      'manifests/good.yaml': `${fixture('valid/vm-fedora-datavolume.yaml')}# touched\n`,
      'manifests/new-bad.yaml': fixture('invalid/names.yaml'),
    });
  });
  const pullRequest = () => ({ name: 'pull_request', payload: { pull_request: { number: 7, base: { sha: base }, head: { sha: head } } } });

  it('on a pull request reports only findings in the changed files, with annotations, summary, outputs and a full SARIF', () => {
    const run = runActionStep(repo.dir, { 'sarif-file': 'out/virtops.sarif', 'kubevirt-version': 'v1.6.0' }, pullRequest());

    expect(run.code).toBe(1);
    const errors = onFiles(run).filter((a) => a.type === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(filesOf(errors)).toEqual(['manifests/new-bad.yaml']);
    expect(filesOf(onFiles(run))).not.toContain('manifests/old-bad.yaml');
    for (const { properties } of errors) {
      expect(Object.keys(properties).sort()).toEqual(['col', 'endColumn', 'endLine', 'file', 'line', 'title']);
      expect(ruleIds.has(properties['title']!)).toBe(true);
      expect(Number(properties['line'])).toBeGreaterThan(0);
    }
    expect(errors.map((a) => a.properties['title'])).toContain('device-names');
    expect(run.stdout).toMatch(/^::error::virtops found \d+ errors?, \d+ warnings? \(fail-on: error\)$/m);

    expect(run.outputs['errors']).toBe(String(errors.length));
    expect(run.outputs['warnings']).toBe(String(onFiles(run).filter((a) => a.type === 'warning').length));
    expect(run.outputs['sarif-file']).toBe('out/virtops.sarif');

    expect(run.summary).toContain('### `manifests/new-bad.yaml`');
    expect(run.summary).not.toContain('old-bad');
    expect(run.summary).toContain('Scope: findings in the 2 files this change touches');
    expect(run.summary).toContain('KubeVirt version: v1.6.0 (recorded only');
    expect(tableRows(run.summary)).toHaveLength(onFiles(run).length);

    // Code scanning diffs against the base branch itself: the SARIF keeps the unchanged file's findings.
    const sarif = JSON.parse(readFileSync(join(repo.dir, 'out', 'virtops.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    const uris = new Set(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect(uris).toContain('manifests/new-bad.yaml');
    expect(uris).toContain('manifests/old-bad.yaml');
    for (const r of results) expect(r.locations[0]!.physicalLocation.region.startLine).toBeGreaterThan(0);
  });

  it('on a push with changed-only compares before and after; fail-on never passes the step', () => {
    const run = runActionStep(repo.dir, { 'changed-only': 'true', 'fail-on': 'never' }, { name: 'push', payload: { before: base, after: head } });
    expect(run.code).toBe(0);
    expect(filesOf(onFiles(run))).toContain('manifests/new-bad.yaml');
    expect(filesOf(onFiles(run))).not.toContain('manifests/old-bad.yaml');
    expect(Number(run.outputs['errors'])).toBeGreaterThan(0);
    expect(run.outputs['sarif-file']).toBe('');
  });

  it('on a push reports every file unless changed-only is set', () => {
    const run = runActionStep(repo.dir, {}, { name: 'push', payload: { before: base, after: head } });
    expect(run.code).toBe(1);
    expect(filesOf(onFiles(run))).toEqual(expect.arrayContaining(['manifests/new-bad.yaml', 'manifests/old-bad.yaml']));
    expect(run.summary).toContain('Scope: all linted files.');
  });

  it('reports everything, with a notice naming fetch-depth: 0, when the base commit is not in the clone', () => {
    const event = pullRequest();
    event.payload.pull_request.base.sha = 'f'.repeat(40);
    const run = runActionStep(repo.dir, {}, event);
    const notice = run.annotations.find((a) => a.type === 'notice');
    expect(notice?.message).toContain('is not in the clone');
    expect(notice?.message).toContain('fetch-depth: 0');
    expect(filesOf(onFiles(run))).toEqual(expect.arrayContaining(['manifests/new-bad.yaml', 'manifests/old-bad.yaml']));
    expect(run.summary).toMatch(/Scope: all linted files \(commit f{12} is not in the clone/);
  });
});

describe('GitHub Action: fail-on, annotation limits and bad input', () => {
  it('fails on warnings only with fail-on: warning', () => {
    const repo = new TestRepo();
    repo.commit('warnings only', { 'virtops.config.yaml': 'rules:\n  boot-order: warn\n', 'vm.yaml': fixture('invalid/boot-order-duplicate.yaml') });
    const lenient = runActionStep(repo.dir, { 'fail-on': 'error' });
    expect(lenient.code).toBe(0);
    expect(lenient.outputs['errors']).toBe('0');
    expect(Number(lenient.outputs['warnings'])).toBeGreaterThan(0);
    expect(onFiles(lenient).find((a) => a.properties['title'] === 'boot-order')?.type).toBe('warning');
    expect(lenient.summary).toContain('Configuration: `virtops.config.yaml`');

    const strict = runActionStep(repo.dir, { 'fail-on': 'warning' });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^::error::virtops found 0 errors, \d+ warnings? \(fail-on: warning\)$/m);
  });

  it('annotates at most 10 errors and lists every finding in the summary', () => {
    const repo = new TestRepo();
    const names = ['boot-order-duplicate', 'broken-yaml', 'hugepages-not-multiple', 'masquerade-on-multus', 'names', 'schema-and-apiversion', 'secure-boot-without-smm'];
    repo.commit('many', Object.fromEntries(names.map((name) => [`vms/${name}.yaml`, fixture(`invalid/${name}.yaml`)])));
    const run = runActionStep(repo.dir, { paths: 'vms\n' });
    const errors = Number(run.outputs['errors']);
    const total = errors + Number(run.outputs['warnings']);
    expect(errors).toBeGreaterThan(10);
    expect(onFiles(run).filter((a) => a.type === 'error')).toHaveLength(10);
    expect(run.summary).toContain(`${total - onFiles(run).length} findings not annotated`);
    expect(tableRows(run.summary)).toHaveLength(total);
    expect(run.summary).toContain('### `vms/broken-yaml.yaml`'); // the yaml package (bundled) explains syntax errors
  });

  it.each([
    [{ 'fail-on': 'sometimes' }, 'virtops: input "fail-on": "sometimes" is not one of error, warning, never'],
    [{ paths: 'missing/' }, 'virtops: cannot lint missing/: '],
    [{ config: 'nope.yaml' }, 'virtops: input "config": nope.yaml does not exist (the path is relative to the repository root)'],
    [{ config: 'vm.yaml' }, 'virtops: invalid configuration (input "config" or a virtops.config.yaml): '],
    [{ arch: 'riscv' }, 'virtops: input "arch": "riscv" is not one of amd64, arm64, s390x'],
  ])('fails with a clear message for %j', (inputs, message) => {
    const repo = new TestRepo();
    repo.commit('one', { 'vm.yaml': fixture('valid/vm-fedora-datavolume.yaml') });
    const run = runActionStep(repo.dir, inputs);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe('GitHub Action bundle layout', () => {
  it('starts the lint worker from dist/worker.js without node_modules', async () => {
    const config = loadConfig({ searchFrom: actionCheckout(), knownRules: ruleIds });
    const file = join(actionCheckout(), 'vm.yaml');
    writeFileSync(file, fixture('invalid/boot-order-duplicate.yaml'));
    const worker = new Worker(pathToFileURL(join(actionCheckout(), 'dist', 'worker.js')));
    try {
      const reports = await new Promise<{ results: { ruleId: string }[] }[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ config, tasks: [{ file: 'vm.yaml', absolute: file, discovered: false }] });
      });
      expect(reports[0]!.results.map((r) => r.ruleId)).toContain('boot-order');
    } finally {
      await worker.terminate();
    }
  });
});
