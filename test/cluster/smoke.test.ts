// Smoke test of the end-to-end test ground: a real kube-apiserver + etcd + kube-controller-manager
// with the generated KubeVirt/CDI CRDs (test/cluster), and a real git HTTP server
// (test/helpers/git-server.ts) read by isomorphic-git.
//
// The cluster part needs the binaries from test/cluster/build.sh (.ci/run builds them). Without them
// it is skipped, unless VIRTOPS_REQUIRE_CLUSTER=1, which turns the skip into a failure (CI sets it).

import fs from 'node:fs';
import http from 'isomorphic-git/http/node';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  ApiException,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type KubernetesObject,
} from '@kubernetes/client-node';
import git from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';

import { GitWorkTree, startGitServer, type GitServer } from '../helpers/git-server.js';
import { findClusterBinDir, startCluster, type Cluster } from './cluster.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CRDS = path.join(repoRoot, 'deploy', 'crds', 'kubevirt-test-crds.yaml');
const VM_FIXTURE = path.join(repoRoot, 'fixtures', 'valid', 'vm-fedora-datavolume.yaml');

const binDir = await findClusterBinDir();
const requireCluster = process.env.VIRTOPS_REQUIRE_CLUSTER === '1';
const SKIP_REASON =
  'SKIPPED: cluster binaries not built (run `bash test/cluster/build.sh`, or set VIRTOPS_CLUSTER_BIN)';
if (!binDir && !requireCluster) console.warn(`test/cluster/smoke.test.ts: ${SKIP_REASON}`);

type Obj = KubernetesObject & { spec?: Record<string, unknown>; status?: Record<string, unknown> };

/** A reference to a VirtualMachine in namespace web. */
function ref(name: string) {
  return { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { name, namespace: 'web' } };
}

function loadVm(): Obj {
  return YAML.parse(fs.readFileSync(VM_FIXTURE, 'utf8')) as Obj;
}

/** The HTTP status of a client-node error (ApiException), or undefined. */
function statusOf(err: unknown): number | undefined {
  return err instanceof ApiException ? err.code : undefined;
}

async function eventually<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.runIf(binDir || requireCluster)('real cluster: kube-apiserver + etcd + kube-controller-manager', () => {
  let cluster: Cluster;
  let api: KubernetesObjectApi;
  let core: CoreV1Api;

  beforeAll(async () => {
    if (!binDir) throw new Error(`VIRTOPS_REQUIRE_CLUSTER=1 but ${SKIP_REASON}`);
    cluster = await startCluster({ binDir });
    const kc = new KubeConfig();
    kc.loadFromString(cluster.adminKubeconfig);
    api = KubernetesObjectApi.makeApiClient(kc);
    core = kc.makeApiClient(CoreV1Api);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);

  it('serves the generated KubeVirt/CDI CRDs (kubectl server-side apply, Established)', async () => {
    const applied = await cluster.kubectl(['apply', '--server-side', '--field-manager=virtops-tests', '-f', CRDS]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const wait = await cluster.kubectl([
      'wait', '--for=condition=Established', 'crd', '-l', 'virtops.io/test-crd=true', '--timeout=60s',
    ]);
    expect(wait.code, wait.stderr).toBe(0);
    const count = fs.readFileSync(CRDS, 'utf8').match(/^kind: CustomResourceDefinition$/gm)?.length ?? 0;
    expect(wait.stdout.trim().split('\n')).toHaveLength(count);

    const version = await cluster.kubectl(['version', '-o', 'json']);
    expect(JSON.parse(version.stdout).serverVersion.gitVersion).toBe('v1.37.2');
    const names = await cluster.kubectl(['api-resources', '--api-group=kubevirt.io', '-o', 'name']);
    expect(names.stdout).toContain('virtualmachines.kubevirt.io');
    const cdi = await cluster.kubectl(['get', 'dv', '-A']); // short name from the CRD
    expect(cdi.code, cdi.stderr).toBe(0);

    // The garbage collector only learns of CRDs made after it started at its next discovery resync
    // (up to ~30 s); a restart makes it handle them at once. (startCluster({ crdFiles }) avoids this.)
    await cluster.restartControllerManager();
  }, 120_000);

  it('server-side applies a VirtualMachine with field manager virtops; a re-apply is a no-op', async () => {
    await core.createNamespace({ body: { metadata: { name: 'web' } } });
    const vm = loadVm();
    const created = await api.patch(vm, undefined, undefined, 'virtops', true, PatchStrategy.ServerSideApply);
    expect(created.metadata?.uid).toBeTruthy();
    expect(created.metadata?.managedFields?.map((f) => [f.manager, f.operation])).toEqual([['virtops', 'Apply']]);

    const again = await api.patch(loadVm(), undefined, undefined, 'virtops', true, PatchStrategy.ServerSideApply);
    expect(again.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    expect(again.metadata?.generation).toBe(1);
  });

  it('rejects unknown fields and a missing spec.template like a real cluster', async () => {
    const bad = loadVm();
    (bad.spec as { bogusField?: boolean }).bogusField = true;
    const err1 = await api.patch(bad, undefined, undefined, 'virtops', true, PatchStrategy.ServerSideApply).catch((e) => e);
    expect(statusOf(err1)).toBeGreaterThanOrEqual(400);
    expect(String((err1 as ApiException<unknown>).body)).toMatch(/bogusField/);

    const noTemplate = loadVm();
    noTemplate.metadata = { ...noTemplate.metadata, name: 'no-template' };
    delete noTemplate.spec?.template;
    const err2 = await api.patch(noTemplate, undefined, undefined, 'virtops', true, PatchStrategy.ServerSideApply)
      .catch((e) => e);
    expect(statusOf(err2)).toBe(422);
    expect(String((err2 as ApiException<unknown>).body)).toMatch(/spec\.template/);
  });

  it('dry-run apply returns the change without storing it', async () => {
    const vm = loadVm();
    vm.metadata = { ...vm.metadata, labels: { ...vm.metadata?.labels, tier: 'frontend' } };
    const before = await api.read(ref('fedora-web-01'));
    const dry = await api.patch(vm, undefined, 'All', 'virtops', true, PatchStrategy.ServerSideApply);
    expect(dry.metadata?.labels?.tier).toBe('frontend');
    const stored = await api.read(ref('fedora-web-01'));
    expect(stored.metadata?.labels?.tier).toBeUndefined();
    expect(stored.metadata?.resourceVersion).toBe(before.metadata?.resourceVersion);
  });

  it('denies the least-privilege user (403 Forbidden)', async () => {
    const kc = new KubeConfig();
    kc.loadFromString(cluster.limitedUserKubeconfig);
    const limited = KubernetesObjectApi.makeApiClient(kc);
    const err = await limited
      .read(ref('fedora-web-01'))
      .catch((e) => e);
    expect(statusOf(err)).toBe(403);
    expect(JSON.parse(String((err as ApiException<unknown>).body)).reason).toBe('Forbidden');
    const can = await cluster.kubectl(['auth', 'can-i', 'patch', 'virtualmachines.kubevirt.io', '-n', 'web',
      `--as=${cluster.limitedUser}`]);
    expect(can.stdout.trim()).toBe('no');
  });

  it('orphan-deletes a VirtualMachine: the garbage collector keeps its dependents', async () => {
    const vm = loadVm();
    vm.metadata = { name: 'orphan-demo', namespace: 'web' };
    const owner = await api.patch(vm, undefined, undefined, 'virtops', true, PatchStrategy.ServerSideApply);
    await core.createNamespacedConfigMap({
      namespace: 'web',
      body: {
        metadata: {
          name: 'orphan-demo-data',
          ownerReferences: [
            { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', name: 'orphan-demo', uid: owner.metadata!.uid! },
          ],
        },
        data: { a: 'b' },
      },
    });
    await api.delete(owner, undefined, undefined, undefined, undefined, 'Orphan');
    const started = Date.now();
    await eventually('the VM to be gone', 90_000, async () => {
      const err = await api.read(ref('orphan-demo')).then(() => undefined, (e) => e);
      return statusOf(err) === 404 ? true : undefined;
    });
    console.log(`orphan delete finished in ${Date.now() - started} ms`);
    const cm = await core.readNamespacedConfigMap({ name: 'orphan-demo-data', namespace: 'web' });
    expect(cm.metadata?.ownerReferences ?? []).toEqual([]);
  }, 120_000);

  it('restarts the API server on the same port and etcd, and reads the VM back', async () => {
    const before = await api.read(ref('fedora-web-01'));
    const started = Date.now();
    await cluster.restartApiServer();
    console.log(`kube-apiserver restarted in ${Date.now() - started} ms`);
    const after = await eventually('the VM to be served again', 30_000, () =>
      api.read<Obj>(ref('fedora-web-01')).catch(() => undefined),
    );
    expect(after.metadata?.uid).toBe(before.metadata?.uid);
    expect(after.metadata?.resourceVersion).toBe(before.metadata?.resourceVersion);
    expect((after.spec as { runStrategy?: string }).runStrategy).toBe('RerunOnFailure');
  }, 120_000);
});

if (!binDir && !requireCluster) {
  describe(`real cluster (${SKIP_REASON})`, () => {
    it.skip('needs the cluster binaries', () => undefined);
  });
}

describe('git HTTP server (git http-backend) with isomorphic-git', () => {
  let server: GitServer;
  let tmp: string;

  beforeAll(async () => {
    server = await startGitServer({ user: 'virtops', password: 'correct horse' });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-git-smoke-'));
  });

  afterAll(async () => {
    await server?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('pushes with the git CLI and clones shallow with isomorphic-git over HTTP with auth', async () => {
    server.createRepo('fleet.git');
    const wt = await GitWorkTree.init(path.join(tmp, 'work'));
    wt.write({ 'vms/fedora.yaml': fs.readFileSync(VM_FIXTURE, 'utf8') });
    const first = await wt.commit('add fedora-web-01');
    wt.write({ 'README.md': '# fleet\n' });
    const second = await wt.commit('add a README');
    expect(second).not.toBe(first);
    await wt.push(server.authUrl('fleet.git'));

    // Deterministic: the same writes and commits in another work tree give the same SHAs.
    const twin = await GitWorkTree.init(path.join(tmp, 'twin'));
    twin.write({ 'vms/fedora.yaml': fs.readFileSync(VM_FIXTURE, 'utf8') });
    expect(await twin.commit('add fedora-web-01')).toBe(first);

    const dir = path.join(tmp, 'clone');
    await git.clone({
      fs,
      http,
      dir,
      url: server.url('fleet.git'),
      ref: 'main',
      singleBranch: true,
      depth: 1,
      onAuth: () => ({ username: 'virtops', password: 'correct horse' }),
    });
    expect(await git.resolveRef({ fs, dir, ref: 'HEAD' })).toBe(second);
    expect(fs.readFileSync(path.join(dir, 'vms', 'fedora.yaml'), 'utf8')).toContain('fedora-web-01');
    const log = await git.log({ fs, dir });
    expect(log.map((c) => c.oid)).toEqual([second]); // depth 1
    expect(server.requests.some((r) => r.status === 401)).toBe(true); // challenged first, then authenticated
    expect(server.requests.some((r) => r.url.endsWith('/git-upload-pack') && r.status === 200)).toBe(true);
  });

  it('a wrong password is an HttpError (401)', async () => {
    server.createRepo('private.git');
    const err = await git
      .clone({
        fs,
        http,
        dir: path.join(tmp, 'denied'),
        url: server.url('private.git'),
        depth: 1,
        onAuth: () => ({ username: 'virtops', password: 'wrong' }),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(git.Errors.HttpError);
    expect((err as InstanceType<typeof git.Errors.HttpError>).data.statusCode).toBe(401);
  });
});
