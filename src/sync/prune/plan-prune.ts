/**
 * Which objects a sync may delete, with brakes: objects that left git are pruned only when the new
 * revision still declares something, when the share of the inventory to delete stays under a limit
 * (unless approved), and never when annotated `virtops.io/prune: disabled`. VMs, DataVolumes and
 * PVCs are deleted with orphan propagation, so a VM's disks outlive it. Pure: decisions only.
 */

export const PRUNE_ANNOTATION = 'virtops.io/prune';

export interface ObjectKey {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface PruneCandidate extends ObjectKey {
  /** The live object's annotations (undefined when it is already gone). */
  annotations?: Record<string, string>;
}

export type Propagation = 'Orphan' | 'Background' | 'Foreground';

export interface PruneAction extends ObjectKey {
  propagation: Propagation;
}

export interface BlockedPrune extends ObjectKey {
  reason: string;
}

export interface PrunePlan {
  prune: PruneAction[];
  blocked: BlockedPrune[];
}

export interface PruneOptions {
  /** Largest share of the previous inventory one sync may delete without approval (0..1). */
  maxShare: number;
  /** A person approved this revision's prunes (e.g. an annotation on the GitSync naming the revision). */
  approved: boolean;
  /** Kinds deleted with orphan propagation (their dependents, e.g. a VM's DataVolumes, stay). */
  orphanKinds: ReadonlySet<string>;
}

export const DEFAULT_ORPHAN_KINDS: ReadonlySet<string> = new Set(['VirtualMachine', 'VirtualMachinePool', 'DataVolume', 'PersistentVolumeClaim', 'VirtualMachineInstanceReplicaSet']);

export function keyOf(object: ObjectKey): string {
  const group = object.apiVersion.includes('/') ? object.apiVersion.slice(0, object.apiVersion.lastIndexOf('/')) : '';
  return `${group}/${object.kind}/${object.namespace ?? ''}/${object.name}`;
}

export function planPrune(previous: readonly PruneCandidate[], desired: readonly ObjectKey[], options: PruneOptions): PrunePlan {
  const wanted = new Set(desired.map(keyOf));
  const stale = previous.filter((object) => !wanted.has(keyOf(object)) && object.annotations !== undefined);
  if (stale.length === 0) return { prune: [], blocked: [] };
  const block = (reason: string): PrunePlan => ({ prune: [], blocked: stale.map((object) => ({ ...identity(object), reason })) });

  if (desired.length === 0) {
    return block(`the revision declares no objects at all; refusing to prune ${stale.length} (an empty or broken checkout must not delete the cluster)`);
  }
  const protectedObjects = stale.filter((object) => object.annotations?.[PRUNE_ANNOTATION] === 'disabled');
  const deletable = stale.filter((object) => object.annotations?.[PRUNE_ANNOTATION] !== 'disabled');
  const blocked: BlockedPrune[] = protectedObjects.map((object) => ({ ...identity(object), reason: `annotated ${PRUNE_ANNOTATION}: disabled` }));
  const share = previous.length === 0 ? 0 : deletable.length / previous.length;
  if (!options.approved && share > options.maxShare) {
    const reason = `would prune ${deletable.length} of ${previous.length} objects (${Math.round(share * 100)}%), more than the ${Math.round(options.maxShare * 100)}% allowed without approval`;
    return { prune: [], blocked: [...blocked, ...deletable.map((object) => ({ ...identity(object), reason }))] };
  }
  const prune = deletable.map((object) => ({ ...identity(object), propagation: (options.orphanKinds.has(object.kind) ? 'Orphan' : 'Background') as Propagation }));
  return { prune: sortForDeletion(prune), blocked };
}

function identity(object: ObjectKey): ObjectKey {
  return { apiVersion: object.apiVersion, kind: object.kind, ...(object.namespace !== undefined ? { namespace: object.namespace } : {}), name: object.name };
}

/** Consumers before what they consume: VMs before their disks, networks and secrets; namespaces last. */
const DELETION_ORDER = ['VirtualMachinePool', 'VirtualMachineInstanceReplicaSet', 'VirtualMachine', 'VirtualMachineInstance', 'DataVolume', 'PersistentVolumeClaim', 'VirtualMachineInstancetype', 'VirtualMachinePreference', 'VirtualMachineClusterInstancetype', 'VirtualMachineClusterPreference', 'NetworkAttachmentDefinition', 'Secret', 'ConfigMap'];

function sortForDeletion(actions: PruneAction[]): PruneAction[] {
  const rank = (kind: string): number => {
    if (kind === 'Namespace') return DELETION_ORDER.length + 1;
    const index = DELETION_ORDER.indexOf(kind);
    return index < 0 ? DELETION_ORDER.length : index;
  };
  return [...actions].sort((a, b) => rank(a.kind) - rank(b.kind) || keyOf(a).localeCompare(keyOf(b)));
}
