import { getAt } from '../../core/path.js';
import type { FieldPath } from '../../core/types.js';
import { isRecord } from '../../normalize/values.js';

/**
 * Fields KubeVirt and its add-ons write into a VirtualMachine's spec. They are identity (a guest must
 * not see new hardware after a restart) and never drift: the desired object carries the live values
 * over before it is applied. Stripping them is not enough: under server-side apply the mutating
 * webhook's additions on create are owned by the applier, and the VM's device lists are atomic, so an
 * apply without them would delete them.
 */

/** Scalar fields KubeVirt fills in, by path from the object root. */
export const KUBEVIRT_WRITTEN_FIELDS: readonly FieldPath[] = [
  ['spec', 'template', 'spec', 'domain', 'firmware', 'uuid'],
  ['spec', 'template', 'spec', 'domain', 'firmware', 'serial'],
  ['spec', 'template', 'spec', 'domain', 'machine', 'type'],
  ['spec', 'template', 'spec', 'architecture'],
  ['spec', 'template', 'metadata', 'annotations', 'kubevirt.io/pci-topology-version'],
  ['spec', 'instancetype', 'revisionName'],
  ['spec', 'preference', 'revisionName'],
];

const INTERFACES: FieldPath = ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces'];

type Json = Record<string, unknown>;

/**
 * `desired` with every KubeVirt-written field it leaves unset taken from `live` (and interface MAC
 * addresses matched by interface name). Values git sets explicitly win. Pure: returns a copy.
 */
export function carryOverKubevirtFields(desired: Json, live: Json | undefined): Json {
  if (!live || desired['kind'] !== 'VirtualMachine') return desired;
  const out = structuredClone(desired);
  for (const path of KUBEVIRT_WRITTEN_FIELDS) {
    if (path[2] === 'revisionName' && matcherChanged(desired, live, path[1] as MatcherKey)) continue;
    const value = getAt(live, path);
    if (value !== undefined && getAt(out, path) === undefined && parentExistsOrCreatable(out, path)) setAt(out, path, value);
  }
  carryOverMacAddresses(out, live);
  return out;
}

type MatcherKey = 'instancetype' | 'preference';

/** The kind a matcher without one means, as KubeVirt reads it (case-insensitive, plural accepted). */
const DEFAULT_MATCHER_KIND: Record<MatcherKey, string> = { instancetype: 'virtualmachineclusterinstancetype', preference: 'virtualmachineclusterpreference' };

/**
 * The revisionName pins the old instancetype or preference: carried over to a matcher that names
 * another one, KubeVirt rejects the update (and would otherwise keep the old definition).
 */
function matcherChanged(desired: Json, live: Json, key: MatcherKey): boolean {
  const before = getAt(live, ['spec', key]);
  const after = getAt(desired, ['spec', key]);
  if (!isRecord(before) || !isRecord(after)) return false;
  const kind = (matcher: Json): string => (typeof matcher['kind'] === 'string' && matcher['kind'] !== '' ? matcher['kind'].toLowerCase().replace(/s$/, '') : DEFAULT_MATCHER_KIND[key]);
  return (before['name'] ?? '') !== (after['name'] ?? '') || kind(before) !== kind(after);
}

function carryOverMacAddresses(out: Json, live: Json): void {
  const desiredInterfaces = getAt(out, INTERFACES);
  const liveInterfaces = getAt(live, INTERFACES);
  if (!Array.isArray(desiredInterfaces) || !Array.isArray(liveInterfaces)) return;
  const liveMacs = new Map<string, unknown>();
  for (const item of liveInterfaces) {
    if (isRecord(item) && typeof item['name'] === 'string' && item['macAddress'] !== undefined) liveMacs.set(item['name'], item['macAddress']);
  }
  for (const item of desiredInterfaces) {
    if (isRecord(item) && typeof item['name'] === 'string' && item['macAddress'] === undefined && liveMacs.has(item['name'])) {
      item['macAddress'] = liveMacs.get(item['name']);
    }
  }
}

/** Only fill in under a template the desired object has: never invent a whole spec section. */
function parentExistsOrCreatable(root: Json, path: FieldPath): boolean {
  const templateSpec = getAt(root, ['spec', 'template']);
  if (path[1] === 'template') return isRecord(templateSpec);
  return isRecord(getAt(root, path.slice(0, -1)));
}

function setAt(root: Json, path: FieldPath, value: unknown): void {
  let node: Json = root;
  for (const segment of path.slice(0, -1)) {
    const next = node[segment as string];
    if (!isRecord(next)) node[segment as string] = {};
    node = node[segment as string] as Json;
  }
  node[path[path.length - 1] as string] = value;
}
