// `virtops sync --gitsync ns/name` against a real API server and git server: reads the GitSync and its
// Secret, reconciles, writes the status subresource and Events; `kubectl get gitsync` shows them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHmac } from 'node:crypto';
import { Agent } from '../../src/agent/agent.js';
import { ApiLeaseStore, LeaderElector } from '../../src/agent/lease.js';
import { StatusWriter } from '../../src/kube/status-writer.js';
import { recommendedConfig } from '../helpers/config.js';
import { ApiServerClient, loadKubeConfig } from '../../src/kube/client.js';
import { GitWorkTree, startGitServer, type GitServer } from '../helpers/git-server.js';
import { findClusterBinDir, startCluster, type Cluster } from './cluster.js';
import { runCli } from '../helpers/cli.js';
import { GPG_PROGRAM, GpgHome } from '../helpers/gpg.js';
import { smallVmYaml } from '../helpers/manifests.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const binDir = await findClusterBinDir();
const requireCluster = process.env.VIRTOPS_REQUIRE_CLUSTER === '1';

const VM = smallVmYaml({ name: 'web', namespace: 'apps', runStrategy: 'Halted' });

describe.runIf(binDir || requireCluster)('virtops sync --gitsync (real API server and git server)', () => {
  let cluster: Cluster;
  let git: GitServer;
  let kubeconfig: string;
  let work: GitWorkTree;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-sync-cache-'));

  const run = (args: string[]) => runCli(args, { cwd: repoRoot });

  beforeAll(async () => {
    if (!binDir) throw new Error('VIRTOPS_REQUIRE_CLUSTER=1 but the cluster binaries are not built (bash test/cluster/build.sh)');
    cluster = await startCluster({ binDir, crdFiles: [path.join(repoRoot, 'deploy', 'crds', 'kubevirt-test-crds.yaml'), path.join(repoRoot, 'deploy', 'gitsync-crd.yaml')] });
    kubeconfig = path.join(cluster.workDir, 'admin.kubeconfig');
    fs.writeFileSync(kubeconfig, cluster.adminKubeconfig);
    git = await startGitServer({ user: 'agent', password: 's3cret' });
    git.createRepo('apps.git');
    work = await GitWorkTree.init(fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-sync-work-')));
    work.write({ 'apps/namespace.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n', 'apps/web.yaml': VM });
    await work.commit('apps');
    await work.push(git.authUrl('apps.git'));
    const manifests = `apiVersion: v1
kind: Namespace
metadata:
  name: virtops
---
apiVersion: v1
kind: Secret
metadata:
  name: git-auth
  namespace: virtops
stringData:
  username: agent
  password: s3cret
---
apiVersion: virtops.io/v1alpha1
kind: GitSync
metadata:
  name: apps
  namespace: virtops
spec:
  source:
    url: ${git.url('apps.git')}
    path: apps
    secretRef:
      name: git-auth
`;
    const applied = await cluster.kubectl(['apply', '-f', '-'], { input: manifests });
    expect(applied.code, applied.stderr).toBe(0);
  }, 240_000);

  afterAll(async () => {
    await git?.stop();
    await cluster?.stop();
  }, 60_000);

  it('reconciles, writes the status and Events, and kubectl get gitsync shows them', async () => {
    const first = await run(['sync', '--gitsync', 'virtops/apps', '--kubeconfig', kubeconfig, '--cache-dir', cacheDir]);
    expect(first.err).toBe('');
    // No virt-controller yet: the VM has no status, so the sync is applied but still progressing.
    expect(first.out).toMatch(/^GitSync virtops\/apps: Ready=Unknown Progressing: 1 object\(s\) still progressing/);
    expect(first.code).toBe(0);

    // A simulated virt-controller reports the halted VM as Stopped: now the sync is Ready.
    const simulated = await cluster.kubectl(['patch', 'vm', '-n', 'apps', 'web', '--subresource=status', '--type=merge', '-p', '{"status":{"printableStatus":"Stopped","observedGeneration":1,"conditions":[{"type":"Ready","status":"False","reason":"VMINotExists"}]}}']);
    expect(simulated.code, simulated.stderr).toBe(0);
    const result = await run(['sync', '--gitsync', 'virtops/apps', '--kubeconfig', kubeconfig, '--cache-dir', cacheDir]);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/^GitSync virtops\/apps: Ready=True Succeeded: applied revision main@sha1:[0-9a-f]{40}/);
    expect(result.code).toBe(0);

    const got = await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'apps', '-o', 'json']);
    const status = JSON.parse(got.stdout).status;
    expect(status.lastAppliedRevision).toMatch(/^main@sha1:/);
    expect(status.inventory.map((e: { kind: string; name: string }) => `${e.kind}/${e.name}`).sort()).toEqual(['Namespace/apps', 'VirtualMachine/web']);
    expect(status.conditions.find((c: { type: string }) => c.type === 'Ready')).toMatchObject({ status: 'True' });

    const table = await cluster.kubectl(['get', 'gitsync', '-n', 'virtops']);
    expect(table.stdout.split('\n')[0]).toMatch(/^NAME\s+READY\s+STATUS\s+REVISION\s+VMS\s+AGE/);
    expect(table.stdout.split('\n')[1]).toMatch(/^apps\s+True\s+applied revision main@sha1:\w+\s+main@sha1:\w+\s+1\/1/);
  }, 60_000);

  it('a lint-failing commit is held back and recorded as a Warning Event on the GitSync', async () => {
    work.write({ 'apps/web.yaml': VM.replace('bus: virtio', 'bus: virtio\n              bootorder: 1') });
    await work.commit('typo');
    await work.push(git.authUrl('apps.git'));
    const held = await run(['sync', '--gitsync', 'virtops/apps', '--kubeconfig', kubeconfig, '--cache-dir', cacheDir]);
    expect(held.code).toBe(1);
    expect(held.out).toMatch(/Ready=False LintErrors: revision main@sha1:\w+ has 1 lint error .*apps\/web\.yaml|Ready=False LintErrors: revision main@sha1:\w+ has 1 lint error \(first: web\.yaml/);
    const events = await cluster.kubectl(['get', 'events', '-n', 'virtops', '-o', 'json']);
    const lintEvents = JSON.parse(events.stdout).items.filter((e: { reason: string }) => e.reason === 'LintFailed');
    expect(lintEvents).toHaveLength(1);
    expect(lintEvents[0]).toMatchObject({ type: 'Warning', involvedObject: { kind: 'GitSync', name: 'apps', namespace: 'virtops' } });

    const vm = await cluster.kubectl(['get', 'vm', '-n', 'apps', 'web', '-o', 'jsonpath={.metadata.annotations.virtops\\.io/owner}']);
    expect(vm.stdout).toBe('virtops/apps');
  }, 60_000);

  it('two agents with one Lease: exactly one leads; release hands over; an expired Lease is taken over', async () => {
    const store = new ApiLeaseStore(loadKubeConfig(kubeconfig));
    const options = { namespace: 'virtops', name: 'virtops-agent', durationSeconds: 15 };
    const a = new LeaderElector(store, { ...options, identity: 'agent-a' });
    const b = new LeaderElector(store, { ...options, identity: 'agent-b' });
    const first = await Promise.all([a.tryAcquireOrRenew(), b.tryAcquireOrRenew()]);
    expect(first.filter(Boolean)).toHaveLength(1);
    const [leader, follower] = first[0] ? [a, b] : [b, a];
    for (let round = 0; round < 3; round++) {
      const both = await Promise.all([leader.tryAcquireOrRenew(), follower.tryAcquireOrRenew()]);
      expect(both).toEqual([true, false]);
    }
    await leader.release();
    expect(await follower.tryAcquireOrRenew()).toBe(true);
    expect(await leader.tryAcquireOrRenew()).toBe(false);
    // The follower-now-leader stops renewing (crash): after the lease duration the other takes over.
    const later = new LeaderElector(store, { ...options, identity: first[0] ? 'agent-a' : 'agent-b', now: () => new Date(Date.now() + 20_000) });
    expect(await later.tryAcquireOrRenew()).toBe(true);
    const lease = JSON.parse((await cluster.kubectl(['get', 'lease', '-n', 'virtops', 'virtops-agent', '-o', 'json'])).stdout);
    expect(lease.spec.leaseTransitions).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('the agent reconciles on its own, refreshes on a signed push webhook, serves health and metrics, and stops cleanly', async () => {
    const config = loadKubeConfig(kubeconfig);
    const logs: Record<string, unknown>[] = [];
    const agent = new Agent(
      { kube: new ApiServerClient(config), writer: new StatusWriter(config), elector: new LeaderElector(new ApiLeaseStore(config), { namespace: 'virtops', name: 'agent-e2e', identity: 'agent-e2e-1', durationSeconds: 15 }) },
      { namespace: 'virtops', port: 0, cacheDir, lintConfig: recommendedConfig(repoRoot), tickMs: 200, webhookSecret: 'hook-secret', identity: 'agent-e2e-1', log: (entry) => logs.push(entry) },
    );
    // Fix the typo from the previous test before the agent starts: it applies it without being asked.
    work.write({ 'apps/web.yaml': VM });
    const fixed = await work.commit('fix');
    await work.push(git.authUrl('apps.git'));
    const port = await agent.start();
    try {
      const revision = async () => JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'apps', '-o', 'json'])).stdout).status.lastAppliedRevision as string;
      await expect.poll(revision, { timeout: 20_000, interval: 250 }).toBe(`main@sha1:${fixed}`);
      expect(agent.isLeader()).toBe(true);

      const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`).then(async (r) => ({ status: r.status, text: await r.text() }));
      expect(await get('/healthz')).toEqual({ status: 200, text: 'ok\n' });
      expect((await get('/readyz')).status).toBe(200);
      const metrics = await get('/metrics');
      expect(metrics.text).toMatch(/virtops_sync_duration_seconds_count\{gitsync="virtops\/apps",result="success"\} [1-9]/);
      expect(metrics.text).toMatch(/virtops_vm_health\{gitsync="virtops\/apps",status="Healthy"\} 1/);

      // A push: unsigned is refused; signed triggers a refresh ahead of the 5m interval.
      work.write({ 'apps/extra.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra\n  namespace: apps\ndata: {}\n' });
      const pushed = await work.commit('extra');
      await work.push(git.authUrl('apps.git'));
      const body = JSON.stringify({ ref: 'refs/heads/main' });
      const unsigned = await fetch(`http://127.0.0.1:${port}/webhook`, { method: 'POST', body, headers: { 'x-github-event': 'push' } });
      expect(unsigned.status).toBe(401);
      const signature = `sha256=${createHmac('sha256', 'hook-secret').update(body).digest('hex')}`;
      const signed = await fetch(`http://127.0.0.1:${port}/webhook`, { method: 'POST', body, headers: { 'x-github-event': 'push', 'x-hub-signature-256': signature } });
      expect(signed.status).toBe(202);
      await expect.poll(revision, { timeout: 20_000, interval: 250 }).toBe(`main@sha1:${pushed}`);
      expect(logs.some((l) => l['msg'] === 'webhook accepted')).toBe(true);
    } finally {
      await agent.stop();
    }
    const lease = JSON.parse((await cluster.kubectl(['get', 'lease', '-n', 'virtops', 'agent-e2e', '-o', 'json'])).stdout);
    expect(lease.spec.holderIdentity).toBeUndefined();
  }, 90_000);

  it('two agents with one Lease: only one of them applies', async () => {
    const config = loadKubeConfig(kubeconfig);
    const logs = new Map<string, Record<string, unknown>[]>([['a', []], ['b', []]]);
    const agents = ['a', 'b'].map((id) => new Agent(
      { kube: new ApiServerClient(config), writer: new StatusWriter(config), elector: new LeaderElector(new ApiLeaseStore(config), { namespace: 'virtops', name: 'agent-pair', identity: `agent-${id}`, durationSeconds: 15 }) },
      { namespace: 'virtops', port: 0, cacheDir: path.join(cacheDir, id), lintConfig: recommendedConfig(repoRoot), tickMs: 100, identity: `agent-${id}`, log: (entry) => logs.get(id)!.push(entry) },
    ));
    // Pushed before the agents start: their first sync (due at once) must apply it.
    work.write({ 'apps/pair.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pair\n  namespace: apps\ndata: {}\n' });
    const sha = await work.commit('pair');
    await work.push(git.authUrl('apps.git'));
    await Promise.all(agents.map((agent) => agent.start()));
    try {
      const revision = async () => JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'apps', '-o', 'json'])).stdout).status.lastAppliedRevision as string;
      await expect.poll(revision, { timeout: 20_000, interval: 250 }).toBe(`main@sha1:${sha}`);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // both agents have had many ticks
      const syncs = ['a', 'b'].map((id) => logs.get(id)!.filter((l) => l['msg'] === 'sync finished').length);
      expect(syncs.filter((n) => n > 0)).toHaveLength(1);
      expect(agents.filter((agent) => agent.isLeader())).toHaveLength(1);
    } finally {
      await Promise.all(agents.map((agent) => agent.stop()));
    }
  }, 60_000);

  it('an idle agent polls without writing: the GitSync status and the objects stay untouched', async () => {
    const patch = async (interval: string | null) => {
      const patched = await cluster.kubectl(['patch', 'gitsync', '-n', 'virtops', 'apps', '--type=merge', '-p', JSON.stringify({ spec: { interval } })]);
      expect(patched.code, patched.stderr).toBe(0);
    };
    await patch('1s');
    const config = loadKubeConfig(kubeconfig);
    const logs: Record<string, unknown>[] = [];
    const agent = new Agent(
      { kube: new ApiServerClient(config), writer: new StatusWriter(config), elector: new LeaderElector(new ApiLeaseStore(config), { namespace: 'virtops', name: 'agent-idle', identity: 'agent-idle', durationSeconds: 15 }) },
      { namespace: 'virtops', port: 0, cacheDir: path.join(cacheDir, 'idle'), lintConfig: recommendedConfig(repoRoot), tickMs: 100, jitter: 0, identity: 'agent-idle', log: (entry) => logs.push(entry) },
    );
    const syncs = () => logs.filter((l) => l['msg'] === 'sync finished');
    const resourceVersions = async () => {
      const gitsync = JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'apps', '-o', 'json'])).stdout);
      const objects = JSON.parse((await cluster.kubectl(['get', 'configmaps,vm', '-n', 'apps', '-o', 'json'])).stdout);
      return { gitsync: gitsync.metadata.resourceVersion as string, objects: (objects.items as { metadata: { name: string; resourceVersion: string } }[]).map((o) => `${o.metadata.name}@${o.metadata.resourceVersion}`).sort() };
    };
    await agent.start();
    try {
      await expect.poll(() => syncs().length, { timeout: 30_000, interval: 200 }).toBeGreaterThanOrEqual(3);
      const before = await resourceVersions();
      const seen = syncs().length;
      await expect.poll(() => syncs().length, { timeout: 30_000, interval: 200 }).toBeGreaterThanOrEqual(seen + 2);
      expect(await resourceVersions()).toEqual(before);
      expect(syncs().slice(seen).map((l) => [l['ready'], l['statusWritten']])).toEqual(syncs().slice(seen).map(() => ['True', false]));
    } finally {
      await agent.stop();
      await patch(null);
    }
  }, 90_000);

  it('the RBAC in deploy/agent.yaml is enough for a sync, and no more than it needs', async () => {
    const applied = await cluster.kubectl(['apply', '-f', path.join(repoRoot, 'deploy', 'agent.yaml')]);
    expect(applied.code, applied.stderr).toBe(0);
    // Bind the same roles to the test's unprivileged user, which stands in for the ServiceAccount.
    const user = cluster.limitedUser;
    const bind = await cluster.kubectl(['apply', '-f', '-'], {
      input: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: e2e-agent, namespace: virtops}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: virtops-agent}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: ${user}}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: e2e-manager}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: virtops-manager}
subjects: [{apiGroup: rbac.authorization.k8s.io, kind: User, name: ${user}}]
`,
    });
    expect(bind.code, bind.stderr).toBe(0);
    const result = await run(['sync', '--gitsync', 'virtops/apps', '--kubeconfig', cluster.limitedUserKubeconfigPath, '--cache-dir', cacheDir]);
    expect(result.err).toBe('');
    expect(result.out).toMatch(/Ready=True/);
    for (const [verb, resource, namespace] of [['create', 'pods', 'apps'], ['delete', 'nodes', ''], ['update', 'gitsyncs', 'virtops'], ['create', 'clusterrolebindings', '']] as const) {
      const can = await cluster.kubectl(['auth', 'can-i', verb, resource, ...(namespace ? ['-n', namespace] : []), '--as', user]);
      expect(can.stdout.trim(), `${verb} ${resource}`).toBe('no');
    }
  }, 60_000);

  it('a missing GitSync and a bad flag exit 2 with a message', async () => {
    expect(await run(['sync', '--gitsync', 'virtops/nope', '--kubeconfig', kubeconfig])).toMatchObject({ code: 2, err: expect.stringMatching(/GitSync virtops\/nope not found/) });
    expect(await run(['sync', '--gitsync', 'nonsense'])).toMatchObject({ code: 2, err: expect.stringMatching(/--gitsync <namespace>\/<name>/) });
  });

  // After the RBAC test: runs as the user bound to deploy/agent.yaml's roles, which must reach the key Secret.
  it.runIf(GPG_PROGRAM)('spec.source.verify: a signed head is applied, an unsigned one held back (gpg-signed commits)', async () => {
    const gpg = GpgHome.create();
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-signed-work-'));
    try {
      const alice = gpg.generateKey('Alice Admin <alice@example.com>');
      git.createRepo('signed.git');
      const signed = await GitWorkTree.init(workDir);
      const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: signed\n  namespace: virtops\ndata:\n  value: "${value}"\n`;
      signed.write({ 'cm.yaml': cm('1') });
      const good = await signed.commit('signed', { sign: gpg.signing(alice.fingerprint) });
      await signed.push(git.authUrl('signed.git'));
      const keys = gpg.exportPublic(alice.fingerprint).replace(/\n/g, '\n    ');
      const applied = await cluster.kubectl(['apply', '-f', '-'], {
        input: `apiVersion: v1\nkind: Secret\nmetadata: {name: gpg-keys, namespace: virtops}\nstringData:\n  alice.asc: |\n    ${keys}\n---\napiVersion: virtops.io/v1alpha1\nkind: GitSync\nmetadata: {name: signed, namespace: virtops}\nspec:\n  source:\n    url: ${git.url('signed.git')}\n    secretRef: {name: git-auth}\n    verify: {secretRef: {name: gpg-keys}}\n`,
      });
      expect(applied.code, applied.stderr).toBe(0);
      const sync = () => run(['sync', '--gitsync', 'virtops/signed', '--kubeconfig', cluster.limitedUserKubeconfigPath, '--cache-dir', cacheDir]);
      expect(await sync()).toMatchObject({ code: 0, err: '', out: expect.stringContaining(`event  SignatureVerified: revision main@sha1:${good}: commit ${good} signed by Alice Admin <alice@example.com>`) });
      const object = JSON.parse((await cluster.kubectl(['get', 'gitsync', '-n', 'virtops', 'signed', '-o', 'json'])).stdout);
      expect(object.spec.source.verify.mode).toBe('head'); // the CRD's default
      expect(object.status.verification).toMatchObject({ revision: `main@sha1:${good}`, signatures: [{ fingerprint: alice.fingerprint }] });

      signed.write({ 'cm.yaml': cm('2') });
      const unsigned = await signed.commit('unsigned');
      await signed.push(git.authUrl('signed.git'));
      const held = await sync();
      expect(held).toMatchObject({ code: 1, out: expect.stringContaining(`Ready=False Unsigned: revision main@sha1:${unsigned} failed signature verification: commit ${unsigned} is not signed; main@sha1:${good} stays applied`) });
      expect((await cluster.kubectl(['get', 'configmap', '-n', 'virtops', 'signed', '-o', 'jsonpath={.data.value}'])).stdout).toBe('1');
      const events = JSON.parse((await cluster.kubectl(['get', 'events', '-n', 'virtops', '-o', 'json'])).stdout).items;
      expect(events.filter((e: { reason: string; involvedObject: { name: string } }) => e.reason === 'VerificationFailed' && e.involvedObject.name === 'signed')).toHaveLength(1);
    } finally {
      gpg.cleanup();
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }, 60_000);
});
