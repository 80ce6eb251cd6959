// The reconciler against real parts: kube-apiserver + etcd + kube-controller-manager (test/cluster)
// with the generated KubeVirt/CDI CRDs, and a git server (git http-backend) read by isomorphic-git
// over HTTP with Basic auth. Skipped without the cluster binaries unless VIRTOPS_REQUIRE_CLUSTER=1.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiServerClient, loadKubeConfig, type Json } from '../../src/kube/client.js';
import { emptyStatus, reconcile, type ReconcileDeps, type SyncSpec, type SyncStatus } from '../../src/sync/reconcile.js';
import { fetchSource } from '../../src/sync/source/fetch.js';
import { readFiles } from '../../src/sync/source/read-files.js';
import { GitWorkTree, startGitServer, type GitServer } from '../helpers/git-server.js';
import { findClusterBinDir, startCluster, type Cluster } from './cluster.js';
import { recommendedConfig } from '../helpers/config.js';
import { runCli } from '../helpers/cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CRDS = path.join(repoRoot, 'deploy', 'crds', 'kubevirt-test-crds.yaml');
const binDir = await findClusterBinDir();
const requireCluster = process.env.VIRTOPS_REQUIRE_CLUSTER === '1';

const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;
const vm = (name: string, opts: { runStrategy?: string; cores?: number; annotations?: string; extra?: string } = {}) => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${name}
  namespace: fleet${opts.annotations ?? ''}
spec:
  runStrategy: ${opts.runStrategy ?? 'Always'}
  dataVolumeTemplates:
    - metadata:
        name: ${name}-root
      spec:
        storage:
          resources:
            requests:
              storage: 10Gi
        source:
          registry:
            url: docker://quay.io/containerdisks/fedora:41
  template:
    spec:
      domain:
        cpu:
          cores: ${opts.cores ?? 1}
        memory:
          guest: 1Gi
        devices:
          disks:
            - name: root
              disk:
                bus: virtio${opts.extra ?? ''}
      volumes:
        - name: root
          dataVolume:
            name: ${name}-root
`;
const dv = (name: string) => `apiVersion: cdi.kubevirt.io/v1beta1
kind: DataVolume
metadata:
  name: ${name}
  namespace: fleet
spec:
  source:
    blank: {}
  storage:
    resources:
      requests:
        storage: 1Gi
`;

describe.runIf(binDir || requireCluster)('reconcile against a real API server and git server', () => {
  let cluster: Cluster;
  let git: GitServer;
  let work: GitWorkTree;
  let kube: ApiServerClient;
  let status: SyncStatus = emptyStatus();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-e2e-cache-'));
  const spec: SyncSpec = { owner: 'virtops/fleet', selection: { path: 'clusters/lab', include: [], exclude: [] }, prune: { enabled: true, maxShare: 0.5 }, healthTimeoutSeconds: 600 };

  const lintConfig = () => {
    return recommendedConfig(repoRoot);
  };
  const deps = (): ReconcileDeps => ({
    kube,
    fetch: () => fetchSource({ location: { type: 'http', url: git.url('fleet.git') }, ref: { branch: 'main' }, cacheDir, credentials: { username: 'agent', password: 's3cret' } }),
    readFiles: (artifact, selection) => readFiles(artifact, selection),
    lintConfig: lintConfig(),
    now: () => new Date(),
  });
  const sync = async () => {
    const out = await reconcile(spec, status, deps());
    status = out.status;
    return out;
  };
  const get = (kind: string, name: string, namespace = 'fleet'): Promise<Json | undefined> =>
    kube.get({ apiVersion: kind === 'DataVolume' ? 'cdi.kubevirt.io/v1beta1' : 'kubevirt.io/v1', kind, namespace, name });
  const commitAndPush = async (files: Record<string, string | null>, message: string) => {
    work.write(files);
    const sha = await work.commit(message, { allowEmpty: true });
    await work.push(git.authUrl('fleet.git'));
    return sha;
  };

  beforeAll(async () => {
    if (!binDir) throw new Error('VIRTOPS_REQUIRE_CLUSTER=1 but the cluster binaries are not built (bash test/cluster/build.sh)');
    cluster = await startCluster({ binDir, crdFiles: [CRDS] });
    const kubeconfig = path.join(cluster.workDir, 'admin.kubeconfig');
    fs.writeFileSync(kubeconfig, cluster.adminKubeconfig);
    kube = new ApiServerClient(loadKubeConfig(kubeconfig));
    git = await startGitServer({ user: 'agent', password: 's3cret' });
    git.createRepo('fleet.git');
    work = await GitWorkTree.init(fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-e2e-work-')));
  }, 240_000);

  afterAll(async () => {
    await git?.stop();
    await cluster?.stop();
  }, 60_000);

  it('first sync creates the namespace, VMs and disks, and records revision and inventory', async () => {
    const sha = await commitAndPush({ 'clusters/lab/namespace.yaml': ns('fleet'), 'clusters/lab/web.yaml': vm('web'), 'clusters/lab/db.yaml': vm('db'), 'clusters/lab/scratch.yaml': dv('scratch'), 'README.md': '# not synced\n' }, 'first');
    const { events } = await sync();
    expect(events.filter((e) => e.type === 'Warning')).toEqual([]);
    expect(status.lastAppliedRevision).toBe(`main@sha1:${sha}`);
    expect(status.inventory.map((e) => `${e.kind}/${e.name}`).sort()).toEqual(['DataVolume/scratch', 'Namespace/fleet', 'VirtualMachine/db', 'VirtualMachine/web']);
    const web = await get('VirtualMachine', 'web');
    expect((web?.['metadata'] as { annotations: Record<string, string> }).annotations['virtops.io/owner']).toBe('virtops/fleet');
    expect(status.vms.map((v) => [v.name, v.health])).toEqual([['db', 'Progressing'], ['web', 'Progressing']]);
  }, 60_000);

  it('a no-op sync writes nothing, and needs no dry run and no per-object read', async () => {
    const before = (await get('VirtualMachine', 'web'))?.['metadata'] as { resourceVersion: string };
    const applies = vi.spyOn(kube, 'apply');
    const gets = vi.spyOn(kube, 'get');
    const { status: after } = await sync();
    expect(applies).not.toHaveBeenCalled();
    expect(gets).not.toHaveBeenCalled();
    applies.mockRestore();
    gets.mockRestore();
    expect(after.history[0]).toMatchObject({ applied: 0, unchanged: 4 });
    expect(((await get('VirtualMachine', 'web'))?.['metadata'] as { resourceVersion: string }).resourceVersion).toBe(before.resourceVersion);
  }, 60_000);

  it('a change in git reaches the cluster', async () => {
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 2 }) }, 'more cores');
    await sync();
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(2);
  }, 60_000);

  it('virtops plan shows what a sync would do, in VM terms, and changes nothing', async () => {
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 3 }) }, 'three cores');
    const kubeconfig = path.join(cluster.workDir, 'admin.kubeconfig');
    const { code, out, err } = await runCli(['plan', '--repo', git.url('fleet.git'), '--path', 'clusters/lab', '--kubeconfig', kubeconfig, '--owner', 'virtops/fleet', '--format', 'json'], {
      cwd: repoRoot,
      env: { VIRTOPS_GIT_USERNAME: 'agent', VIRTOPS_GIT_PASSWORD: 's3cret' },
    });
    expect(err).toBe('');
    expect(code).toBe(0);
    const plan = JSON.parse(out) as { changes: { subject: string; action: string; impact?: string; changes: string[] }[] };
    expect(plan.changes.find((c) => c.subject === 'VirtualMachine/fleet/web')).toMatchObject({ action: 'update', impact: 'restart-required', changes: ['spec.template.spec.domain.cpu.cores'] });
    expect(plan.changes.find((c) => c.subject === 'VirtualMachine/fleet/db')).toMatchObject({ action: 'unchanged' });
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(2);
  }, 60_000);

  it('a lint-failing commit is held back; the last good revision stays', async () => {
    const good = status.lastAppliedRevision;
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 4, extra: '\n              bootorder: 1' }) }, 'typo');
    const { events } = await sync();
    expect(status.lastAppliedRevision).toBe(good);
    expect(events.map((e) => e.reason)).toContain('LintFailed');
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(2);
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 2 }) }, 'fix typo');
    await sync();
  }, 60_000);

  it('a kubectl edit is healed; a virtctl-style stop under the operator policy is kept', async () => {
    const edit = await cluster.kubectl(['-n', 'fleet', 'patch', 'vm', 'web', '--type=merge', '-p', '{"spec":{"template":{"spec":{"domain":{"cpu":{"cores":8}}}}}}']);
    expect(edit.code, edit.stderr).toBe(0);
    const stop = await cluster.kubectl(['-n', 'fleet', 'patch', 'vm', 'db', '--type=merge', '-p', '{"spec":{"runStrategy":"Halted"}}']);
    expect(stop.code, stop.stderr).toBe(0);
    const { events } = await sync();
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(2);
    expect(events.map((e) => e.reason)).toEqual(expect.arrayContaining(['DriftHealed', 'PowerOverride']));
    expect(((await get('VirtualMachine', 'db'))?.['spec'] as { runStrategy: string }).runStrategy).toBe('Halted');
  }, 60_000);

  it('the git server down changes nothing; when it is back, the sync resumes', async () => {
    const before = status.lastAppliedRevision;
    git.setOutage(503);
    try {
      const { events } = await sync();
      expect(events.map((e) => e.reason)).toEqual(['FetchFailed']);
      expect(status.lastAppliedRevision).toBe(before);
      expect(status.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'GitServerUnavailable' });
      expect(await get('VirtualMachine', 'web')).toBeDefined();
    } finally {
      git.setOutage(null);
    }
    await sync();
    expect(status.conditions.find((c) => c.type === 'FetchFailed')).toBeUndefined();
  }, 60_000);

  it('a force-push is followed: the rewritten history is what gets applied', async () => {
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 5 }) }, 'five cores, to be rewritten');
    await sync();
    await work.git(['reset', '--hard', 'HEAD~1']);
    work.write({ 'clusters/lab/web.yaml': vm('web', { cores: 6 }) });
    const rewritten = await work.commit('six cores instead');
    await work.push(git.authUrl('fleet.git'), { force: true });
    await sync();
    expect(status.lastAppliedRevision).toBe(`main@sha1:${rewritten}`);
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(6);
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 2 }) }, 'back to two');
    await sync();
  }, 60_000);

  it('the API server restarted in the middle of a sync: the next sync ends in the right state, nothing lost', async () => {
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 3 }) }, 'three cores');
    const restart = cluster.restartApiServer({ graceful: false });
    const interrupted = await sync().catch((error: Error) => ({ status, events: [{ type: 'Warning', reason: 'Thrown', message: error.message }] }));
    await restart;
    expect(interrupted).toBeDefined();
    const { events } = await sync();
    expect(events.filter((e) => e.type === 'Warning')).toEqual([]);
    const web = await get('VirtualMachine', 'web');
    expect(((web?.['spec'] as Json)['template'] as { spec: { domain: { cpu: { cores: number } } } }).spec.domain.cpu.cores).toBe(3);
    expect(await get('VirtualMachine', 'db')).toBeDefined();
    expect(await get('DataVolume', 'scratch')).toBeDefined();
    await commitAndPush({ 'clusters/lab/web.yaml': vm('web', { cores: 2 }) }, 'back to two again');
    await sync();
  }, 90_000);

  it('a file deleted from git is pruned with orphan propagation; the empty commit prunes nothing', async () => {
    await commitAndPush({ 'clusters/lab/db.yaml': null }, 'retire db');
    const { events } = await sync();
    expect(events.filter((e) => e.reason === 'Pruned').map((e) => e.message)).toEqual([expect.stringMatching(/^VirtualMachine fleet\/db deleted \(propagation Orphan\)/)]);
    await expect.poll(() => get('VirtualMachine', 'db'), { timeout: 20_000 }).toBeUndefined();
    const noChange = await commitAndPush({}, 'an empty commit');
    const quiet = await sync();
    expect(quiet.events.filter((e) => e.reason === 'Pruned' || e.type === 'Warning')).toEqual([]);
    expect(status.lastAppliedRevision).toBe(`main@sha1:${noChange}`);
    await commitAndPush({ 'clusters/lab/namespace.yaml': null, 'clusters/lab/web.yaml': null, 'clusters/lab/scratch.yaml': null, 'clusters/lab/README.md': 'emptied by mistake\n' }, 'oops, every manifest gone');
    const empty = await sync();
    expect(empty.events.filter((e) => e.reason === 'Pruned')).toEqual([]);
    expect(empty.events.filter((e) => e.reason === 'PruneBlocked').length).toBeGreaterThan(0);
    expect(await get('VirtualMachine', 'web')).toBeDefined();
    expect(await get('DataVolume', 'scratch')).toBeDefined();
  }, 60_000);
});
