import type { FieldPath } from '../core/types.js';
import { kindInfo } from '../kinds/registry.js';
import { asArray, asString, dig, digPath, isParam, isRecord, nameOf, type Obj } from './values.js';
import { vmSpecOf } from './vm-spec.js';

/**
 * The objects a manifest names by reference (volumes, secrets, networks, instancetypes, clone sources),
 * for the cross-object rules. Pure; junk values are skipped, never judged here.
 */

export interface ObjectReference {
  kind: string;
  /** Kinds that satisfy the reference too (a PVC is also made by a DataVolume of that name: CDI creates it). */
  alternatives?: string[];
  /** The namespace the reference names itself; undefined = the referring object's namespace. */
  namespace?: string;
  /** A cluster-scoped kind: namespaces do not matter. */
  cluster?: boolean;
  name: string;
  /** Path from the object root to the value naming it. */
  path: FieldPath;
  /** How it is referenced, for messages. */
  via: string;
}

export const PVC = 'PersistentVolumeClaim';
export const DATA_VOLUME = 'DataVolume';
export const NAD = 'NetworkAttachmentDefinition';

const CLUSTER_KINDS = new Set(['VirtualMachineClusterInstancetype', 'VirtualMachineClusterPreference']);
/** KubeVirt reads instancetype/preference kinds case-insensitively; empty means the cluster-wide kind. */
const MATCHER_KINDS: Record<'instancetype' | 'preference', { namespaced: string; cluster: string }> = {
  instancetype: { namespaced: 'VirtualMachineInstancetype', cluster: 'VirtualMachineClusterInstancetype' },
  preference: { namespaced: 'VirtualMachinePreference', cluster: 'VirtualMachineClusterPreference' },
};

/** Several set rules ask for the same object's references in one run: computed once per object. */
const computed = new WeakMap<object, readonly ObjectReference[]>();

export function referencesOf(kind: string, object: Obj, templateParams: boolean): readonly ObjectReference[] {
  let refs = computed.get(object);
  if (refs === undefined) {
    refs = computeReferences(kind, object, templateParams);
    computed.set(object, refs);
  }
  return refs;
}

function computeReferences(kind: string, object: Obj, templateParams: boolean): ObjectReference[] {
  const out: ObjectReference[] = [];
  const add = (ref: ObjectReference): void => {
    if (ref.name === '' || (templateParams && (isParam(ref.name) || isParam(ref.namespace)))) return;
    if (CLUSTER_KINDS.has(ref.kind)) ref.cluster = true;
    out.push(ref);
  };
  const vm = vmSpecOf(kind, object);
  const ownDataVolumes = new Set<string>();
  if (vm) {
    asArray(vm.spec['dataVolumeTemplates']).forEach((dvt, i) => {
      const name = asString(dig(dvt, 'metadata', 'name'));
      if (name !== undefined) ownDataVolumes.add(name);
      dataVolumeSpecReferences(dig(dvt, 'spec'), () => ({ path: [...vm.path, 'dataVolumeTemplates', i, 'spec'], via: `dataVolumeTemplate '${name ?? i}'` }), add);
    });
    for (const key of ['instancetype', 'preference'] as const) {
      const matcher = vm.spec[key];
      const name = asString(dig(matcher, 'name'));
      if (name === undefined) continue;
      const kinds = MATCHER_KINDS[key];
      const written = (asString(dig(matcher, 'kind')) ?? '').toLowerCase();
      const refKind = written === '' || written === kinds.cluster.toLowerCase() ? kinds.cluster : written === kinds.namespaced.toLowerCase() ? kinds.namespaced : undefined;
      if (refKind !== undefined) add({ kind: refKind, name, path: [...vm.path, key, 'name'], via: `spec.${key}` });
    }
  }
  for (const specPath of kindInfo(kind)?.instanceSpecPaths ?? []) {
    const spec = digPath(object, specPath as string[]);
    if (isRecord(spec)) instanceSpecReferences(spec, specPath, ownDataVolumes, add);
  }
  if (kind === DATA_VOLUME) dataVolumeSpecReferences(object['spec'], () => ({ path: ['spec'], via: 'spec' }), add);
  if (kind === 'DataSource') clonePvcReference(dig(object, 'spec', 'source', 'pvc'), () => ({ path: ['spec', 'source', 'pvc'], via: 'spec.source.pvc' }), add);
  return out;
}

/** What a volume may name, in the order references are reported. */
interface VolumeReference {
  keys: readonly string[];
  kind: string;
  source: string;
  /** A DataVolume or PVC: satisfied by the other kind too, and not a reference when the VM's own dataVolumeTemplates make it. */
  storage?: boolean;
}

const VOLUME_REFERENCES: readonly VolumeReference[] = [
  // A DataVolume may be garbage-collected after it completes, leaving its PVC: either satisfies the volume.
  { keys: ['dataVolume', 'name'], kind: DATA_VOLUME, source: '(dataVolume)', storage: true },
  { keys: ['persistentVolumeClaim', 'claimName'], kind: PVC, source: '(persistentVolumeClaim)', storage: true },
  { keys: ['ephemeral', 'persistentVolumeClaim', 'claimName'], kind: PVC, source: '(ephemeral)', storage: true },
  ...(['cloudInitNoCloud', 'cloudInitConfigDrive'] as const).flatMap((key) =>
    ['userDataSecretRef', 'networkDataSecretRef'].map((ref) => ({ keys: [key, ref, 'name'], kind: 'Secret', source: `(${key}.${ref})` })),
  ),
  { keys: ['secret', 'secretName'], kind: 'Secret', source: '(secret)' },
  { keys: ['configMap', 'name'], kind: 'ConfigMap', source: '(configMap)' },
  { keys: ['sysprep', 'secret', 'name'], kind: 'Secret', source: '(sysprep.secret)' },
  { keys: ['sysprep', 'configMap', 'name'], kind: 'ConfigMap', source: '(sysprep.configMap)' },
  { keys: ['serviceAccount', 'serviceAccountName'], kind: 'ServiceAccount', source: '(serviceAccount)' },
];

function instanceSpecReferences(spec: Obj, specPath: FieldPath, ownDataVolumes: ReadonlySet<string>, add: (ref: ObjectReference) => void): void {
  asArray(spec['volumes']).forEach((volume, i) => {
    if (!isRecord(volume)) return;
    // Every volume is looked at, few name something: paths and messages are made only for those that do.
    for (const { keys, kind, source, storage } of VOLUME_REFERENCES) {
      if (volume[keys[0]!] === undefined) continue; // a volume has one source: the others are passed over at once
      const name = asString(digPath(volume, keys));
      if (name === undefined || (storage && ownDataVolumes.has(name))) continue;
      add({ kind, name, path: [...specPath, 'volumes', i, ...keys], via: `volume '${nameOf(volume) ?? i}' ${source}`, ...(storage ? { alternatives: [kind === PVC ? DATA_VOLUME : PVC] } : {}) });
    }
  });
  asArray(spec['accessCredentials']).forEach((credential, i) => {
    for (const key of ['sshPublicKey', 'userPassword']) {
      const name = asString(dig(credential, key, 'source', 'secret', 'secretName'));
      if (name !== undefined) add({ kind: 'Secret', name, path: [...specPath, 'accessCredentials', i, key, 'source', 'secret', 'secretName'], via: `accessCredentials[${i}].${key}` });
    }
  });
  asArray(spec['networks']).forEach((network, i) => {
    const ref = multusReference(asString(dig(network, 'multus', 'networkName')));
    if (ref) add({ kind: NAD, ...ref, path: [...specPath, 'networks', i, 'multus', 'networkName'], via: `network '${nameOf(network) ?? i}' (multus)` });
  });
}

/** Multus' `networkName`: `name` (the VM's namespace) or `namespace/name`. */
export function multusReference(networkName: string | undefined): { namespace?: string; name: string } | undefined {
  if (networkName === undefined || networkName === '') return undefined;
  const slash = networkName.indexOf('/');
  return slash < 0 ? { name: networkName } : { namespace: networkName.slice(0, slash), name: networkName.slice(slash + 1) };
}

/** Where a spec is and how messages name it: made only when the spec names something (most do not). */
type Place = () => { path: FieldPath; via: string };

function dataVolumeSpecReferences(spec: unknown, place: Place, add: (ref: ObjectReference) => void): void {
  if (!isRecord(spec)) return;
  const sourceRef = spec['sourceRef'];
  const sourceName = asString(dig(sourceRef, 'name'));
  const sourceKind = asString(dig(sourceRef, 'kind')) ?? 'DataSource';
  if (sourceName !== undefined && sourceKind === 'DataSource') {
    const namespace = asString(dig(sourceRef, 'namespace'));
    const { path, via } = place();
    add({ kind: 'DataSource', name: sourceName, ...(namespace ? { namespace } : {}), path: [...path, 'sourceRef', 'name'], via: `${via} sourceRef` });
  }
  clonePvcReference(
    dig(spec, 'source', 'pvc'),
    () => {
      const { path, via } = place();
      return { path: [...path, 'source', 'pvc'], via: `${via} source.pvc` };
    },
    add,
  );
}

function clonePvcReference(pvc: unknown, place: Place, add: (ref: ObjectReference) => void): void {
  const name = asString(dig(pvc, 'name'));
  if (name === undefined) return;
  const namespace = asString(dig(pvc, 'namespace'));
  const { path, via } = place();
  add({ kind: PVC, alternatives: [DATA_VOLUME], name, ...(namespace ? { namespace } : {}), path: [...path, 'name'], via });
}

/** What a set holds for a reference: found, found only in other namespaces, or not at all. */
export type Lookup = { status: 'found' } | { status: 'elsewhere'; namespaces: string[] } | { status: 'missing' };

interface Named {
  namespace?: string;
}

/**
 * Resolves a reference from an object in `fromNamespace` against the set. Objects without a namespace are
 * in the namespace they are applied to: they match any namespace, and a referrer without one matches any
 * object (never a false alarm).
 */
export function lookup(ref: ObjectReference, fromNamespace: string | undefined, named: (kind: string, name: string) => readonly Named[]): Lookup {
  const candidates = [ref.kind, ...(ref.alternatives ?? [])].flatMap((kind) => named(kind, ref.name));
  if (candidates.length === 0) return { status: 'missing' };
  const namespace = ref.namespace ?? fromNamespace;
  if (ref.cluster || namespace === undefined) return { status: 'found' };
  if (candidates.some((c) => c.namespace === undefined || c.namespace === namespace)) return { status: 'found' };
  return { status: 'elsewhere', namespaces: [...new Set(candidates.map((c) => c.namespace as string))].sort() };
}

/** True when a declared-external selector covers the reference or one of its alternatives. */
export function isExternalReference(ref: ObjectReference, fromNamespace: string | undefined, isExternal: (kind: string, namespace: string | undefined, name: string) => boolean): boolean {
  const namespace = ref.cluster ? undefined : (ref.namespace ?? fromNamespace);
  return [ref.kind, ...(ref.alternatives ?? [])].some((kind) => isExternal(kind, namespace, ref.name));
}
