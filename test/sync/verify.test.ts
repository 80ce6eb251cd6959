// OpenPGP verification of commits and tags, against commits signed by the real gpg (throwaway keys
// in a temporary GNUPGHOME) and read from the object store the way the reconciler reads them.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import git from 'isomorphic-git';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitSyncError, readGitSync, verificationKeysFromSecret } from '../../src/sync/gitsync.js';
import { STALLING_REASONS } from '../../src/sync/status/conditions.js';
import { loadTrustedKeys, splitSignedObject, VERIFICATION_FAILURE_REASONS, VerificationKeysError, verifyRevision, verifySignedObject, type TrustedKeys } from '../../src/sync/source/verify.js';
import { gitCli, GitWorkTree, TEST_AUTHOR } from '../helpers/git-server.js';
import { runCli } from '../helpers/cli.js';
import { GPG_PROGRAM, GpgHome, NO_GPG_REASON, type GpgKey } from '../helpers/gpg.js';

const CM = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: apps\ndata:\n  value: "${value}"\n`;
const IDENTITY = { GIT_AUTHOR_NAME: TEST_AUTHOR.name, GIT_AUTHOR_EMAIL: TEST_AUTHOR.email, GIT_COMMITTER_NAME: TEST_AUTHOR.name, GIT_COMMITTER_EMAIL: TEST_AUTHOR.email };

async function rawObject(gitdir: string, oid: string): Promise<Uint8Array> {
  return (await git.readObject({ fs, gitdir, oid, format: 'content' })).object as Uint8Array;
}

/** Writes a commit object as given (no checks of the signature): how an attacker would forge one. */
async function writeCommit(dir: string, content: Uint8Array | string): Promise<string> {
  const file = path.join(dir, '.git', 'forged-commit');
  fs.writeFileSync(file, content);
  return (await gitCli(['hash-object', '-t', 'commit', '-w', file], { cwd: dir })).trim();
}

describe.runIf(GPG_PROGRAM)(`OpenPGP verification of commits and tags${GPG_PROGRAM ? '' : ` (skipped: ${NO_GPG_REASON})`}`, () => {
  let gpg: GpgHome;
  let alice: GpgKey;
  let bob: GpgKey;
  let aliceOnly: TrustedKeys;
  let work: GitWorkTree;
  let gitdir: string;
  let signed: string;
  let unsigned: string;
  let byBob: string;

  beforeAll(async () => {
    gpg = GpgHome.create();
    alice = gpg.generateKey('Alice Admin <alice@example.com>');
    bob = gpg.generateKey('Bob Builder <bob@example.com>', { algo: 'rsa2048' });
    aliceOnly = await loadTrustedKeys([{ name: 'alice.asc', armored: gpg.exportPublic(alice.fingerprint) }], 'Secret apps/gpg-keys');
    work = await GitWorkTree.init(fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-verify-')));
    gitdir = path.join(work.dir, '.git');
    work.write({ 'settings.yaml': CM('1') });
    signed = await work.commit('signed by alice', { sign: gpg.signing(alice.fingerprint) });
    work.write({ 'settings.yaml': CM('2') });
    unsigned = await work.commit('not signed');
    work.write({ 'settings.yaml': CM('3') });
    byBob = await work.commit('signed by bob', { sign: gpg.signing(bob.fingerprint) });
  }, 60_000);

  afterAll(() => {
    gpg?.cleanup();
    if (work) fs.rmSync(work.dir, { recursive: true, force: true });
  });

  it('accepts a commit signed by a trusted key and names the signer', async () => {
    const result = await verifyRevision({ gitdir, commit: signed, mode: 'head', trusted: aliceOnly });
    expect(result).toMatchObject({ verified: true, mode: 'head', signatures: [{ object: 'commit', oid: signed, keyId: alice.keyId, fingerprint: alice.fingerprint, signer: 'Alice Admin <alice@example.com>' }] });
    expect(result.verified && result.signatures[0]?.signedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('rebuilds the signed payload byte for byte as git does: gpg itself accepts it', async () => {
    const { payload, signature } = splitSignedObject(await rawObject(gitdir, signed), 'commit');
    expect(signature).toMatch(/^-----BEGIN PGP SIGNATURE-----\n\n[\s\S]+-----END PGP SIGNATURE-----\n$/);
    expect(Buffer.from(payload).toString('utf8')).not.toMatch(/gpgsig|PGP SIGNATURE/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-payload-'));
    fs.writeFileSync(path.join(dir, 'payload'), payload);
    fs.writeFileSync(path.join(dir, 'payload.asc'), signature!);
    expect(() => gpg.gpg(['--verify', path.join(dir, 'payload.asc'), path.join(dir, 'payload')])).not.toThrow();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('rejects an unsigned commit', async () => {
    expect(await verifyRevision({ gitdir, commit: unsigned, mode: 'head', trusted: aliceOnly })).toEqual({
      verified: false,
      mode: 'head',
      reason: 'Unsigned',
      message: `commit ${unsigned} is not signed`,
      object: 'commit',
      oid: unsigned,
    });
  });

  it('rejects a commit signed by a key that is not trusted, naming the key', async () => {
    const result = await verifyRevision({ gitdir, commit: byBob, mode: 'head', trusted: aliceOnly });
    expect(result).toMatchObject({ verified: false, reason: 'UnknownKey', keyId: bob.keyId });
    expect(!result.verified && result.message).toBe(`commit ${byBob} is signed by key ${bob.keyId}, which is not one of the 1 trusted key in Secret apps/gpg-keys`);
  });

  it('rejects a signature copied onto other content, as git verify-commit does', async () => {
    const raw = Buffer.from(await rawObject(gitdir, signed)).toString('utf8');
    const gpgsig = /^gpgsig .*\n(?: .*\n)*/m.exec(raw)![0];
    // Alice's signature moved onto the unsigned commit (another tree and parent).
    const other = Buffer.from(await rawObject(gitdir, unsigned)).toString('utf8');
    const moved = await writeCommit(work.dir, other.replace(/^(committer .*\n)/m, `$1${gpgsig}`));
    // Alice's commit with its message changed after signing.
    const edited = await writeCommit(work.dir, raw.replace('signed by alice', 'signed by alice, honest'));
    for (const oid of [moved, edited]) {
      const result = await verifyRevision({ gitdir, commit: oid, mode: 'head', trusted: aliceOnly });
      expect(result).toMatchObject({ verified: false, reason: 'BadSignature', keyId: alice.keyId });
      expect(!result.verified && result.message).toBe(`commit ${oid} has a bad signature from key ${alice.keyId} (Alice Admin <alice@example.com>): the signed content does not match the object (altered after signing, or the signature was copied from another object)`);
      await expect(work.git(['verify-commit', oid], { GNUPGHOME: gpg.dir })).rejects.toThrow(/BAD signature/);
    }
    await expect(work.git(['verify-commit', signed], { GNUPGHOME: gpg.dir })).resolves.toBeDefined();
  });

  it('trusts every key of a Secret with several, including a data key that holds two', async () => {
    const carol = gpg.generateKey('Carol <carol@example.com>');
    const secret = {
      data: {
        'alice.asc': Buffer.from(gpg.exportPublic(alice.fingerprint)).toString('base64'),
        'team.asc': Buffer.from(gpg.exportPublic(bob.fingerprint) + gpg.exportPublic(carol.fingerprint)).toString('base64'),
      },
    };
    const trusted = await loadTrustedKeys(verificationKeysFromSecret(secret), 'Secret apps/gpg-keys');
    expect(trusted.keys.map((k) => k.getFingerprint().toUpperCase())).toEqual([alice.fingerprint, bob.fingerprint, carol.fingerprint]);
    expect(await verifyRevision({ gitdir, commit: signed, mode: 'head', trusted })).toMatchObject({ verified: true, signatures: [{ signer: 'Alice Admin <alice@example.com>' }] });
    expect(await verifyRevision({ gitdir, commit: byBob, mode: 'head', trusted })).toMatchObject({ verified: true, signatures: [{ keyId: bob.keyId, signer: 'Bob Builder <bob@example.com>' }] });
    work.write({ 'settings.yaml': CM('carol') });
    const byCarol = await work.commit('signed by carol', { sign: gpg.signing(carol.fingerprint) });
    expect(await verifyRevision({ gitdir, commit: byCarol, mode: 'head', trusted })).toMatchObject({ verified: true, signatures: [{ fingerprint: carol.fingerprint }] });
  });

  it('rejects a signature by a key that has expired since, or was revoked', async () => {
    const dave = gpg.generateKey('Dave <dave@example.com>', { expire: '1d' });
    const erin = gpg.generateKey('Erin <erin@example.com>');
    work.write({ 'settings.yaml': CM('dave') });
    const byDave = await work.commit('signed by dave', { sign: gpg.signing(dave.fingerprint) });
    work.write({ 'settings.yaml': CM('erin') });
    const byErin = await work.commit('signed by erin', { sign: gpg.signing(erin.fingerprint) });
    const trusted = await loadTrustedKeys([{ name: 'dave', armored: gpg.exportPublic(dave.fingerprint) }, { name: 'erin', armored: gpg.exportPublic(erin.fingerprint) }], 'test keys');
    expect(await verifyRevision({ gitdir, commit: byDave, mode: 'head', trusted })).toMatchObject({ verified: true });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000);
    const expired = await verifyRevision({ gitdir, commit: byDave, mode: 'head', trusted, now: inThreeDays });
    expect(expired).toMatchObject({ verified: false, reason: 'KeyExpired', keyId: dave.keyId });
    expect(!expired.verified && expired.message).toMatch(new RegExp(`^commit ${byDave} is signed by key ${dave.keyId} \\(Dave <dave@example.com>\\), which expired on \\d{4}-`));

    gpg.revoke(erin.fingerprint);
    const revokedKeys = await loadTrustedKeys([{ name: 'erin', armored: gpg.exportPublic(erin.fingerprint) }], 'test keys');
    const revoked = await verifyRevision({ gitdir, commit: byErin, mode: 'head', trusted: revokedKeys });
    expect(revoked).toMatchObject({ verified: false, reason: 'KeyRevoked', keyId: erin.keyId, message: `commit ${byErin} is signed by key ${erin.keyId} (Erin <erin@example.com>), which is revoked` });
  });

  it('verifies signed annotated tags (mode tag, tagAndHead) and refuses lightweight ones', async () => {
    const tagged = await work.git(['rev-parse', 'HEAD']).then((s) => s.trim());
    await work.tag('v1.0.0', 'release 1.0.0', gpg.signing(alice.fingerprint));
    await work.tag('v1.0.0-light');
    await work.tag('v1.0.0-unsigned', 'annotated, not signed');
    const tagOid = async (name: string) => (await work.git(['rev-parse', `refs/tags/${name}`])).trim();
    const tag = { name: 'v1.0.0', oid: await tagOid('v1.0.0') };
    expect(await verifyRevision({ gitdir, commit: tagged, tag, mode: 'tag', trusted: aliceOnly })).toMatchObject({ verified: true, signatures: [{ object: 'tag', oid: tag.oid, fingerprint: alice.fingerprint }] });
    // The tagged commit is Erin's (not trusted here): tagAndHead wants both.
    expect(await verifyRevision({ gitdir, commit: tagged, tag, mode: 'tagAndHead', trusted: aliceOnly })).toMatchObject({ verified: false, reason: 'UnknownKey', object: 'commit', oid: tagged });
    expect(await verifyRevision({ gitdir, commit: signed, tag, mode: 'tagAndHead', trusted: aliceOnly })).toMatchObject({ verified: true, signatures: [{ object: 'tag' }, { object: 'commit' }] });

    const light = await verifyRevision({ gitdir, commit: tagged, tag: { name: 'v1.0.0-light', oid: await tagOid('v1.0.0-light') }, mode: 'tag', trusted: aliceOnly });
    expect(light).toMatchObject({ verified: false, reason: 'Unsigned', message: `tag v1.0.0-light is a lightweight tag (it points straight at commit ${tagged}) and cannot carry a signature; use a signed annotated tag (git tag -s)` });
    const plain = { name: 'v1.0.0-unsigned', oid: await tagOid('v1.0.0-unsigned') };
    expect(await verifyRevision({ gitdir, commit: tagged, tag: plain, mode: 'tag', trusted: aliceOnly })).toMatchObject({ verified: false, reason: 'Unsigned', message: `tag v1.0.0-unsigned (${plain.oid}) is not signed` });
    expect(await verifyRevision({ gitdir, commit: tagged, mode: 'tag', trusted: aliceOnly })).toMatchObject({ verified: false, reason: 'InvalidConfig' });
  });

  it('verifies a merge commit that carries a merged signed tag (mergetag header) in its payload', async () => {
    const base = await work.git(['rev-parse', 'HEAD']).then((s) => s.trim());
    await work.git(['checkout', '--quiet', '-b', 'side']);
    work.write({ 'side.yaml': CM('side') });
    await work.commit('side work', { sign: gpg.signing(alice.fingerprint) });
    await work.tag('side-1', 'side release', gpg.signing(alice.fingerprint));
    await work.git(['checkout', '--quiet', 'main']);
    await work.git(['reset', '--quiet', '--hard', base]);
    await work.git(['-c', `user.signingkey=${alice.fingerprint}`, '-c', 'gpg.program=gpg', 'merge', '--quiet', '--no-ff', '-S', '-m', 'merge side-1', 'side-1'], { ...IDENTITY, GNUPGHOME: gpg.dir });
    const merge = (await work.git(['rev-parse', 'HEAD'])).trim();
    expect(Buffer.from(await rawObject(gitdir, merge)).toString('utf8')).toMatch(/^mergetag object [0-9a-f]{40}\n type commit\n[\s\S]* -----BEGIN PGP SIGNATURE-----\n/m);
    expect(await verifyRevision({ gitdir, commit: merge, mode: 'head', trusted: aliceOnly })).toMatchObject({ verified: true, signatures: [{ oid: merge, fingerprint: alice.fingerprint }] });
  });

  it('names SSH and X.509 signatures as unsupported rather than bad', async () => {
    const raw = Buffer.from(await rawObject(gitdir, unsigned)).toString('utf8');
    const ssh = await writeCommit(work.dir, raw.replace(/^(committer .*\n)/m, '$1gpgsig -----BEGIN SSH SIGNATURE-----\n U1NIU0lHAAAAAQ==\n -----END SSH SIGNATURE-----\n'));
    expect(await verifyRevision({ gitdir, commit: ssh, mode: 'head', trusted: aliceOnly })).toMatchObject({ verified: false, reason: 'UnsupportedSignature', message: `commit ${ssh} carries an SSH signature; only OpenPGP signatures can be verified` });
  });

  it('refuses key material that is not a public key, naming the entry', async () => {
    await expect(loadTrustedKeys([{ name: 'alice.key', armored: gpg.exportSecret(alice.fingerprint) }], 'Secret apps/gpg-keys')).rejects.toThrow(new VerificationKeysError('Secret apps/gpg-keys: "alice.key" holds a private key; give public keys only (gpg --armor --export <key id>)'));
    await expect(loadTrustedKeys([{ name: 'notes', armored: 'hello' }], 'Secret apps/gpg-keys')).rejects.toThrow(/"notes" holds no armored OpenPGP public key/);
    const broken = gpg.exportPublic(alice.fingerprint).replace(/\n[A-Za-z0-9+/]{20}/, '\n!!!!');
    await expect(loadTrustedKeys([{ name: 'broken.asc', armored: broken }], 'Secret apps/gpg-keys')).rejects.toThrow(/"broken.asc" is not a readable OpenPGP public key/);
    await expect(loadTrustedKeys([], 'Secret apps/empty')).rejects.toThrow('Secret apps/empty holds no keys');
  });

  it('works on the raw object bytes: a signed commit read through verifySignedObject directly', async () => {
    expect(await verifySignedObject(await rawObject(gitdir, signed), 'commit', signed, aliceOnly)).toMatchObject({ verified: true, keyId: alice.keyId });
  });
});

describe.runIf(GPG_PROGRAM)(`virtops plan --verify-keys${GPG_PROGRAM ? '' : ` (skipped: ${NO_GPG_REASON})`}`, () => {
  // A VM with a schema error: the lint gate stops the plan before it needs a cluster.
  const BROKEN_VM = 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: web\n  namespace: apps\nspec:\n  runStrategy: Always\n  template:\n    spec:\n      domain:\n        memory:\n          guest: 1Gi\n        devices:\n          disks:\n            - name: root\n              disk:\n                bus: virtio\n              bootorder: 1\n      volumes:\n        - name: root\n          containerDisk:\n            image: quay.io/containerdisks/fedora:41\n';
  let gpg: GpgHome;
  let alice: GpgKey;
  let work: GitWorkTree;
  let dir: string;
  const plan = (...args: string[]) => runCli(['plan', '--repo', work.dir, ...args], { cwd: dir });

  beforeAll(async () => {
    gpg = GpgHome.create();
    alice = gpg.generateKey('Alice Admin <alice@example.com>');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'virtops-plan-keys-'));
    fs.writeFileSync(path.join(dir, 'alice.asc'), gpg.exportPublic(alice.fingerprint));
    fs.writeFileSync(path.join(dir, 'alice.key'), gpg.exportSecret(alice.fingerprint));
    work = await GitWorkTree.init(path.join(dir, 'repo'));
  }, 60_000);

  afterAll(() => {
    gpg?.cleanup();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an unsigned head would be held back (exit 1), in text and JSON', async () => {
    work.write({ 'vm.yaml': BROKEN_VM });
    const sha = await work.commit('unsigned');
    expect(await plan('--verify-keys', 'alice.asc')).toEqual({ code: 1, err: '', out: `Revision main@sha1:${sha} would be held back: signature verification failed (Unsigned): commit ${sha} is not signed\n` });
    const json = await plan('--verify-keys', 'alice.asc', '--format', 'json');
    expect(JSON.parse(json.out)).toEqual({ revision: `main@sha1:${sha}`, verification: { verified: false, mode: 'head', reason: 'Unsigned', message: `commit ${sha} is not signed`, object: 'commit', oid: sha } });
  });

  it('a signed head is verified first, then goes on to the lint gate', async () => {
    const sha = await work.commit('signed', { allowEmpty: true, sign: gpg.signing(alice.fingerprint) });
    const result = await plan('--verify-keys', 'alice.asc', '--verify-keys', path.join(dir, 'alice.asc'));
    expect(result.code).toBe(1);
    expect(result.out.split('\n')[0]).toBe(`Signature verified (mode head): commit ${sha} signed by Alice Admin <alice@example.com> (key ${alice.fingerprint})`);
    expect(result.out.split('\n')[1]).toMatch(/^Revision main@sha1:\w+ would be held back: \d+ lint error/);
    const json = JSON.parse((await plan('--verify-keys', 'alice.asc', '--format', 'json')).out);
    expect(json.verification).toMatchObject({ verified: true, signatures: [{ fingerprint: alice.fingerprint }] });
    expect(json.lint.errors).toBeGreaterThan(0);
  });

  it('bad flags and unusable key files are usage errors (exit 2)', async () => {
    expect(await plan('--verify-keys', 'missing.asc')).toMatchObject({ code: 2, err: expect.stringContaining('virtops: --verify-keys missing.asc: no such file') });
    expect(await plan('--verify-keys', 'alice.key')).toMatchObject({ code: 2, err: expect.stringContaining('"alice.key" holds a private key') });
    expect(await plan('--verify-mode', 'tag')).toMatchObject({ code: 2, err: expect.stringContaining('--verify-mode needs --verify-keys') });
    expect(await plan('--verify-keys', 'alice.asc', '--verify-mode', 'tag')).toMatchObject({ code: 2, err: expect.stringContaining('--verify-mode tag checks a signed tag: give --tag') });
    expect(await plan('--verify-keys', 'alice.asc', '--verify-mode', 'all')).toMatchObject({ code: 2, err: expect.stringContaining('--verify-mode must be one of head, tag, tagAndHead, not "all"') });
  });
});

describe('spec.source.verify (GitSync parsing)', () => {
  const gitsync = (source: Record<string, unknown>, spec: Record<string, unknown> = {}) => ({ metadata: { name: 'apps', namespace: 'virtops' }, spec: { source: { url: 'https://git.example.com/apps.git', ...source }, ...spec } });

  it('reads the mode (default head) and the Secret name', () => {
    expect(readGitSync(gitsync({})).verify).toBeUndefined();
    expect(readGitSync(gitsync({ verify: { secretRef: { name: 'gpg-keys' } } })).verify).toEqual({ mode: 'head', secretName: 'gpg-keys' });
    expect(readGitSync(gitsync({ ref: { tag: 'v1' }, verify: { mode: 'tagAndHead', secretRef: { name: 'k' } } })).verify).toEqual({ mode: 'tagAndHead', secretName: 'k' });
  });

  it('explains what is wrong', () => {
    const error = (source: Record<string, unknown>, spec?: Record<string, unknown>) => {
      try {
        readGitSync(gitsync(source, spec));
      } catch (e) {
        expect(e).toBeInstanceOf(GitSyncError);
        return (e as Error).message;
      }
      return 'no error';
    };
    expect(error({ verify: { mode: 'head' } })).toBe("GitSync virtops/apps: spec.source.verify.secretRef.name is required: the Secret (in the GitSync's namespace) whose data keys hold the armored OpenPGP public keys to trust");
    expect(error({ verify: { mode: 'HEAD', secretRef: { name: 'k' } } })).toBe('GitSync virtops/apps: spec.source.verify.mode must be one of head, tag, tagAndHead, not "HEAD"');
    expect(error({ verify: { mode: 'tag', secretRef: { name: 'k' } } })).toBe('GitSync virtops/apps: spec.source.verify.mode tag checks a signed tag, so spec.source.ref needs a tag');
    expect(error({ verify: 'yes' })).toMatch(/spec.source.verify must be an object/);
    expect(error({}, { verify: { secretRef: { name: 'k' } } })).toBe('GitSync virtops/apps: verification is configured under spec.source.verify (next to the URL and ref it checks), not spec.verify');
  });

  it('every verification failure stalls the sync until git or the keys change', () => {
    for (const reason of VERIFICATION_FAILURE_REASONS) expect(STALLING_REASONS.has(reason), reason).toBe(true);
  });
});
