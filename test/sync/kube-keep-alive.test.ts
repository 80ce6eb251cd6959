import { KubeConfig, RequestContext, HttpMethod } from '@kubernetes/client-node';
import type { Agent } from 'node:https';
import { describe, expect, it } from 'vitest';
import { reuseConnections } from '../../src/kube/keep-alive.js';

/** The agent client-node puts on a request, as it does before each API call. */
async function agentFor(config: KubeConfig): Promise<Agent> {
  const context = new RequestContext('https://127.0.0.1:6443/api/v1/namespaces', HttpMethod.GET);
  await config.applySecurityAuthentication(context);
  return context.getAgent() as Agent;
}

const kubeconfig = (token: string, ca = 'Y2EK') => `apiVersion: v1
kind: Config
clusters:
  - name: c
    cluster:
      server: https://127.0.0.1:6443
      certificate-authority-data: ${ca}
users:
  - name: u
    user:
      token: ${token}
contexts:
  - name: ctx
    context: { cluster: c, user: u }
current-context: ctx
`;

describe('reuseConnections', () => {
  it('client-node alone makes a new agent (a new TLS connection) per request', async () => {
    const config = new KubeConfig();
    config.loadFromString(kubeconfig('t1'));
    expect(await agentFor(config)).not.toBe(await agentFor(config));
  });

  it('hands out one keep-alive agent while the TLS settings stay the same', async () => {
    const config = new KubeConfig();
    config.loadFromString(kubeconfig('t1'));
    reuseConnections(config);
    const first = await agentFor(config);
    expect(await agentFor(config)).toBe(first);
    expect((first as Agent & { keepAlive?: boolean }).keepAlive).toBe(true);
  });

  it('a new CA (e.g. a reloaded kubeconfig) gets a new agent', async () => {
    const config = new KubeConfig();
    config.loadFromString(kubeconfig('t1'));
    reuseConnections(config);
    const first = await agentFor(config);
    config.clusters[0] = { ...config.clusters[0]!, caData: 'b3RoZXIK' };
    expect(await agentFor(config)).not.toBe(first);
  });
});
