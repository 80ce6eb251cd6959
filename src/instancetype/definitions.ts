import type { KubeObject } from '../load/objects.js';
import { asString, isParam, isRecord } from '../normalize/values.js';
import { COMMON_INSTANCETYPES, COMMON_PREFERENCES, COMMON_VERSION } from './common-data.js';
import { DEFINITION_KINDS, type Definition, type DefinitionKind, type InstancetypeIndex, type Resolved } from './types.js';

/**
 * Instancetype and preference definitions: read from objects, and looked up the way KubeVirt's finders
 * (pkg/instancetype/find, pkg/instancetype/preference/find) look up a VirtualMachine's matcher.
 */

export const EMPTY_INDEX: InstancetypeIndex = { definitions: [] };

export function isDefinitionKind(kind: string): kind is DefinitionKind {
  return (DEFINITION_KINDS as readonly string[]).includes(kind);
}

/** The definitions among `objects` (those with a name and a mapping spec). */
export function definitionsOf(objects: readonly KubeObject[], file?: string): Definition[] {
  const out: Definition[] = [];
  for (const object of objects) {
    if (!isDefinitionKind(object.kind) || object.templateParams) continue;
    const metadata = object.value['metadata'];
    const name = isRecord(metadata) ? asString(metadata['name']) : undefined;
    const spec = object.value['spec'];
    if (name === undefined || name === '' || !isRecord(spec)) continue;
    const namespace = isRecord(metadata) ? asString(metadata['namespace']) : undefined;
    out.push({ kind: object.kind, name, ...(namespace ? { namespace } : {}), spec, ...(file !== undefined ? { file } : {}) });
  }
  return out;
}

/** The index plus the definitions of the file being linted (for stdin and single files linted without a pre-scan). */
export function withLocal(index: InstancetypeIndex | undefined, objects: readonly KubeObject[]): InstancetypeIndex {
  const base = index ?? EMPTY_INDEX;
  if (!objects.some((o) => isDefinitionKind(o.kind))) return base;
  // This file's own definitions come first and without a file name (the pre-scanned index holds them too,
  // same kind/namespace/name): a VM's instancetype found in its own file is known to be applied with it.
  const local = definitionsOf(objects).map(({ file: _file, ...definition }) => definition);
  const localKeys = new Set(local.map(keyOf));
  return { definitions: [...local, ...base.definitions.filter((d) => !localKeys.has(keyOf(d)))] };
}

function keyOf(d: Definition): string {
  return `${d.kind}/${d.namespace ?? ''}/${d.name}`;
}

type Family = 'instancetype' | 'preference';

const MATCHER_KINDS: Record<Family, { namespaced: DefinitionKind; cluster: DefinitionKind }> = {
  instancetype: { namespaced: 'VirtualMachineInstancetype', cluster: 'VirtualMachineClusterInstancetype' },
  preference: { namespaced: 'VirtualMachinePreference', cluster: 'VirtualMachineClusterPreference' },
};

/**
 * The kind a matcher's `kind` names, as KubeVirt reads it: case-insensitive singular or plural resource
 * name; empty means the cluster-wide kind. Undefined for anything else (KubeVirt ignores the matcher then).
 */
export function matcherKind(family: Family, kind: unknown): DefinitionKind | undefined {
  const { namespaced, cluster } = MATCHER_KINDS[family];
  if (kind === undefined || kind === null || kind === '') return cluster;
  if (typeof kind !== 'string') return undefined;
  const lower = kind.toLowerCase();
  if (lower === namespaced.toLowerCase() || lower === `${namespaced.toLowerCase()}s`) return namespaced;
  if (lower === cluster.toLowerCase() || lower === `${cluster.toLowerCase()}s`) return cluster;
  return undefined;
}

/**
 * The definition `vmSpec.instancetype` or `vmSpec.preference` names, or undefined when it names none
 * that is known (inferFromVolume, a `${PARAM}`, a name neither in the set nor bundled: the cross-object
 * rules report unresolved references; expansion is skipped).
 *
 * Namespaced kinds are looked up in the VM's namespace; when the VM or the definition leaves the namespace
 * to the apply step (kubectl -n, kustomize), the name alone decides. Cluster-wide kinds in the set win over
 * the bundled common-instancetypes of the same name.
 */
export function resolveMatcher(family: Family, vmSpec: Readonly<Record<string, unknown>>, vmNamespace: string | undefined, index: InstancetypeIndex): Resolved | undefined {
  const matcher = vmSpec[family];
  if (!isRecord(matcher)) return undefined;
  const name = asString(matcher['name']);
  if (name === undefined || name === '' || isParam(name)) return undefined;
  const kind = matcherKind(family, matcher['kind']);
  if (kind === undefined) return undefined;
  const candidates = index.definitions.filter((d) => d.kind === kind && d.name === name);
  const isCluster = kind === MATCHER_KINDS[family].cluster;
  const found = isCluster
    ? candidates[0]
    : (candidates.find((d) => d.namespace !== undefined && d.namespace === vmNamespace) ??
      candidates.find((d) => d.namespace === undefined || vmNamespace === undefined));
  if (found) return { kind, name, spec: found.spec, source: found.file ?? THIS_FILE };
  if (!isCluster) return undefined;
  const common = family === 'instancetype' ? COMMON_INSTANCETYPES[name] : COMMON_PREFERENCES[name];
  return common ? { kind, name, spec: common, source: `common-instancetypes ${COMMON_VERSION}` } : undefined;
}

/** How a message names a definition: VirtualMachineClusterInstancetype 'u1.medium' (common-instancetypes v1.7.0). */
/** The source of a definition that sits in the same file as the VM referring to it. */
export const THIS_FILE = 'this file';

export function describeResolved(resolved: Resolved): string {
  return `${resolved.kind} '${resolved.name}' (${resolved.source})`;
}
