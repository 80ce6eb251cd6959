import { parseDuration } from '../agent/interval.js';
import type { SyncSpec, SyncStatus } from './reconcile.js';
import type { SourceRef } from './source/fetch.js';
import { VERIFY_MODES, type VerifyMode } from './source/verify.js';

/** The GitSync custom resource (deploy/gitsync-crd.yaml) ↔ the reconciler's plain values. */

export const GITSYNC_API_VERSION = 'virtops.io/v1alpha1';
export const GITSYNC_KIND = 'GitSync';

export interface GitSyncSettings {
  namespace: string;
  name: string;
  url: string;
  ref: SourceRef;
  secretName?: string;
  /** spec.source.verify: the OpenPGP check a revision must pass before anything of it is applied. */
  verify?: VerifySettings;
  intervalText: string;
  suspend: boolean;
  spec: SyncSpec;
}

export interface VerifySettings {
  mode: VerifyMode;
  /** Secret in the GitSync's namespace; every data key holds armored public keys. */
  secretName: string;
}

export class GitSyncError extends Error {
  override name = 'GitSyncError';
}

type Json = Record<string, unknown>;

export function readGitSync(object: Json): GitSyncSettings {
  const metadata = (object['metadata'] ?? {}) as { name?: string; namespace?: string };
  if (!metadata.name || !metadata.namespace) throw new GitSyncError('GitSync needs metadata.name and metadata.namespace');
  const spec = (object['spec'] ?? {}) as Json;
  const source = (spec['source'] ?? {}) as Json;
  if (typeof source['url'] !== 'string' || source['url'] === '') throw new GitSyncError(`GitSync ${metadata.namespace}/${metadata.name}: spec.source.url is required`);
  const refSpec = (source['ref'] ?? {}) as { branch?: string; tag?: string; commit?: string };
  const refs = (['branch', 'tag', 'commit'] as const).filter((k) => typeof refSpec[k] === 'string');
  if (refs.length > 1) throw new GitSyncError(`GitSync ${metadata.namespace}/${metadata.name}: spec.source.ref takes one of branch, tag or commit, not ${refs.join(' and ')}`);
  const ref: SourceRef = refSpec.commit ? { commit: refSpec.commit } : refSpec.tag ? { tag: refSpec.tag } : { branch: refSpec.branch ?? 'main' };
  const prune = (spec['prune'] ?? {}) as { enabled?: boolean; maxShare?: number; approveRevision?: string };
  const health = (spec['healthCheck'] ?? {}) as { timeout?: string };
  const secretRef = source['secretRef'] as { name?: string } | undefined;
  const verify = readVerify(`GitSync ${metadata.namespace}/${metadata.name}`, spec, source, ref);
  return {
    namespace: metadata.namespace,
    name: metadata.name,
    url: source['url'],
    ref,
    ...(secretRef?.name ? { secretName: secretRef.name } : {}),
    ...(verify ? { verify } : {}),
    intervalText: typeof spec['interval'] === 'string' ? spec['interval'] : '5m',
    suspend: spec['suspend'] === true,
    spec: {
      owner: `${metadata.namespace}/${metadata.name}`,
      selection: { path: typeof source['path'] === 'string' ? source['path'] : '', include: stringList(source['include']), exclude: stringList(source['exclude']) },
      prune: { enabled: prune.enabled !== false, maxShare: typeof prune.maxShare === 'number' ? prune.maxShare : 0.3, ...(prune.approveRevision ? { approveRevision: prune.approveRevision } : {}) },
      healthTimeoutSeconds: parseDuration(health.timeout ?? '10m') / 1000,
    },
  };
}

/** The status block of the resource, as the reconciler keeps it (empty on a new GitSync). */
export function statusOf(object: Json): SyncStatus {
  const status = (object['status'] ?? {}) as Partial<SyncStatus>;
  return {
    conditions: Array.isArray(status.conditions) ? status.conditions : [],
    inventory: Array.isArray(status.inventory) ? status.inventory : [],
    vms: Array.isArray(status.vms) ? status.vms : [],
    history: Array.isArray(status.history) ? status.history : [],
    ...(status.lastFetchedRevision ? { lastFetchedRevision: status.lastFetchedRevision } : {}),
    ...(status.lastAttemptedRevision ? { lastAttemptedRevision: status.lastAttemptedRevision } : {}),
    ...(status.lastAppliedRevision ? { lastAppliedRevision: status.lastAppliedRevision } : {}),
    ...(status.lint ? { lint: status.lint } : {}),
    ...(status.vmSummary ? { vmSummary: status.vmSummary } : {}),
    ...(status.verification ? { verification: status.verification } : {}),
  };
}

/** Credentials from the GitSync's Secret: `token`, or `username` and `password` (base64 in data). */
export function credentialsFromSecret(secret: Json | undefined): { username: string; password: string } | undefined {
  const data = (secret?.['data'] ?? {}) as Record<string, string>;
  const decode = (key: string): string | undefined => (data[key] ? Buffer.from(data[key], 'base64').toString('utf8') : undefined);
  const token = decode('token');
  if (token) return { username: decode('username') ?? 'x-access-token', password: token };
  const username = decode('username');
  const password = decode('password');
  return username && password ? { username, password } : undefined;
}

/** spec.source.verify → settings; undefined when verification is off. */
function readVerify(where: string, spec: Json, source: Json, ref: SourceRef): VerifySettings | undefined {
  if (spec['verify'] !== undefined) throw new GitSyncError(`${where}: verification is configured under spec.source.verify (next to the URL and ref it checks), not spec.verify`);
  const verify = source['verify'];
  if (verify === undefined || verify === null) return undefined;
  if (typeof verify !== 'object' || Array.isArray(verify)) throw new GitSyncError(`${where}: spec.source.verify must be an object: { mode: head, secretRef: { name: <Secret with armored public keys> } }`);
  const { mode = 'head', secretRef } = verify as { mode?: unknown; secretRef?: { name?: unknown } };
  if (typeof mode !== 'string' || !(VERIFY_MODES as readonly string[]).includes(mode)) throw new GitSyncError(`${where}: spec.source.verify.mode must be one of ${VERIFY_MODES.join(', ')}, not ${JSON.stringify(mode)}`);
  if (typeof secretRef?.name !== 'string' || secretRef.name === '') throw new GitSyncError(`${where}: spec.source.verify.secretRef.name is required: the Secret (in the GitSync's namespace) whose data keys hold the armored OpenPGP public keys to trust`);
  if (mode !== 'head' && !ref.tag) throw new GitSyncError(`${where}: spec.source.verify.mode ${mode} checks a signed tag, so spec.source.ref needs a tag`);
  return { mode: mode as VerifyMode, secretName: secretRef.name };
}

/** The armored keys of a verification Secret: every data key (base64 in data, as the API returns it). */
export function verificationKeysFromSecret(secret: Json): { name: string; armored: string }[] {
  const data = (secret['data'] ?? {}) as Record<string, string>;
  return Object.entries(data).map(([name, value]) => ({ name, armored: Buffer.from(value, 'base64').toString('utf8') }));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
