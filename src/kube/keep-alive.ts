import type { Agent } from 'node:http';
import type { KubeConfig } from '@kubernetes/client-node';

/**
 * client-node builds a new https.Agent for every request, so every request pays a TLS handshake (and
 * parses the CA again): most of a no-op sync's client time. This makes the config hand out one
 * keep-alive agent while the cluster and TLS settings stay the same (a rotated client certificate
 * gets a new agent).
 */
type AgentOptions = Record<string, unknown>;
type Cluster = { server?: string; proxyUrl?: string } | null | undefined;
type CreateAgent = (cluster: Cluster, options: AgentOptions) => Agent;

export function reuseConnections(config: KubeConfig): KubeConfig {
  const target = config as unknown as { createAgent: CreateAgent };
  const create = target.createAgent.bind(config);
  let last: { cluster: Cluster; options: AgentOptions; agent: Agent } | undefined;
  target.createAgent = (cluster, options) => {
    if (last && sameSettings(last.cluster, cluster, last.options, options)) return last.agent;
    // Requests may still be using the old agent: close its connections once they are done.
    const old = last?.agent;
    if (old) setTimeout(() => old.destroy(), 60_000).unref();
    last = { cluster, options: { ...options }, agent: create(cluster, { ...options, keepAlive: true }) };
    return last.agent;
  };
  return config;
}

function sameSettings(clusterA: Cluster, clusterB: Cluster, a: AgentOptions, b: AgentOptions): boolean {
  if (clusterA?.server !== clusterB?.server || clusterA?.proxyUrl !== clusterB?.proxyUrl) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!sameValue(a[key], b[key])) return false;
  }
  return true;
}

function sameValue(x: unknown, y: unknown): boolean {
  if (Buffer.isBuffer(x) && Buffer.isBuffer(y)) return x.equals(y);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, i) => sameValue(item, y[i]));
  return x === y;
}
