/**
 * Dependency waves for apply: what others refer to goes first. Namespaces, then network definitions,
 * secrets and config maps, then instance types and preferences, then disks, then everything that is
 * not a VM, and VMs and pools last (their webhooks look up what came before).
 */
const WAVES: readonly (readonly string[])[] = [
  ['Namespace'],
  ['NetworkAttachmentDefinition'],
  ['Secret', 'ConfigMap', 'ServiceAccount'],
  ['VirtualMachineInstancetype', 'VirtualMachineClusterInstancetype', 'VirtualMachinePreference', 'VirtualMachineClusterPreference', 'MigrationPolicy'],
  ['DataVolume', 'PersistentVolumeClaim', 'DataSource', 'DataImportCron'],
];
const VM_WAVE = ['VirtualMachine', 'VirtualMachinePool', 'VirtualMachineInstanceReplicaSet', 'VirtualMachineInstance'];

export function waveOf(kind: string): number {
  const index = WAVES.findIndex((wave) => wave.includes(kind));
  if (index >= 0) return index;
  return VM_WAVE.includes(kind) ? WAVES.length + 1 : WAVES.length;
}

/** Groups items into waves in order; within a wave, a stable order by subject. */
export function inWaves<T>(items: readonly T[], kindOf: (item: T) => string, subjectOf: (item: T) => string): T[][] {
  const waves = new Map<number, T[]>();
  for (const item of items) {
    const wave = waveOf(kindOf(item));
    if (!waves.has(wave)) waves.set(wave, []);
    waves.get(wave)!.push(item);
  }
  return [...waves.entries()].sort(([a], [b]) => a - b).map(([, list]) => list.sort((x, y) => subjectOf(x).localeCompare(subjectOf(y))));
}
