import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ResolvedConfig } from '../engine/config.js';
import type { KubeClient } from '../kube/client.js';
import type { StatusWriter } from '../kube/status-writer.js';
import { credentialsFromSecret, GITSYNC_API_VERSION, GITSYNC_KIND, readGitSync, statusOf, verificationKeysFromSecret, type GitSyncSettings } from './gitsync.js';
import { reconcile, type SyncEvent, type SyncRecord, type SyncStatus } from './reconcile.js';
import type { RenderMemo } from './render/render-memo.js';
import { fetchSource } from './source/fetch.js';
import { readFiles } from './source/read-files.js';
import { parseRepoUrl } from './source/url.js';
import type { VerifyRevision } from './source/verify-stage.js';
import { loadTrustedKeys, verifyRevision, VerificationKeysError, type TrustedKeys } from './source/verify.js';

/**
 * One reconcile of one GitSync resource, end to end: read it and its Secret, reconcile, write the
 * status subresource and Events. The CLI's `virtops sync` and the agent's loop both call this.
 */
export interface GitSyncRun {
  settings: GitSyncSettings;
  status: SyncStatus;
  events: SyncEvent[];
  /** This sync's outcome (see reconcile); absent when it was skipped or stopped before choosing a revision. */
  record?: SyncRecord;
  /** The status subresource was written (it changed). */
  statusWritten?: boolean;
  skipped?: 'suspended';
}

export interface GitSyncRunOptions {
  /** Keys to verify the revision with instead of the spec.source.verify Secret (`virtops sync --verify-keys`). */
  trustedKeys?: TrustedKeys;
  /** The agent's renderings of earlier syncs, reused while commit and configuration are unchanged. */
  renderMemo?: RenderMemo;
}

export async function runGitSync(kube: KubeClient, writer: StatusWriter, object: Record<string, unknown>, lintConfig: ResolvedConfig, cacheRoot: string, signal?: AbortSignal, options: GitSyncRunOptions = {}): Promise<GitSyncRun> {
  const settings = readGitSync(object);
  const previous = statusOf(object);
  if (settings.suspend) return { settings, status: previous, events: [], skipped: 'suspended' };
  const { namespace, name } = settings;
  const secret = settings.secretName ? await kube.get({ apiVersion: 'v1', kind: 'Secret', namespace, name: settings.secretName }) : undefined;
  const credentials = credentialsFromSecret(secret);
  const cacheDir = join(cacheRoot, namespace, name);
  mkdirSync(cacheDir, { recursive: true });
  const { status, events, record } = await reconcile(settings.spec, previous, {
    kube,
    fetch: () => fetchSource({ location: parseRepoUrl(settings.url), ref: settings.ref, cacheDir, ...(credentials ? { credentials } : {}) }),
    readFiles: (artifact, selection) => readFiles(artifact, selection),
    lintConfig,
    now: () => new Date(),
    ...(signal ? { signal } : {}),
    ...(settings.verify || options.trustedKeys ? { verify: verifier(kube, settings, options.trustedKeys) } : {}),
    ...(options.renderMemo ? { renders: options.renderMemo.for(`${namespace}/${name}`, `generation ${String((object['metadata'] as { generation?: number }).generation)}`) } : {}),
  });
  const metadata = object['metadata'] as { generation?: number; uid?: string };
  const next = { ...status, ...(metadata.generation !== undefined ? { observedGeneration: metadata.generation } : {}) };
  const statusWritten = statusChanged(object['status'], next);
  if (statusWritten) await writer.writeStatus({ group: 'virtops.io', version: 'v1alpha1', plural: 'gitsyncs', namespace, name }, next);
  for (const event of events) {
    await writer.event({ apiVersion: GITSYNC_API_VERSION, kind: GITSYNC_KIND, namespace, name, ...(metadata.uid ? { uid: metadata.uid } : {}) }, event.type, event.reason, event.message, new Date());
  }
  return { settings, status, events, statusWritten, ...(record ? { record } : {}) };
}

/** Whether `next` differs from the stored status, compared as the API server stores it (JSON: undefined members dropped). */
export function statusChanged(stored: unknown, next: object): boolean {
  return !isDeepStrictEqual(stored, JSON.parse(JSON.stringify(next)));
}

/** The verification step of a GitSync: keys from the given set or the Secret, read at each sync (rotations apply at once). */
function verifier(kube: KubeClient, settings: GitSyncSettings, given: TrustedKeys | undefined): VerifyRevision {
  const mode = settings.verify?.mode ?? 'head';
  return async (artifact) => {
    let trusted = given;
    if (!trusted) {
      const where = `Secret ${settings.namespace}/${settings.verify!.secretName}`;
      const secret = await kube.get({ apiVersion: 'v1', kind: 'Secret', namespace: settings.namespace, name: settings.verify!.secretName });
      if (!secret) return { verified: false, mode, reason: 'InvalidKeys', message: `${where} (spec.source.verify.secretRef) not found` };
      try {
        trusted = await loadTrustedKeys(verificationKeysFromSecret(secret), where);
      } catch (error) {
        if (error instanceof VerificationKeysError) return { verified: false, mode, reason: 'InvalidKeys', message: error.message };
        throw error;
      }
    }
    return verifyRevision({ gitdir: artifact.gitdir, commit: artifact.commit, ...(artifact.tagObject ? { tag: artifact.tagObject } : {}), mode, trusted });
  };
}
