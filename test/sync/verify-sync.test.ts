// spec.source.verify end to end: commits signed by the real gpg, pushed to a real `git http-backend`
// server, fetched over HTTP by the reconciler (runGitSync, the agent's code path) into an in-memory
// API server. An unsigned or untrusted head is held back; the last verified revision stays applied.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusWriter } from '../../src/kube/status-writer.js';
import type { SyncEvent, SyncStatus } from '../../src/sync/reconcile.js';
import { runGitSync } from '../../src/sync/run-gitsync.js';
import { loadTrustedKeys } from '../../src/sync/source/verify.js';
import { recommendedConfig } from '../helpers/config.js';
import { FakeKube } from '../helpers/fake-kube.js';
import { GitWorkTree, startGitServer, type GitServer } from '../helpers/git-server.js';
import { GPG_PROGRAM, GpgHome, NO_GPG_REASON, type GpgKey } from '../helpers/gpg.js';

const CM = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  value: "${value}"\n`;
const b64 = (text: string) => Buffer.from(text).toString('base64');

/** Records what runGitSync writes to the cluster's status subresource and Events. */
class RecordingWriter {
  status: unknown;
  events: { type: string; reason: string; message: string }[] = [];
  async writeStatus(_target: unknown, status: unknown): Promise<void> {
    this.status = status;
  }
  async event(_involved: unknown, type: string, reason: string, message: string): Promise<void> {
    this.events.push({ type, reason, message });
  }
}

describe.runIf(GPG_PROGRAM)(`GitSync with spec.source.verify over a real git server${GPG_PROGRAM ? '' : ` (skipped: ${NO_GPG_REASON})`}`, () => {
  let gpg: GpgHome;
  let alice: GpgKey;
  let mallory: GpgKey;
  let server: GitServer;
  let work: GitWorkTree;
  const cacheRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-verify-cache-'));
  const lintConfig = recommendedConfig(process.cwd());
  const kube = new FakeKube();
  const writer = new RecordingWriter();
  let status: SyncStatus | undefined;

  const gitsync = (source: Record<string, unknown> = {}) => ({
    apiVersion: 'virtops.io/v1alpha1',
    kind: 'GitSync',
    metadata: { name: 'apps', namespace: 'virtops', generation: 1 },
    spec: { source: { url: server.url('apps.git'), secretRef: { name: 'git-auth' }, verify: { mode: 'head', secretRef: { name: 'gpg-keys' } }, ...source } },
    ...(status ? { status } : {}),
  });
  const sync = async (source?: Record<string, unknown>) => {
    writer.events = [];
    const run = await runGitSync(kube, writer as unknown as StatusWriter, gitsync(source), lintConfig, cacheRoot);
    status = run.status;
    return run;
  };
  const condition = (type: string) => status?.conditions.find((c) => c.type === type);
  const live = () => (kube.objects.get('ConfigMap/apps/settings')?.['data'] as { value?: string } | undefined)?.value;
  const setKeys = (keys: Record<string, string>) => kube.objects.set('Secret/virtops/gpg-keys', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gpg-keys', namespace: 'virtops' }, data: Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, b64(v)])) });
  const push = async (value: string, key?: GpgKey) => {
    work.write({ 'settings.yaml': CM(value) });
    const sha = await work.commit(`settings ${value}`, key ? { sign: gpg.signing(key.fingerprint) } : {});
    await work.push(server.authUrl('apps.git'));
    return sha;
  };
  const writes = () => kube.calls.filter((c) => c.startsWith('apply ') || c.startsWith('delete '));

  beforeAll(async () => {
    gpg = GpgHome.create();
    alice = gpg.generateKey('Alice Admin <alice@example.com>');
    mallory = gpg.generateKey('Mallory <mallory@example.com>');
    server = await startGitServer({ user: 'agent', password: 's3cret' });
    server.createRepo('apps.git');
    work = await GitWorkTree.init(fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-verify-work-')));
    kube.objects.set('Secret/virtops/git-auth', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'git-auth', namespace: 'virtops' }, data: { username: b64('agent'), password: b64('s3cret') } });
    setKeys({ 'alice.asc': gpg.exportPublic(alice.fingerprint) });
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    gpg?.cleanup();
    if (work) fs.rmSync(work.dir, { recursive: true, force: true });
    fs.rmSync(cacheRoot, { recursive: true, force: true });
  });

  it('applies a revision signed by a trusted key and records the signer', async () => {
    const good = await push('1', alice);
    const run = await sync();
    expect(live()).toBe('1');
    expect(run.status.lastAppliedRevision).toBe(`main@sha1:${good}`);
    expect(run.status.verification).toEqual({ revision: `main@sha1:${good}`, mode: 'head', signatures: [expect.objectContaining({ object: 'commit', oid: good, keyId: alice.keyId, fingerprint: alice.fingerprint, signer: 'Alice Admin <alice@example.com>' })] });
    expect(condition('SourceVerified')).toMatchObject({ status: 'True', reason: 'Succeeded', message: `verified (mode head): commit ${good} signed by Alice Admin <alice@example.com> (key ${alice.fingerprint})` });
    expect(condition('Ready')).toMatchObject({ status: 'True' });
    expect(writer.events).toEqual([{ type: 'Normal', reason: 'SignatureVerified', message: `revision main@sha1:${good}: commit ${good} signed by Alice Admin <alice@example.com> (key ${alice.fingerprint})` }]);
    expect((writer.status as SyncStatus).verification?.signatures[0]?.fingerprint).toBe(alice.fingerprint);
    // The same revision again: verified again, but no second Event.
    await sync();
    expect(writer.events).toEqual([]);
    expect(condition('SourceVerified')).toMatchObject({ status: 'True' });
  });

  it('holds back an unsigned head: nothing changes in the cluster and the verified revision stays', async () => {
    const applied = status!.lastAppliedRevision;
    const unsigned = await push('2');
    kube.calls.length = 0;
    const run = await sync();
    expect(writes()).toEqual([]);
    expect(live()).toBe('1');
    expect(run.status.lastAppliedRevision).toBe(applied);
    expect(run.status.lastFetchedRevision).toBe(`main@sha1:${unsigned}`);
    const message = `revision main@sha1:${unsigned} failed signature verification: commit ${unsigned} is not signed; ${applied} stays applied`;
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'Unsigned', message });
    expect(condition('Stalled')).toMatchObject({ status: 'True', reason: 'Unsigned' });
    expect(condition('VerificationFailed')).toMatchObject({ status: 'True', reason: 'Unsigned', message });
    expect(condition('SourceVerified')).toMatchObject({ status: 'False', reason: 'Unsigned', message });
    expect(run.status.history[0]).toMatchObject({ revision: `main@sha1:${unsigned}`, result: 'HeldBack', applied: 0 });
    expect(run.status.verification?.revision).toBe(applied);
    expect(writer.events).toEqual([{ type: 'Warning', reason: 'VerificationFailed', message }]);
  });

  it('holds back a head signed by a key that is not in the Secret, until the key is added', async () => {
    const applied = status!.lastAppliedRevision;
    const byMallory = await push('3', mallory);
    kube.calls.length = 0;
    await sync();
    expect(writes()).toEqual([]);
    expect(live()).toBe('1');
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'UnknownKey', message: `revision main@sha1:${byMallory} failed signature verification: commit ${byMallory} is signed by key ${mallory.keyId}, which is not one of the 1 trusted key in Secret virtops/gpg-keys; ${applied} stays applied` });

    // The Secret is read at every sync: trusting the key (a second data key) lets the revision through.
    setKeys({ 'alice.asc': gpg.exportPublic(alice.fingerprint), 'mallory.asc': gpg.exportPublic(mallory.fingerprint) });
    const run = await sync();
    expect(live()).toBe('3');
    expect(run.status.lastAppliedRevision).toBe(`main@sha1:${byMallory}`);
    expect(run.status.conditions.map((c) => c.type).sort()).toEqual(['Ready', 'SourceVerified']);
    expect(run.status.verification?.signatures[0]).toMatchObject({ signer: 'Mallory <mallory@example.com>' });
  });

  it('a missing or unusable key Secret holds the revision back and says which', async () => {
    const applied = status!.lastAppliedRevision;
    await push('4', alice);
    kube.objects.delete('Secret/virtops/gpg-keys');
    kube.calls.length = 0;
    await sync();
    expect(writes()).toEqual([]);
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'InvalidKeys', message: expect.stringMatching(/: Secret virtops\/gpg-keys \(spec\.source\.verify\.secretRef\) not found; main@sha1:\w+ stays applied$/) });
    setKeys({ 'readme.txt': 'these are our keys' });
    await sync();
    expect(condition('Ready')).toMatchObject({ reason: 'InvalidKeys', message: expect.stringContaining('Secret virtops/gpg-keys: "readme.txt" holds no armored OpenPGP public key') });
    expect(status!.lastAppliedRevision).toBe(applied);
    setKeys({ 'alice.asc': gpg.exportPublic(alice.fingerprint) });
    await sync();
    expect(live()).toBe('4');
  });

  it('mode tag: a signed annotated tag fetched over HTTP is verified, a lightweight one is not', async () => {
    await push('5');
    await work.tag('v5', 'release 5', gpg.signing(alice.fingerprint));
    await work.tag('v5-light');
    await work.push(server.authUrl('apps.git'), { tags: true });
    const run = await sync({ ref: { tag: 'v5' }, verify: { mode: 'tag', secretRef: { name: 'gpg-keys' } } });
    expect(live()).toBe('5');
    expect(run.status.verification).toMatchObject({ mode: 'tag', signatures: [{ object: 'tag', fingerprint: alice.fingerprint }] });
    // tagAndHead: the commit under the tag is unsigned.
    kube.calls.length = 0;
    await sync({ ref: { tag: 'v5' }, verify: { mode: 'tagAndHead', secretRef: { name: 'gpg-keys' } } });
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'Unsigned', message: expect.stringMatching(/: commit [0-9a-f]{40} is not signed;/) });
    await sync({ ref: { tag: 'v5-light' }, verify: { mode: 'tag', secretRef: { name: 'gpg-keys' } } });
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'Unsigned', message: expect.stringContaining('tag v5-light is a lightweight tag') });
    expect(writes()).toEqual([]);
  });

  it('without spec.source.verify nothing is checked and the verification status goes away', async () => {
    await push('6');
    const run = await sync({ verify: undefined });
    expect(live()).toBe('6');
    expect(run.status.verification).toBeUndefined();
    expect(run.status.conditions.map((c) => c.type)).toEqual(['Ready']);
  });

  it('`virtops sync --verify-keys`: keys given to runGitSync replace the Secret', async () => {
    const byMallory = await push('7', mallory);
    const trustedKeys = await loadTrustedKeys([{ name: 'alice.asc', armored: gpg.exportPublic(alice.fingerprint) }], '--verify-keys alice.asc');
    writer.events = [];
    const run = await runGitSync(kube, writer as unknown as StatusWriter, gitsync({ verify: undefined }), lintConfig, cacheRoot, undefined, { trustedKeys });
    status = run.status;
    expect(live()).toBe('6');
    expect(condition('Ready')).toMatchObject({ status: 'False', reason: 'UnknownKey', message: expect.stringContaining(`commit ${byMallory} is signed by key ${mallory.keyId}, which is not one of the 1 trusted key in --verify-keys alice.asc`) });
    const events: SyncEvent[] = run.events;
    expect(events.map((e) => e.reason)).toEqual(['VerificationFailed']);
  });
});
