import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled, type FeatureGate } from '../src/normalize/feature-gates.js';
import { asArray, asRecord, asString, dig, isRecord, isTemplated, nameOf, type Obj } from '../src/normalize/values.js';

interface DeviceList {
  key: 'gpus' | 'hostDevices';
  /** How KubeVirt names the list in duplicate-pair messages. */
  label: 'GPUs' | 'HostDevices';
  kind: string;
  gate: FeatureGate;
  /** GPUs must be all DRA or all non-DRA; host devices may mix. */
  rejectMixed: boolean;
}

const LISTS: readonly DeviceList[] = [
  { key: 'gpus', label: 'GPUs', kind: 'GPU', gate: 'GPUsWithDRA', rejectMixed: true },
  { key: 'hostDevices', label: 'HostDevices', kind: 'host device', gate: 'HostDevicesWithDRA', rejectMixed: false },
];

/** Where a claim/request pair is first used: list label, path of the entry, index. */
interface PairOwner {
  label: string;
  index: number;
}

/** The embedded ClaimRequest is allocated as soon as one of its fields appears. */
function hasClaimRequest(device: Obj): boolean {
  return device['claimName'] !== undefined || device['requestName'] !== undefined;
}

/** A string field read the way Go decodes it: missing or null = ''; undefined for junk. */
function stringField(device: Obj, key: string): string | undefined {
  const value = device[key];
  return value === undefined || value === null ? '' : asString(value);
}

export default defineRule({
  meta: {
    id: 'dra-devices',
    type: 'problem',
    description: 'GPUs and host devices need either a deviceName or a DRA claim request that is complete, unique and declared in resourceClaims',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'gpu-dra-mix',
      'device-name-or-claim-required',
      'device-name-and-claim-exclusive',
      'dra-device-gate',
      'dra-device-claim-name-required',
      'dra-device-request-name-required',
      'dra-device-pair-unique',
      'dra-cross-list-pair-unique',
      'dra-claims-declared',
    ],
    messages: {
      gpuMix: 'domain.devices.gpus mixes DRA GPUs (claimName/requestName) and device-plugin GPUs (deviceName); KubeVirt requires all GPUs of a VM to be one or the other.',
      nameOrClaimRequired: "{{Kind}} '{{name}}' has neither a deviceName nor a claim request. Set deviceName (a device-plugin resource) or claimName and requestName (DRA).",
      nameAndClaim: "{{Kind}} '{{name}}' sets both deviceName and a claim request (claimName/requestName). Keep deviceName for a device-plugin resource, or the claim request for DRA.",
      gate: "{{Kind}} '{{name}}' is a DRA device (claimName/requestName), but {{hint}}.",
      claimNameRequired: "DRA {{kind}} '{{name}}' has no claimName. Set it to the name of an entry in spec.resourceClaims.",
      requestNameRequired: "DRA {{kind}} '{{name}}' has no requestName. Set it to the request of the claim that provides the device.",
      duplicatePair: "{{Kind}} '{{name}}' uses claim/request '{{pair}}', which {{list}}[{{first}}] already uses. Each device needs its own claim request.",
      crossListPair: "{{Kind}} '{{name}}' uses claim/request '{{pair}}', which {{owner}}[{{first}}] already uses. A claim request can back only one GPU, host device or network.",
      claimNotDeclared:
        "{{Kind}} '{{name}}' uses claim '{{claim}}', which is not declared in spec.resourceClaims. Add `- name: {{claim}}` with resourceClaimName or resourceClaimTemplateName under resourceClaims.",
    },
  },
  check(ctx) {
    const devices = asRecord(dig(ctx.spec, 'domain', 'devices'));
    if (devices === undefined) return;
    const gpus = asArray(devices['gpus']);
    const hostDevices = asArray(devices['hostDevices']);
    if (gpus.length === 0 && hostDevices.length === 0) return;

    const owners = new Map<string, PairOwner>();
    const claimUses: { claim: string; path: (string | number)[]; kind: string; name: string }[] = [];
    for (const list of LISTS) {
      const items = list.key === 'gpus' ? gpus : hostDevices;
      if (items.length === 0) continue;
      const pairs = checkList(ctx, list, items, claimUses);
      for (const [pair, index] of pairs) {
        const owner = owners.get(pair);
        if (owner === undefined) {
          owners.set(pair, { label: list.label, index });
          continue;
        }
        const item = asRecord(items[index]);
        ctx.report({
          path: ['domain', 'devices', list.key, index],
          messageId: 'crossListPair',
          data: { Kind: capitalize(list.kind), name: nameOf(item) ?? '', pair, owner: owner.label, first: owner.index },
        });
      }
    }

    // DRA networks take part in the pair check only when their gate is on.
    if (owners.size > 0 && isFeatureGateEnabled(ctx.settings, 'NetworkDevicesWithDRA')) {
      const seen = new Set<string>();
      asArray(ctx.spec['networks']).forEach((network, i) => {
        const source = isRecord(network) ? asRecord(network['resourceClaim']) : undefined;
        const claim = source === undefined ? undefined : asString(source['claimName']);
        const request = source === undefined ? undefined : asString(source['requestName']);
        if (!claim || !request || isTemplated(ctx, claim) || isTemplated(ctx, request)) return;
        const pair = `${claim}/${request}`;
        if (seen.has(pair)) return;
        seen.add(pair);
        const owner = owners.get(pair);
        if (owner !== undefined) {
          ctx.report({ path: ['networks', i, 'resourceClaim'], target: 'key', messageId: 'crossListPair', data: { Kind: 'Network', name: nameOf(network) ?? '', pair, owner: owner.label, first: owner.index } });
        }
      });
    }

    if (claimUses.length === 0) return;
    const declared = new Set<string>();
    for (const claim of asArray(ctx.spec['resourceClaims'])) {
      const name = nameOf(claim);
      if (name === undefined) continue;
      if (isTemplated(ctx, name)) return;
      declared.add(name);
    }
    const reported = new Set<string>();
    for (const use of claimUses) {
      if (declared.has(use.claim) || reported.has(use.claim)) continue;
      reported.add(use.claim);
      ctx.report({ path: use.path, messageId: 'claimNotDeclared', data: { Kind: capitalize(use.kind), name: use.name, claim: use.claim } });
    }
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * KubeVirt's validateDRADevices for one list. Returns the first index of each complete claim/request pair
 * (for the cross-list check) and records the claims used (for the resourceClaims check).
 */
function checkList(
  ctx: InstanceSpecContext,
  list: DeviceList,
  items: readonly unknown[],
  claimUses: { claim: string; path: (string | number)[]; kind: string; name: string }[],
): Map<string, number> {
  const pairs = new Map<string, number>();
  const listPath = ['domain', 'devices', list.key];
  const dra: number[] = [];
  const plain: number[] = [];
  items.forEach((item, i) => {
    const device = asRecord(item);
    if (device === undefined) return;
    const deviceName = stringField(device, 'deviceName');
    const claimName = stringField(device, 'claimName');
    const requestName = stringField(device, 'requestName');
    // Wrong types are the schema rule's findings.
    if (deviceName === undefined || claimName === undefined || requestName === undefined) return;
    if (deviceName === '' && hasClaimRequest(device)) dra.push(i);
    else plain.push(i);
  });
  const Kind = capitalize(list.kind);
  const nameAt = (i: number) => nameOf(items[i]) ?? '';

  if (list.rejectMixed && dra.length > 0 && plain.length > 0) {
    ctx.report({ path: listPath, target: 'key', messageId: 'gpuMix' });
    return pairs;
  }
  for (const i of plain) {
    const device = items[i] as Obj;
    if (stringField(device, 'deviceName') === '') ctx.report({ path: [...listPath, i], messageId: 'nameOrClaimRequired', data: { Kind, name: nameAt(i) } });
    else if (hasClaimRequest(device)) {
      const key = device['claimName'] !== undefined ? 'claimName' : 'requestName';
      ctx.report({ path: [...listPath, i, key], target: 'key', messageId: 'nameAndClaim', data: { Kind, name: nameAt(i) } });
    }
  }
  if (dra.length === 0) return pairs;
  if (!isFeatureGateEnabled(ctx.settings, list.gate)) {
    const first = dra[0]!;
    const key = (items[first] as Obj)['claimName'] !== undefined ? 'claimName' : 'requestName';
    ctx.report({ path: [...listPath, first, key], target: 'key', messageId: 'gate', data: { Kind, name: nameAt(first), hint: featureGateHint(list.gate) } , ...gateSeverity(ctx.settings) });
    return pairs;
  }
  for (const i of dra) {
    const device = items[i] as Obj;
    const claim = stringField(device, 'claimName') ?? '';
    const request = stringField(device, 'requestName') ?? '';
    const name = nameAt(i);
    if (claim === '') ctx.report({ path: [...listPath, i, 'claimName'], messageId: 'claimNameRequired', data: { kind: list.kind, name } });
    if (request === '') ctx.report({ path: [...listPath, i, 'requestName'], messageId: 'requestNameRequired', data: { kind: list.kind, name } });
    if (claim === '' || request === '' || isTemplated(ctx, claim) || isTemplated(ctx, request)) continue;
    claimUses.push({ claim, path: [...listPath, i, 'claimName'], kind: list.kind, name });
    const pair = `${claim}/${request}`;
    const first = pairs.get(pair);
    if (first === undefined) pairs.set(pair, i);
    else ctx.report({ path: [...listPath, i], messageId: 'duplicatePair', data: { Kind, name, pair, list: list.key, first } });
  }
  return pairs;
}
