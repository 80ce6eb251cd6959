import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import {
  bindingsOf,
  describeNetwork,
  DISCONTINUED_BINDING_KEYS,
  getsDefaultPodInterface,
  indexNetworks,
  INTERFACES_PATH,
  interfacesOf,
} from '../src/normalize/networks.js';
import { has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const REPLACEMENT: Record<(typeof DISCONTINUED_BINDING_KEYS)[number], string> = {
  slirp: 'Use `masquerade: {}` on the pod network instead.',
  passt: 'Use `passtBinding: {}` on the pod network instead.',
  macvtap: 'Use `bridge: {}` on a Multus network, or a macvtap network binding plugin (`binding: {name: macvtap}`), instead.',
};

export default defineRule({
  meta: {
    id: 'interface-binding',
    type: 'problem',
    description: 'Every interface needs exactly one supported binding method that fits its network and the cluster',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'interface-single-binding',
      'discontinued-slirp',
      'discontinued-passt',
      'discontinued-macvtap',
      'bridge-on-pod-network-permitted',
      'passt-binding-gate',
      'passt-binding-pod-network-only',
    ],
    messages: {
      noBinding:
        "Interface '{{name}}' has no binding method. Add exactly one of `masquerade: {}` (pod network), `bridge: {}`, `sriov: {}`, `passtBinding: {}` (pod network) or a binding plugin (`binding: {name: <plugin>}`).",
      manyBindings: "Interface '{{name}}' sets {{count}} binding methods ({{bindings}}); KubeVirt requires exactly one. Keep only one of them.",
      discontinued: "Interface '{{name}}' uses the `{{binding}}` binding, which KubeVirt discontinued in v1.3 and rejects. {{replacement}}",
      bridgeNotPermitted:
        "Interface '{{name}}' uses the bridge binding on the pod network, which this cluster does not permit (settings.permitBridgeInterfaceOnPodNetwork: false, KubeVirt CR network.permitBridgeInterfaceOnPodNetwork). Use `masquerade: {}` for the pod network.",
      defaultBridgeNotPermitted:
        'There are no interfaces and networks, so KubeVirt adds a default pod interface with the cluster default binding, bridge, which this cluster does not permit on the pod network (settings.permitBridgeInterfaceOnPodNetwork: false). Declare the interface yourself: `interfaces: [{name: default, masquerade: {}}]` with `networks: [{name: default, pod: {}}]`.',
      passtGate: "Interface '{{name}}' uses `passtBinding`, but {{hint}}. Use `masquerade: {}` on the pod network instead.",
      passtNotPod:
        "Interface '{{name}}' uses `passtBinding`, which works only on the pod network, but network '{{name}}' is {{network}}. Use `bridge: {}` or `sriov: {}` for this interface, or make the network `pod: {}`.",
    },
  },
  check(ctx) {
    const { settings } = ctx;
    const interfaces = interfacesOf(ctx.spec);
    if (interfaces.length === 0) {
      if (!settings.permitBridgeInterfaceOnPodNetwork && settings.defaultNetworkInterface === 'bridge' && getsDefaultPodInterface(ctx.spec)) {
        ctx.report({ path: [...INTERFACES_PATH], messageId: 'defaultBridgeNotPermitted' });
      }
      return;
    }
    const networks = indexNetworks(ctx, ctx.spec);
    const passtEnabled = isFeatureGateEnabled(settings, 'PasstBinding');
    interfaces.forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const name = nameOf(iface) ?? '';
      const at = (key: string) => ({ path: [...INTERFACES_PATH, i, key], target: 'key' as const });

      const discontinued = DISCONTINUED_BINDING_KEYS.filter((key) => has(iface, key));
      for (const binding of discontinued) ctx.report({ ...at(binding), messageId: 'discontinued', data: { name, binding, replacement: REPLACEMENT[binding] } });

      const bindings = bindingsOf(iface);
      if (bindings.length === 0 && discontinued.length === 0) {
        ctx.report({ path: [...INTERFACES_PATH, i], messageId: 'noBinding', data: { name } });
      } else if (bindings.length > 1) {
        ctx.report({ ...at(bindings[1]!), messageId: 'manyBindings', data: { name, count: bindings.length, bindings: bindings.map((b) => `\`${b}\``).join(', ') } });
      }

      if (isTemplated(ctx, name)) return;
      const network = networks.byName.get(name);
      if (has(iface, 'bridge') && network !== undefined && has(network, 'pod') && !settings.permitBridgeInterfaceOnPodNetwork) {
        ctx.report({ ...at('bridge'), messageId: 'bridgeNotPermitted', data: { name } });
      }
      if (has(iface, 'passtBinding')) {
        if (!passtEnabled) ctx.report({ ...at('passtBinding'), messageId: 'passtGate', data: { name, hint: featureGateHint('PasstBinding') } , ...gateSeverity(ctx.settings) });
        // A missing network is device-references' finding (interface-has-network).
        if (network !== undefined && !has(network, 'pod')) {
          ctx.report({ ...at('passtBinding'), messageId: 'passtNotPod', data: { name, network: describeNetwork(network) } });
        }
      }
    });
  },
});
