import { defineRule } from '../src/engine/rule.js';
import { asArray, asRecord, dig, digPath, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const NETWORK_SOURCES = ['pod', 'multus', 'resourceClaim'] as const;

/** How a network is described in a message: "a Multus network (networkName 'ns/br1')". */
function describeNetwork(network: Readonly<Record<string, unknown>>): string {
  const sources = NETWORK_SOURCES.filter((source) => has(network, source));
  if (sources.length === 0) return 'a network with no source (neither pod, multus nor resourceClaim)';
  if (sources[0] === 'multus') {
    const networkName = dig(network, 'multus', 'networkName');
    return typeof networkName === 'string' && networkName !== '' ? `a Multus network (networkName '${networkName}')` : 'a Multus network';
  }
  return 'a resourceClaim (DRA) network';
}

export default defineRule({
  meta: {
    id: 'masquerade-pod-network',
    type: 'problem',
    description: 'The masquerade binding works only on the pod network',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['masquerade-pod-network-only'],
    messages: {
      notPod:
        "Interface '{{name}}' uses the masquerade binding, but its network '{{name}}' is {{network}}; masquerade works only on the pod network. Use `bridge: {}` (or SR-IOV) for this interface, or make the network `pod: {}`.",
      noNetwork:
        "Interface '{{name}}' uses the masquerade binding, which needs the pod network, but there is no network named '{{name}}'. Add `- name: {{name}}` with `pod: {}` under networks.",
    },
  },
  check(ctx) {
    // KubeVirt looks the network up by name, the last one winning when names repeat.
    const networks = new Map<string, Readonly<Record<string, unknown>>>();
    let templatedNetwork = false;
    for (const network of asArray(ctx.normalized['networks'])) {
      const name = nameOf(network);
      const record = asRecord(network);
      if (name === undefined || record === undefined) continue;
      if (isTemplated(ctx, name)) templatedNetwork = true;
      networks.set(name, record);
    }
    const interfacesPath = ['domain', 'devices', 'interfaces'];
    asArray(digPath(ctx.spec, interfacesPath)).forEach((iface, i) => {
      if (!isRecord(iface) || !has(iface, 'masquerade')) return;
      const name = nameOf(iface);
      if (name === undefined || isTemplated(ctx, name)) return;
      const network = networks.get(name);
      const at = { path: [...interfacesPath, i, 'masquerade'], target: 'key' as const };
      if (network === undefined) {
        if (!templatedNetwork) ctx.report({ ...at, messageId: 'noNetwork', data: { name } });
        return;
      }
      if (has(network, 'pod')) return;
      ctx.report({ ...at, messageId: 'notPod', data: { name, network: describeNetwork(network) } });
    });
  },
});
