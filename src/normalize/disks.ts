import type { FieldPath } from '../core/types.js';
import type { InstanceSpecContext } from '../engine/rule.js';
import { defaultOrigin } from './defaults.js';
import { asArray, asString, dig, digPath, holderVmSpec, isRecord, isSet, type Obj } from './values.js';

/**
 * How each disk of an instance spec looks to KubeVirt's disk checks (pkg/storage/admitters/disks.go), for
 * the storage rules. A disk's bus is checked twice in a VirtualMachine's life: by the VM admitter, which
 * sees the bus as written (plus what a preference fills in), and by the VMI-create admitter when the VM
 * starts, after the VMI mutator gave target-less disks `disk: {}` and bus-less targets the architecture's
 * default bus (amd64: sata; arm64 and s390x: virtio). A VirtualMachineInstance is only checked after that
 * defaulting.
 */

export const DISK_TARGET_KEYS = ['disk', 'lun', 'cdrom'] as const;
export type DiskTargetKey = (typeof DISK_TARGET_KEYS)[number];

export interface DiskView {
  /** The disk as written (for a disk KubeVirt adds for a volume: `{ name }`). */
  disk: Obj;
  /** Where to report about the disk: `domain.devices.disks[i]`, or `volumes[j]` for a disk KubeVirt adds. */
  path: FieldPath;
  /** True for the disk KubeVirt appends for a volume without disk or filesystem. */
  added: boolean;
  /** The target the checks look at: the first of disk, lun, cdrom that is set; `disk` when none is (the VMI default). */
  target: DiskTargetKey;
  /** True when no target is written. */
  targetDefaulted: boolean;
  /** The target's fields as written ({} when none, or junk). */
  targetValue: Obj;
  /** The bus as written ('' when unset). */
  writtenBus: string;
  /** The bus once the VM has started: as written, else the architecture's default. */
  bus: string;
  /** True when `bus` comes from the architecture default; a VM's preference may supply another. */
  busDefaulted: boolean;
}

/** The bus the VMI mutator gives a disk target without one. */
export function defaultDiskBus(arch: string): string {
  return arch === 'arm64' || arch === 's390x' ? 'virtio' : 'sata';
}

/** The architecture KubeVirt validates the spec for (the normalized spec always has one). */
export function specArch(ctx: InstanceSpecContext): string {
  const arch = ctx.normalized['architecture'];
  return typeof arch === 'string' && arch !== '' ? arch : ctx.settings.arch;
}

/** The first disk target that is set, as KubeVirt's getDiskBus/getDiskType pick it. */
export function diskTargetKey(disk: Obj): DiskTargetKey | undefined {
  return DISK_TARGET_KEYS.find((key) => isSet(disk[key]));
}

/**
 * Every disk KubeVirt validates for this spec: the written ones, then one per volume that no disk or
 * filesystem uses. Disks that are not mappings, or whose target is not a mapping, are left out (schema).
 */
export function diskViews(ctx: InstanceSpecContext): DiskView[] {
  const disksPath = ['domain', 'devices', 'disks'];
  const written = asArray(digPath(ctx.spec, disksPath));
  const normalized = asArray(digPath(ctx.normalized, disksPath));
  const arch = specArch(ctx);
  const views: DiskView[] = [];
  normalized.forEach((item, index) => {
    const origin = defaultOrigin(item);
    let disk: unknown;
    let path: FieldPath;
    if (origin?.reason === 'volume-disk') {
      disk = { name: isRecord(item) ? item['name'] : undefined };
      path = ['volumes', origin.volumeIndex];
    } else {
      disk = written[index];
      path = [...disksPath, index];
    }
    if (!isRecord(disk)) return;
    const key = diskTargetKey(disk);
    const targetValue = key === undefined ? {} : disk[key];
    if (!isRecord(targetValue)) return;
    const writtenBus = asString(targetValue['bus']) ?? '';
    if (isSet(targetValue['bus']) && typeof targetValue['bus'] !== 'string') return;
    views.push({
      disk,
      path,
      added: origin?.reason === 'volume-disk',
      target: key ?? 'disk',
      targetDefaulted: key === undefined,
      targetValue,
      writtenBus,
      bus: writtenBus !== '' ? writtenBus : defaultDiskBus(arch),
      busDefaulted: writtenBus === '',
    });
  });
  return views;
}

/** The name of the VM's preference when the spec sits in a VirtualMachine (or pool VM) that references one. */
export function preferenceName(ctx: InstanceSpecContext): string | undefined {
  const preference = dig(holderVmSpec(ctx)?.spec, 'preference');
  if (!isRecord(preference)) return undefined;
  const name = preference['name'];
  return typeof name === 'string' && name !== '' ? `'${name}'` : 'inferred from a volume';
}

/**
 * Severity for a finding that exists only because of a default a preference may override: a warning when
 * the holder VM references a preference (virtops cannot see it), else undefined (the rule's level).
 */
export function defaultDependentSeverity(ctx: InstanceSpecContext): 'warning' | undefined {
  return ctx.kind !== 'VirtualMachineInstance' && preferenceName(ctx) !== undefined ? 'warning' : undefined;
}

/** The volumes of the spec by name (the last one wins, as in KubeVirt's lookup maps). */
export function volumesByName(spec: Obj): Map<string, Obj> {
  const byName = new Map<string, Obj>();
  for (const volume of asArray(spec['volumes'])) {
    if (!isRecord(volume)) continue;
    const name = asString(volume['name']);
    if (name !== undefined) byName.set(name, volume);
  }
  return byName;
}
