import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Agent } from '../agent/agent.js';
import { ApiLeaseStore, LeaderElector } from '../agent/lease.js';
import type { ResolvedConfig } from '../engine/config.js';
import { ApiServerClient, loadKubeConfig } from '../kube/client.js';
import { StatusWriter } from '../kube/status-writer.js';
import { UsageError } from './args.js';
import { clientLimits, KUBE_FLAGS, KUBE_FLAGS_HELP } from './kube-flags.js';

export const AGENT_HELP = `Usage: virtops agent [options]

Runs in the cluster: reconciles the GitSyncs of its namespace on their interval (with jitter) and on
verified push webhooks (secret in VIRTOPS_WEBHOOK_SECRET). Replicas elect a leader with a Lease.
Serves /healthz, /readyz, /metrics and POST /webhook. Stops gracefully on SIGTERM.
Defaults: namespace $POD_NAMESPACE or virtops, port 8080, identity $POD_NAME or the host name.

Options:
  --namespace <ns>      namespace whose GitSyncs to reconcile
  --port <n>            port for the probes, metrics and webhooks
  --cache-dir <dir>     where fetched repositories are kept
${KUBE_FLAGS_HELP}`;

export interface AgentIo {
  stdout(text: string): void;
  env: Record<string, string | undefined>;
}

export async function agentCommand(argv: readonly string[], io: AgentIo, lintConfig: ResolvedConfig): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: { namespace: { type: 'string' }, port: { type: 'string' }, ...KUBE_FLAGS, 'cache-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    io.stdout(`${AGENT_HELP}\n`);
    return 0;
  }
  const port = Number(values.port ?? '8080');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const namespace = values.namespace ?? io.env['POD_NAMESPACE'] ?? 'virtops';
  const identity = io.env['POD_NAME'];
  const config = loadKubeConfig(values.kubeconfig);
  const agent = new Agent(
    { kube: new ApiServerClient(config, clientLimits(values)), writer: new StatusWriter(config), elector: new LeaderElector(new ApiLeaseStore(config), { namespace, name: 'virtops-agent', identity: identity ?? `virtops-${process.pid}`, durationSeconds: 15 }) },
    { namespace, port, cacheDir: values['cache-dir'] ?? join(tmpdir(), 'virtops-cache'), lintConfig, ...(identity ? { identity } : {}), ...(io.env['VIRTOPS_WEBHOOK_SECRET'] ? { webhookSecret: io.env['VIRTOPS_WEBHOOK_SECRET'] } : {}) },
  );
  await agent.start();
  await new Promise<void>((resolve) => {
    const shutdown = (): void => void agent.stop().then(resolve);
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  });
  return 0;
}
