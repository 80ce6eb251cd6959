import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asArray, asRecord, asString, has, isRecord, isSet, isTemplated, nameOf } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'dra-networks',
    type: 'problem',
    description: 'DRA (resourceClaim) networks need their feature gate, an SR-IOV or plugin interface, and a unique, declared claim and request',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'dra-network-gate',
      'dra-network-no-multus-mix',
      'dra-network-binding',
      'dra-network-claim-name-required',
      'dra-network-request-name-required',
      'dra-network-claim-declared',
      'dra-network-claim-request-unique',
    ],
    messages: {
      gate: "Network '{{name}}' is a DRA network (resourceClaim), but {{hint}}.",
      multusMix: "Network '{{name}}' is a Multus network, and this spec also has DRA (resourceClaim) networks; KubeVirt does not support mixing the two. Use only DRA networks or only Multus networks.",
      binding: "Interface '{{name}}' is on DRA network '{{name}}', which needs an SR-IOV interface (`sriov: {}`) or a network binding plugin (`binding: {name: <plugin>}`).",
      claimNameRequired: "DRA network '{{name}}' has no resourceClaim.claimName. Set it to the name of an entry in spec.resourceClaims.",
      requestNameRequired: "DRA network '{{name}}' has no resourceClaim.requestName. Set it to the request of the claim that provides the network device.",
      claimNotDeclared:
        "DRA network '{{name}}' uses claim '{{claim}}', which is not declared in spec.resourceClaims. Add `- name: {{claim}}` with resourceClaimName or resourceClaimTemplateName under resourceClaims.",
      duplicatePair: "DRA network '{{name}}' uses claim/request '{{pair}}', which networks[{{first}}] already uses. Each DRA network needs its own claim request.",
    },
  },
  check(ctx) {
    const networks = asArray(ctx.spec['networks']);
    const draIndex = networks.findIndex((network) => has(network, 'resourceClaim'));
    if (draIndex < 0) return;
    if (!isFeatureGateEnabled(ctx.settings, 'NetworkDevicesWithDRA')) {
      ctx.report({ path: ['networks', draIndex, 'resourceClaim'], target: 'key', messageId: 'gate', data: { name: nameOf(networks[draIndex]) ?? '', hint: featureGateHint('NetworkDevicesWithDRA') } , ...gateSeverity(ctx.settings) });
      return;
    }
    const multusIndex = networks.findIndex((network) => has(network, 'multus'));
    if (multusIndex >= 0) {
      ctx.report({ path: ['networks', multusIndex, 'multus'], target: 'key', messageId: 'multusMix', data: { name: nameOf(networks[multusIndex]) ?? '' } });
      return;
    }
    const interfaces = interfacesOf(ctx.spec);
    const claims = new Set<string>();
    let templatedClaim = false;
    for (const claim of asArray(ctx.spec['resourceClaims'])) {
      const claimName = nameOf(claim);
      if (claimName === undefined) continue;
      if (isTemplated(ctx, claimName)) templatedClaim = true;
      claims.add(claimName);
    }
    const firstByPair = new Map<string, number>();
    networks.forEach((network, i) => {
      const source = isRecord(network) ? asRecord(network['resourceClaim']) : undefined;
      if (source === undefined) return;
      const name = nameOf(network) ?? '';
      if (!isTemplated(ctx, name)) {
        // vmispec.LookupInterfaceByName: the first interface of the name.
        const k = interfaces.findIndex((iface) => nameOf(iface) === name);
        const iface = interfaces[k];
        if (isRecord(iface) && !has(iface, 'sriov') && !has(iface, 'binding')) {
          ctx.report({ path: [...INTERFACES_PATH, k, 'name'], messageId: 'binding', data: { name } });
        }
      }
      // Wrong types are the schema rule's findings.
      if ((isSet(source['claimName']) && typeof source['claimName'] !== 'string') || (isSet(source['requestName']) && typeof source['requestName'] !== 'string')) return;
      const claim = asString(source['claimName']) ?? '';
      const request = asString(source['requestName']) ?? '';
      const path = ['networks', i, 'resourceClaim'];
      if (claim === '') ctx.report({ path: [...path, 'claimName'], messageId: 'claimNameRequired', data: { name } });
      if (request === '') ctx.report({ path: [...path, 'requestName'], messageId: 'requestNameRequired', data: { name } });
      if (claim === '' || request === '' || isTemplated(ctx, claim) || isTemplated(ctx, request)) return;
      if (!claims.has(claim) && !templatedClaim) ctx.report({ path: [...path, 'claimName'], messageId: 'claimNotDeclared', data: { name, claim } });
      const pair = `${claim}/${request}`;
      const first = firstByPair.get(pair);
      if (first === undefined) firstByPair.set(pair, i);
      else ctx.report({ path: ['networks', i, 'resourceClaim'], target: 'key', messageId: 'duplicatePair', data: { name, pair, first } });
    });
  },
});
