import { parseDuration } from '../agent/interval.js';
import type { SyncSpec, SyncStatus } from './reconcile.js';
import type { SourceRef } from './source/fetch.js';

/** The GitSync custom resource (deploy/gitsync-crd.yaml) ↔ the reconciler's plain values. */

export const GITSYNC_API_VERSION = 'virtops.io/v1alpha1';
export const GITSYNC_KIND = 'GitSync';

export interface GitSyncSettings {
  namespace: string;
  name: string;
  url: string;
  ref: SourceRef;
  secretName?: string;
  intervalText: string;
  suspend: boolean;
  spec: SyncSpec;
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
  return {
    namespace: metadata.namespace,
    name: metadata.name,
    url: source['url'],
    ref,
    ...(secretRef?.name ? { secretName: secretRef.name } : {}),
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

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
