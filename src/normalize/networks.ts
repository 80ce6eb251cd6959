import { asArray, asRecord, dig, digPath, has, isTemplated, nameOf, type Obj } from './values.js';

/**
 * Shared reading of `networks` and `domain.devices.interfaces` for the network rules, following how
 * KubeVirt's network admitter (pkg/network/admitter, pkg/network/vmispec) looks things up.
 */

export const INTERFACES_PATH = ['domain', 'devices', 'interfaces'] as const;

/** The binding methods KubeVirt counts (deprecated slirp, passt and macvtap do not count). */
export const BINDING_KEYS = ['bridge', 'masquerade', 'sriov', 'passtBinding', 'binding'] as const;

/** Bindings discontinued since KubeVirt v1.3. */
export const DISCONTINUED_BINDING_KEYS = ['slirp', 'passt', 'macvtap'] as const;

export interface NetworkIndex {
  /** By name, the last network of a name winning (vmispec.IndexNetworkSpecByName). */
  byName: Map<string, Obj>;
  /** Some network name is a `${PARAM}`: a name lookup that fails proves nothing. */
  templated: boolean;
}

export function indexNetworks(ctx: { templateParams: boolean }, spec: Obj): NetworkIndex {
  const byName = new Map<string, Obj>();
  let templated = false;
  for (const network of asArray(spec['networks'])) {
    const record = asRecord(network);
    const name = nameOf(network);
    if (record === undefined || name === undefined) continue;
    if (isTemplated(ctx, name)) templated = true;
    byName.set(name, record);
  }
  return { byName, templated };
}

/** The interfaces list as written (possibly empty). */
export function interfacesOf(spec: Obj): readonly unknown[] {
  return asArray(digPath(spec, INTERFACES_PATH));
}

/** The binding keys an interface sets (non-null), in KubeVirt's order. */
export function bindingsOf(iface: Obj): (typeof BINDING_KEYS)[number][] {
  return BINDING_KEYS.filter((key) => has(iface, key));
}

/** A network's kind for messages: "the pod network", "a Multus network (networkName 'x')", ... */
export function describeNetwork(network: Obj | undefined): string {
  if (network === undefined) return 'missing';
  if (has(network, 'pod')) return 'the pod network';
  if (has(network, 'multus')) {
    const networkName = dig(network, 'multus', 'networkName');
    return typeof networkName === 'string' && networkName !== '' ? `a Multus network (networkName '${networkName}')` : 'a Multus network';
  }
  if (has(network, 'resourceClaim')) return 'a resourceClaim (DRA) network';
  return 'a network with no source';
}

/**
 * KubeVirt's default network (vmispec.LookUpDefaultNetwork): the first network that is the pod network
 * or a Multus network with `default: true`.
 */
export function defaultNetworkName(spec: Obj): string | undefined {
  for (const network of asArray(spec['networks'])) {
    if (has(network, 'pod') || dig(network, 'multus', 'default') === true) return nameOf(network);
  }
  return undefined;
}

/**
 * True when KubeVirt's defaulting adds the `default` pod network and interface to this spec
 * (pkg/network/vmispec/defaults.go): both lists empty and autoattachPodInterface not false.
 */
export function getsDefaultPodInterface(spec: Obj): boolean {
  if (dig(spec, 'domain', 'devices', 'autoattachPodInterface') === false) return false;
  const empty = (value: unknown) => value === undefined || value === null || (Array.isArray(value) && value.length === 0);
  return empty(spec['networks']) && empty(digPath(spec, INTERFACES_PATH));
}
