import nodeFs from 'node:fs';
import git from 'isomorphic-git';
import type { PublicKey } from 'openpgp';

/**
 * OpenPGP verification of the fetched revision, read from the object store (nothing is checked out).
 * The signed payload is rebuilt as git rebuilds it (commit.c parse_buffer_signed_by_header,
 * gpg-interface.c parse_signed_buffer): a commit is signed without its `gpgsig` header and that
 * header's continuation lines; an annotated tag is signed up to the signature block that ends its
 * message. The cryptography is openpgp.js; nothing here hashes or checks a signature by hand.
 *
 * Like `git verify-commit`, a signature counts only when the key that made it is valid now: not
 * revoked, not expired (openpgp.js also checks it was valid when it signed).
 */

/** `head`: the commit the ref resolves to; `tag`: the annotated tag the ref names; `tagAndHead`: both. */
export type VerifyMode = 'head' | 'tag' | 'tagAndHead';
export const VERIFY_MODES: readonly VerifyMode[] = ['head', 'tag', 'tagAndHead'];

export type VerificationFailureReason =
  /** No signature on the object (or a lightweight tag, which cannot carry one). */
  | 'Unsigned'
  /** An SSH or X.509 signature: only OpenPGP is supported. */
  | 'UnsupportedSignature'
  /** Signed by a key that is not among the trusted keys. */
  | 'UnknownKey'
  /** The signature does not match the content, or cannot be read. */
  | 'BadSignature'
  | 'KeyExpired'
  | 'KeyRevoked'
  /** The trusted keys could not be read (missing Secret, not an armored public key, …). */
  | 'InvalidKeys'
  /** The verification settings do not fit the ref (tag mode without a tag). */
  | 'InvalidConfig';

export const VERIFICATION_FAILURE_REASONS: readonly VerificationFailureReason[] = ['Unsigned', 'UnsupportedSignature', 'UnknownKey', 'BadSignature', 'KeyExpired', 'KeyRevoked', 'InvalidKeys', 'InvalidConfig'];

export type SignedObjectType = 'commit' | 'tag';

export interface SignatureVerified {
  verified: true;
  object: SignedObjectType;
  oid: string;
  /** The 16-hex-digit id of the (sub)key that made the signature, upper case as gpg prints it. */
  keyId: string;
  /** Fingerprint of the primary key, upper case. */
  fingerprint: string;
  /** The key's primary user id, e.g. `Alice <alice@example.com>`. */
  signer: string;
  /** When the signature says it was made (signer's clock, informational). */
  signedAt?: string;
}

export interface SignatureRejected {
  verified: false;
  object: SignedObjectType;
  oid: string;
  reason: VerificationFailureReason;
  message: string;
  keyId?: string;
}

export type SignatureCheck = SignatureVerified | SignatureRejected;

/** Public keys a signature must come from, and where they came from (for messages). */
export interface TrustedKeys {
  keys: PublicKey[];
  /** e.g. `Secret virtops/gpg-keys` or `--verify-keys keys.asc`. */
  source: string;
}

export class VerificationKeysError extends Error {
  override name = 'VerificationKeysError';
}

const PUBLIC_BLOCK = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;

/**
 * Reads armored public keys; each entry (a Secret data key, a file) may hold several blocks, and a
 * block several keys. Throws VerificationKeysError naming the entry that is not usable.
 */
export async function loadTrustedKeys(entries: readonly { name: string; armored: string }[], source: string): Promise<TrustedKeys> {
  const openpgp = await import('openpgp');
  const keys: PublicKey[] = [];
  for (const { name, armored } of entries) {
    if (armored.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) throw new VerificationKeysError(`${source}: "${name}" holds a private key; give public keys only (gpg --armor --export <key id>)`);
    const blocks = armored.match(PUBLIC_BLOCK) ?? [];
    if (blocks.length === 0) throw new VerificationKeysError(`${source}: "${name}" holds no armored OpenPGP public key (-----BEGIN PGP PUBLIC KEY BLOCK-----)`);
    for (const block of blocks) {
      try {
        for (const key of await openpgp.readKeys({ armoredKeys: block })) keys.push(key.isPrivate() ? key.toPublic() : key);
      } catch (error) {
        throw new VerificationKeysError(`${source}: "${name}" is not a readable OpenPGP public key: ${(error as Error).message}`, { cause: error });
      }
    }
  }
  if (keys.length === 0) throw new VerificationKeysError(`${source} holds no keys`);
  return { keys, source };
}

const NL = 0x0a;
const SPACE = 0x20;
const SIGNATURE_HEADER = 'gpgsig';
const SIGNATURE_STARTS: readonly [string, string | undefined][] = [
  ['-----BEGIN PGP SIGNATURE-----', undefined],
  ['-----BEGIN PGP MESSAGE-----', undefined],
  ['-----BEGIN SSH SIGNATURE-----', 'an SSH signature'],
  ['-----BEGIN SIGNED MESSAGE-----', 'an X.509 (S/MIME) signature'],
];

function startsWith(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function lineEnd(bytes: Uint8Array, at: number): number {
  const nl = bytes.indexOf(NL, at);
  return nl < 0 ? bytes.length : nl + 1;
}

/**
 * git's parse_buffer_signed_by_header for a SHA-1 repository: the `gpgsig` header (its value and the
 * continuation lines, which start with one space) is the signature; it and any other `gpgsig*`
 * header (gpgsig-sha256) are left out of the payload; the body after the blank line is kept as is.
 */
function splitHeaderSignature(bytes: Uint8Array): { payload: Uint8Array; signature: Uint8Array | undefined } {
  const payload: Uint8Array[] = [];
  const signature: Uint8Array[] = [];
  let inSignature = false;
  let otherSignature = false;
  let at = 0;
  while (at < bytes.length) {
    let next = lineEnd(bytes, at);
    let sigStart = -1;
    if (inSignature && bytes[at] === SPACE) sigStart = at + 1;
    else if (startsWith(bytes, at, `${SIGNATURE_HEADER} `)) {
      sigStart = at + SIGNATURE_HEADER.length + 1;
      otherSignature = false;
    } else if (startsWith(bytes, at, SIGNATURE_HEADER)) otherSignature = true;
    else if (otherSignature && bytes[at] !== SPACE) otherSignature = false;
    if (sigStart >= 0) {
      signature.push(bytes.subarray(sigStart, next));
      inSignature = true;
    } else {
      if (bytes[at] === NL) next = bytes.length; // the blank line: the rest is the message
      if (!otherSignature) payload.push(bytes.subarray(at, next));
      inSignature = false;
    }
    at = next;
  }
  return { payload: Buffer.concat(payload), signature: signature.length > 0 ? Buffer.concat(signature) : undefined };
}

/** git's parse_signed_buffer: the last line that opens a signature block starts the signature. */
function splitTrailingSignature(bytes: Uint8Array): { payload: Uint8Array; signature: Uint8Array | undefined } {
  let match = -1;
  for (let at = 0; at < bytes.length; at = lineEnd(bytes, at)) {
    if (SIGNATURE_STARTS.some(([start]) => startsWith(bytes, at, start))) match = at;
  }
  if (match < 0) return { payload: bytes, signature: undefined };
  return { payload: splitHeaderSignature(bytes.subarray(0, match)).payload, signature: bytes.subarray(match) };
}

/**
 * The bytes git signed and the signature, from the raw content of a commit or tag object (as
 * `git cat-file <type> <oid>` prints it). `signature` is undefined when the object is not signed.
 */
export function splitSignedObject(raw: Uint8Array, type: SignedObjectType): { payload: Uint8Array; signature: string | undefined } {
  const split = type === 'commit' ? splitHeaderSignature(raw) : splitTrailingSignature(raw);
  return { payload: split.payload, signature: split.signature ? Buffer.from(split.signature).toString('utf8') : undefined };
}

/** Verifies the signature on one raw commit or tag object against the trusted keys. */
export async function verifySignedObject(raw: Uint8Array, type: SignedObjectType, oid: string, trusted: TrustedKeys, now: Date = new Date()): Promise<SignatureCheck> {
  const what = `${type} ${oid}`;
  const reject = (reason: VerificationFailureReason, message: string, keyId?: string): SignatureRejected => ({ verified: false, object: type, oid, reason, message, ...(keyId ? { keyId } : {}) });
  const { payload, signature: armored } = splitSignedObject(raw, type);
  if (armored === undefined) return reject('Unsigned', `${what} is not signed`);
  const unsupported = SIGNATURE_STARTS.find(([start]) => armored.startsWith(start))?.[1];
  if (unsupported) return reject('UnsupportedSignature', `${what} carries ${unsupported}; only OpenPGP signatures can be verified`);

  const openpgp = await import('openpgp');
  let signature;
  try {
    signature = await openpgp.readSignature({ armoredSignature: armored });
  } catch (error) {
    return reject('BadSignature', `${what} carries a signature that cannot be read: ${(error as Error).message}`);
  }
  const issuers = signature.getSigningKeyIDs();
  const issuerHex = issuers.map((id) => id.toHex().toUpperCase());
  let match: { key: PublicKey; keyId: string } | undefined;
  for (const id of issuers) {
    const key = trusted.keys.find((k) => k.getKeys(id).length > 0);
    if (key) {
      match = { key, keyId: id.toHex().toUpperCase() };
      break;
    }
  }
  if (!match) {
    const count = `${trusted.keys.length} trusted key${trusted.keys.length === 1 ? '' : 's'}`;
    return reject('UnknownKey', `${what} is signed by key ${issuerHex.join(', ') || '(no issuer)'}, which is not one of the ${count} in ${trusted.source}`, issuerHex[0]);
  }
  const { key, keyId } = match;
  const fingerprint = key.getFingerprint().toUpperCase();
  const signer = await userIdOf(key, now);
  const by = `key ${keyId} (${signer || fingerprint})`;

  const result = await openpgp.verify({ message: await openpgp.createMessage({ binary: payload }), signature, verificationKeys: [key], date: now, format: 'binary', expectSigned: false });
  const check = result.signatures.find((s) => s.keyID.toHex().toUpperCase() === keyId) ?? result.signatures[0];
  if (!check) return reject('BadSignature', `${what} carries no OpenPGP signature over data`, keyId);
  let signedAt: Date | undefined;
  try {
    await check.verified;
    signedAt = (await check.signature).packets[0]?.created ?? undefined;
    // openpgp.js checked the key at the signature's own (signer-claimed) time; git also wants it valid now.
    await key.getSigningKey(check.keyID, now);
  } catch (error) {
    const text = (error as Error).message;
    if (/revoked/i.test(text)) return reject('KeyRevoked', `${what} is signed by ${by}, which is revoked`, keyId);
    if (/(key|subkey) is expired/i.test(text)) {
      const expires = await key.getExpirationTime().catch(() => null);
      return reject('KeyExpired', `${what} is signed by ${by}, which ${expires instanceof Date ? `expired on ${expires.toISOString()}` : 'has expired'}`, keyId);
    }
    if (/digest did not match|verification failed/i.test(text)) return reject('BadSignature', `${what} has a bad signature from ${by}: the signed content does not match the object (altered after signing, or the signature was copied from another object)`, keyId);
    return reject('BadSignature', `${what}: the signature from ${by} does not verify: ${text}`, keyId);
  }
  return { verified: true, object: type, oid, keyId, fingerprint, signer, ...(signedAt ? { signedAt: signedAt.toISOString() } : {}) };
}

async function userIdOf(key: PublicKey, now: Date): Promise<string> {
  try {
    const primary = await key.getPrimaryUser(now);
    if (primary.user.userID?.userID) return primary.user.userID.userID;
  } catch {
    // An expired or revoked key has no valid primary user now: fall back to the first user id.
  }
  return key.getUserIDs()[0] ?? '';
}

export type RevisionVerification =
  | { verified: true; mode: VerifyMode; signatures: SignatureVerified[] }
  | { verified: false; mode: VerifyMode; reason: VerificationFailureReason; message: string; object?: SignedObjectType; oid?: string; keyId?: string };

export interface VerifyRevisionOptions {
  fs?: typeof nodeFs;
  gitdir: string;
  /** The commit the revision is pinned to. */
  commit: string;
  /** The object `refs/tags/<tag>` points at, when the ref is a tag (see Artifact.tagObject). */
  tag?: { name: string; oid: string };
  mode: VerifyMode;
  trusted: TrustedKeys;
  now?: Date;
}

/** Verifies what the mode asks of one fetched revision: its commit, its tag, or both. */
export async function verifyRevision(options: VerifyRevisionOptions): Promise<RevisionVerification> {
  const fs = options.fs ?? nodeFs;
  const { mode } = options;
  const now = options.now ?? new Date();
  const targets: { type: SignedObjectType; oid: string; label?: string }[] = [];
  if (mode === 'tag' || mode === 'tagAndHead') {
    if (!options.tag) return { verified: false, mode, reason: 'InvalidConfig', message: `verify mode ${mode} needs a tag ref (spec.source.ref.tag), and this revision was not fetched from a tag` };
    targets.push({ type: 'tag', oid: options.tag.oid, label: options.tag.name });
  }
  if (mode === 'head' || mode === 'tagAndHead') targets.push({ type: 'commit', oid: options.commit });

  const signatures: SignatureVerified[] = [];
  for (const target of targets) {
    const { type, object } = await git.readObject({ fs, gitdir: options.gitdir, oid: target.oid, format: 'content' });
    let check: SignatureCheck;
    if (target.type === 'tag' && type !== 'tag') {
      check = { verified: false, object: 'tag', oid: target.oid, reason: 'Unsigned', message: `tag ${target.label} is a lightweight tag (it points straight at ${type} ${target.oid}) and cannot carry a signature; use a signed annotated tag (git tag -s)` };
    } else {
      check = await verifySignedObject(object as Uint8Array, target.type, target.oid, options.trusted, now);
      if (!check.verified && target.label) check = { ...check, message: check.message.replace(`tag ${target.oid}`, `tag ${target.label} (${target.oid})`) };
    }
    if (!check.verified) return { verified: false, mode, reason: check.reason, message: check.message, object: check.object, oid: check.oid, ...(check.keyId ? { keyId: check.keyId } : {}) };
    signatures.push(check);
  }
  return { verified: true, mode, signatures };
}

/** One line for status and logs: `commit 3f2a… signed by Alice <alice@example.com> (key 0123…)`. */
export function describeSignatures(signatures: readonly SignatureVerified[]): string {
  return signatures.map((s) => `${s.object} ${s.oid} signed by ${s.signer || 'a key without user id'} (key ${s.fingerprint})`).join('; ');
}
