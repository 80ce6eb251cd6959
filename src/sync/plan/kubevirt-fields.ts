import { getAt } from '../../core/path.js';
import type { FieldPath } from '../../core/types.js';

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
    const value = getAt(live, path);
    if (value !== undefined && getAt(out, path) === undefined && parentExistsOrCreatable(out, path)) setAt(out, path, value);
  }
  carryOverMacAddresses(out, live);
  return out;
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

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
