import { defineRule } from '../src/engine/rule.js';
import { asArray, dig, has, isRecord, nameOf } from '../src/normalize/values.js';

const SOURCES = ['pod', 'multus', 'resourceClaim'] as const;

export default defineRule({
  meta: {
    id: 'network-sources',
    type: 'problem',
    description: 'Each network needs exactly one source (pod, multus or resourceClaim), with at most one pod network or Multus default network',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['network-type-required', 'network-single-type', 'single-pod-network', 'single-multus-default', 'pod-vs-multus-default', 'multus-network-name-required'],
    messages: {
      noSource: "Network '{{name}}' has no source. Add exactly one of `pod: {}`, `multus: {networkName: <NetworkAttachmentDefinition>}` or `resourceClaim: {...}`.",
      manySources: "Network '{{name}}' has more than one source ({{sources}}). Keep exactly one; use a separate network (and interface) for each.",
      secondPod:
        "Network '{{name}}' is a second pod network (networks[{{first}}] '{{firstName}}' is already one); a VM can have only one interface on the pod network. Use a Multus network for additional interfaces.",
      secondMultusDefault:
        "Network '{{name}}' is a second Multus default network (networks[{{first}}] '{{firstName}}' already has `default: true`); only one network can replace the pod network. Remove `default: true` from one of them.",
      podWithMultusDefault:
        "Network '{{name}}' is a Multus default network (`default: true`), which replaces the pod network, but networks[{{pod}}] '{{podName}}' is the pod network. Remove the pod network or `default: true`.",
      emptyNetworkName: "Network '{{name}}' has an empty multus.networkName. Set it to the NetworkAttachmentDefinition to use (`name` or `namespace/name`).",
    },
  },
  check(ctx) {
    const networks = asArray(ctx.spec['networks']);
    if (networks.length === 0) return;
    let firstPod: number | undefined;
    let firstMultusDefault: number | undefined;
    let reportedEmptyName = false;
    const nameAt = (i: number) => nameOf(networks[i]) ?? '';
    networks.forEach((network, i) => {
      if (!isRecord(network)) return;
      const name = nameAt(i);
      const sources = SOURCES.filter((source) => has(network, source));
      if (sources.length === 0) ctx.report({ path: ['networks', i], messageId: 'noSource', data: { name } });
      else if (sources.length > 1) {
        ctx.report({ path: ['networks', i, sources[1]!], target: 'key', messageId: 'manySources', data: { name, sources: sources.map((s) => `\`${s}\``).join(', ') } });
      }
      if (has(network, 'pod')) {
        if (firstPod === undefined) firstPod = i;
        else ctx.report({ path: ['networks', i, 'pod'], target: 'key', messageId: 'secondPod', data: { name, first: firstPod, firstName: nameAt(firstPod) } });
      }
      if (has(network, 'multus')) {
        if (dig(network, 'multus', 'default') === true) {
          if (firstMultusDefault === undefined) firstMultusDefault = i;
          else {
            ctx.report({
              path: ['networks', i, 'multus', 'default'],
              target: 'key',
              messageId: 'secondMultusDefault',
              data: { name, first: firstMultusDefault, firstName: nameAt(firstMultusDefault) },
            });
          }
        }
        // KubeVirt reports only the first; a missing networkName is the schema rule's finding.
        if (!reportedEmptyName && dig(network, 'multus', 'networkName') === '') {
          reportedEmptyName = true;
          ctx.report({ path: ['networks', i, 'multus', 'networkName'], messageId: 'emptyNetworkName', data: { name } });
        }
      }
    });
    if (firstPod !== undefined && firstMultusDefault !== undefined) {
      ctx.report({
        path: ['networks', firstMultusDefault, 'multus', 'default'],
        target: 'key',
        messageId: 'podWithMultusDefault',
        data: { name: nameAt(firstMultusDefault), pod: firstPod, podName: nameAt(firstPod) },
      });
    }
  },
});
