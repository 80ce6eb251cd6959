import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ResolvedConfig } from '../engine/config.js';
import { ApiServerClient, loadKubeConfig } from '../kube/client.js';
import { KubeError } from '../kube/errors.js';
import { StatusWriter } from '../kube/status-writer.js';
import { GITSYNC_API_VERSION, GITSYNC_KIND, GitSyncError } from '../sync/gitsync.js';
import { runGitSync } from '../sync/run-gitsync.js';
import { UsageError } from './args.js';
import { clientLimits, KUBE_FLAGS, KUBE_FLAGS_HELP } from './kube-flags.js';
import { readVerifyKeys } from './verify-keys.js';

/**
 * `virtops sync --gitsync <namespace>/<name>`: one reconcile of a GitSync from the command line, with
 * exactly the agent's code path (for CI jobs and debugging): status and Events are written to the
 * cluster like the agent writes them.
 */

export const SYNC_HELP = `Usage: virtops sync --gitsync <namespace>/<name> [options]

Runs one reconcile of the GitSync: fetch, lint gate, plan, apply, prune, health; writes its status
and Events. Exit codes: 0 Ready; 1 the sync failed or was held back (see the status); 2 usage or
cluster errors.

Options:
  --cache-dir <dir>     where fetched repositories are kept
  --verify-keys <file>  verify the revision's OpenPGP signature against the armored public keys in
                        the file (repeatable) instead of the spec.source.verify Secret; the mode is
                        the GitSync's (default head)
${KUBE_FLAGS_HELP}`;

export interface SyncIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Base for relative --verify-keys paths (default the process's). */
  cwd?: string;
}

export async function syncCommand(argv: readonly string[], io: SyncIo, lintConfig: ResolvedConfig): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: { gitsync: { type: 'string' }, ...KUBE_FLAGS, 'cache-dir': { type: 'string' }, 'verify-keys': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout(`${SYNC_HELP}\n`);
    return 0;
  }
  const match = /^([a-z0-9-]+)\/([a-z0-9.-]+)$/.exec(values.gitsync ?? '');
  if (!match) throw new UsageError('sync needs --gitsync <namespace>/<name>');
  const [, namespace, name] = match as unknown as [string, string, string];
  const trustedKeys = values['verify-keys'] ? await readVerifyKeys(values['verify-keys'], io.cwd ?? process.cwd()) : undefined;
  const config = loadKubeConfig(values.kubeconfig);
  const kube = new ApiServerClient(config, clientLimits(values));
  const writer = new StatusWriter(config);
  try {
    const object = await kube.get({ apiVersion: GITSYNC_API_VERSION, kind: GITSYNC_KIND, namespace, name });
    if (!object) {
      io.stderr(`virtops sync: GitSync ${namespace}/${name} not found\n`);
      return 2;
    }
    const run = await runGitSync(kube, writer, object, lintConfig, values['cache-dir'] ?? join(tmpdir(), 'virtops-cache'), undefined, trustedKeys ? { trustedKeys } : {});
    if (run.skipped) {
      io.stdout(`GitSync ${namespace}/${name} is suspended; nothing done\n`);
      return 0;
    }
    const { status, events } = run;
    const ready = status.conditions.find((c) => c.type === 'Ready');
    io.stdout(`GitSync ${namespace}/${name}: Ready=${ready?.status ?? 'Unknown'} ${ready?.reason ?? ''}: ${ready?.message ?? ''}\n`);
    for (const event of events) io.stdout(`  ${event.type === 'Warning' ? 'warning' : 'event'}  ${event.reason}: ${event.message}\n`);
    return ready?.status === 'True' || (ready?.status === 'Unknown' && status.lastAppliedRevision === status.lastFetchedRevision) ? 0 : 1;
  } catch (error) {
    if (error instanceof KubeError || error instanceof GitSyncError) {
      io.stderr(`virtops sync: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
