import type { Arch } from './arch.js';
import { integerValue, isZero, parseQuantity } from './quantity.js';
import { asString, isRecord, isSet } from './values.js';

/**
 * KubeVirt's defaulting, applied to a copy of a VirtualMachineInstance spec before the rules look at it,
 * as the cluster does before its validating webhooks run (kubevirt-rules.md section 2.2).
 *
 * Every holder kind gets what `SetDefaultVirtualMachineInstanceSpec` (pkg/defaults/defaults.go) does,
 * because that is what the VirtualMachine admitter validates and what every VMI created from a template
 * goes through:
 *   - architecture := the cluster's, machine type := the architecture's default;
 *   - resources.requests.cpu := limits.cpu when only a limit is given;
 *   - memory.guest := requests.memory, else limits.memory, else the hugepage size;
 *   - CPU topology := sockets from the CPU limit (else request, else 1), cores = threads = 1, when none is given;
 *   - a `default` interface (bridge, the cluster default binding) on a `default` pod network, when both
 *     interfaces and networks are empty and autoattachPodInterface is not false
 *     (pkg/network/vmispec/defaults.go);
 *   - a disk named after every volume that no disk or filesystem uses (pkg/util/util.go SetDefaultVolumeDisk).
 * A VirtualMachineInstance additionally gets the object-level defaults of `SetDefaultVirtualMachineInstance`:
 *   - disks without a target get `disk: {}`; cdroms get `readOnly: true` and `tray: closed`;
 *   - inputs get `bus: usb` and `type: tablet` when empty;
 *   - per architecture: amd64 (and unknown) disk/cdrom/lun bus := sata, watchdog := i6300esb (action reset);
 *     arm64 CPU model := host-passthrough, bootloader := EFI when none, EFI secureBoot := false when unset,
 *     buses := virtio; s390x buses := virtio, watchdog := diag288, ACPI disabled when unset;
 *   - CPU model := host-model when empty.
 * Not emulated (no rule needs them yet): container-disk pull policies, eviction strategy (cluster default
 * is unset), Hyper-V dependencies, probe timings, CPU/memory hotplug maxima, instancetypes and preferences.
 *
 * The result is a structural copy: objects on the way to a changed value are copied, everything else is
 * shared with the input, which is never modified. Junk (wrong types) is left as it is.
 */

/** Why a value exists in the normalized spec although the manifest does not contain it. */
export type DefaultOrigin =
  | { reason: 'volume-disk'; volumeIndex: number }
  | { reason: 'pod-network' }
  | { reason: 'pod-interface' };

const origins = new WeakMap<object, DefaultOrigin>();

/** For a node of a normalized spec: why defaulting added it (undefined for nodes written in the manifest). */
export function defaultOrigin(node: unknown): DefaultOrigin | undefined {
  return typeof node === 'object' && node !== null ? origins.get(node) : undefined;
}

function mark<T extends object>(node: T, origin: DefaultOrigin): T {
  origins.set(node, origin);
  return node;
}

type Mutable = Record<string, unknown>;

/** Empty as Go sees a slice: missing, null or []. Junk (a mapping, a string) is not empty. */
function isEmptyList(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/** A copy of `parent[key]` when it is a mapping (or a new one when missing/null); undefined for junk. */
function childCopy(parent: Mutable, key: string): Mutable | undefined {
  const value = parent[key];
  if (value === undefined || value === null) return (parent[key] = {});
  if (!isRecord(value)) return undefined;
  return (parent[key] = { ...value });
}

/** The machine type KubeVirt's cluster config gives an architecture by default. */
export function defaultMachineType(arch: string): string {
  return arch === 'arm64' ? 'virt' : arch === 's390x' ? 's390-ccw-virtio' : 'q35';
}

export function normalizeInstanceSpec(spec: Readonly<Record<string, unknown>>, holderKind: string, arch: Arch): Record<string, unknown> {
  const out: Mutable = { ...spec };
  const declaredArch = spec['architecture'];
  if (declaredArch === undefined || declaredArch === null || declaredArch === '') out['architecture'] = arch;
  const effectiveArch = typeof out['architecture'] === 'string' ? out['architecture'] : arch;

  const domain = childCopy(out, 'domain');
  if (domain === undefined) return out;

  setMachineType(domain, effectiveArch);
  const resources = setCpuRequestFromLimit(domain);
  setGuestMemory(domain, resources);
  setCpuTopology(domain, resources);

  const devices = childCopy(domain, 'devices');
  if (devices === undefined) return out;
  setDefaultPodNetwork(out, devices);
  setVolumeDisks(out, devices);

  if (holderKind === 'VirtualMachineInstance') applyInstanceObjectDefaults(domain, devices, effectiveArch);
  return out;
}

function setMachineType(domain: Mutable, arch: string): void {
  const machine = domain['machine'];
  if (isRecord(machine)) {
    if (!isSet(machine['type']) || machine['type'] === '') domain['machine'] = { ...machine, type: defaultMachineType(arch) };
  } else if (machine === undefined || machine === null) {
    domain['machine'] = { type: defaultMachineType(arch) };
  }
}

/** requests.cpu := limits.cpu when the limit is non-zero and the request is zero or missing. Returns the (possibly new) resources. */
function setCpuRequestFromLimit(domain: Mutable): Readonly<Record<string, unknown>> | undefined {
  const resources = domain['resources'];
  if (!isRecord(resources)) return undefined;
  const limits = resources['limits'];
  const requests = resources['requests'];
  if (!isRecord(limits) || !isSet(limits['cpu'])) return resources;
  const limit = parseQuantity(limits['cpu']);
  if (limit === undefined || isZero(limit)) return resources;
  if (isSet(requests) && !isRecord(requests)) return resources;
  const requestValue = isRecord(requests) ? requests['cpu'] : undefined;
  if (isSet(requestValue)) {
    const request = parseQuantity(requestValue);
    if (request === undefined || !isZero(request)) return resources;
  }
  const updated = { ...resources, requests: { ...(isRecord(requests) ? requests : {}), cpu: limits['cpu'] } };
  domain['resources'] = updated;
  return updated;
}

function nonZeroQuantity(value: unknown): boolean {
  if (!isSet(value)) return false;
  const q = parseQuantity(value);
  return q !== undefined && !isZero(q);
}

function setGuestMemory(domain: Mutable, resources: Readonly<Record<string, unknown>> | undefined): void {
  const memory = domain['memory'];
  if (isRecord(memory) && isSet(memory['guest'])) return;
  if (isSet(memory) && !isRecord(memory)) return;
  const requests = isRecord(resources?.['requests']) ? (resources['requests'] as Mutable) : undefined;
  const limits = isRecord(resources?.['limits']) ? (resources['limits'] as Mutable) : undefined;
  let guest: unknown;
  if (nonZeroQuantity(requests?.['memory'])) guest = requests?.['memory'];
  else if (nonZeroQuantity(limits?.['memory'])) guest = limits?.['memory'];
  else {
    const hugepages = isRecord(memory) ? memory['hugepages'] : undefined;
    const pageSize = isRecord(hugepages) ? hugepages['pageSize'] : undefined;
    if (typeof pageSize === 'string' && parseQuantity(pageSize) !== undefined) guest = pageSize;
  }
  const copy: Mutable = isRecord(memory) ? { ...memory } : {};
  if (guest !== undefined) copy['guest'] = guest;
  domain['memory'] = copy;
}

function topologyCount(value: unknown): number | undefined {
  if (!isSet(value)) return 0;
  return typeof value === 'number' ? value : undefined;
}

function setCpuTopology(domain: Mutable, resources: Readonly<Record<string, unknown>> | undefined): void {
  const cpu = domain['cpu'];
  if (isSet(cpu) && !isRecord(cpu)) return;
  if (isRecord(cpu)) {
    const counts = [topologyCount(cpu['cores']), topologyCount(cpu['sockets']), topologyCount(cpu['threads'])];
    if (counts.some((c) => c !== 0)) return;
  }
  let sockets = 1n;
  const limits = resources?.['limits'];
  const requests = resources?.['requests'];
  const source = isRecord(limits) && 'cpu' in limits ? limits['cpu'] : isRecord(requests) && 'cpu' in requests ? requests['cpu'] : undefined;
  if (source === null) sockets = 0n;
  else if (source !== undefined) {
    const q = parseQuantity(source);
    if (q !== undefined) sockets = BigInt.asUintN(32, integerValue(q));
  }
  domain['cpu'] = { ...(isRecord(cpu) ? cpu : {}), sockets: Number(sockets), cores: 1, threads: 1 };
}

function setDefaultPodNetwork(out: Mutable, devices: Mutable): void {
  if (devices['autoattachPodInterface'] === false) return;
  if (!isEmptyList(out['networks']) || !isEmptyList(devices['interfaces'])) return;
  devices['interfaces'] = [mark({ name: 'default', bridge: {} }, { reason: 'pod-interface' })];
  out['networks'] = [mark({ name: 'default', pod: {} }, { reason: 'pod-network' })];
}

function setVolumeDisks(out: Mutable, devices: Mutable): void {
  const volumes = out['volumes'];
  if (!Array.isArray(volumes) || volumes.length === 0) return;
  const disks = devices['disks'];
  if (isSet(disks) && !Array.isArray(disks)) return;
  const used = new Set<string>();
  for (const list of [disks, devices['filesystems']]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const name = isRecord(item) ? asString(item['name']) : undefined;
      if (name !== undefined) used.add(name);
    }
  }
  const added: Mutable[] = [];
  volumes.forEach((volume, volumeIndex) => {
    const name = isRecord(volume) ? asString(volume['name']) : undefined;
    if (name !== undefined && !used.has(name)) added.push(mark({ name }, { reason: 'volume-disk', volumeIndex }));
  });
  if (added.length > 0) devices['disks'] = [...(Array.isArray(disks) ? disks : []), ...added];
}

const DISK_TARGETS = ['disk', 'lun', 'cdrom'] as const;

function applyInstanceObjectDefaults(domain: Mutable, devices: Mutable, arch: string): void {
  if (arch === 's390x') {
    const features = childCopy(domain, 'features');
    if (features !== undefined) {
      const acpi = features['acpi'];
      if (!isSet(acpi)) features['acpi'] = { enabled: false };
      else if (isRecord(acpi) && !isSet(acpi['enabled'])) features['acpi'] = { ...acpi, enabled: false };
    }
  }

  const bus = arch === 'arm64' || arch === 's390x' ? 'virtio' : 'sata';
  const disks = devices['disks'];
  if (Array.isArray(disks)) {
    devices['disks'] = disks.map((disk: unknown) => {
      if (!isRecord(disk)) return disk;
      const copy: Mutable = { ...disk };
      if (!DISK_TARGETS.some((target) => isSet(disk[target]))) copy['disk'] = {};
      for (const target of DISK_TARGETS) {
        const value = copy[target];
        if (!isRecord(value)) continue;
        const targetCopy: Mutable = { ...value };
        if (!isSet(targetCopy['bus']) || targetCopy['bus'] === '') targetCopy['bus'] = bus;
        if (target === 'cdrom') {
          if (!isSet(targetCopy['readOnly'])) targetCopy['readOnly'] = true;
          if (!isSet(targetCopy['tray']) || targetCopy['tray'] === '') targetCopy['tray'] = 'closed';
        }
        copy[target] = targetCopy;
      }
      const origin = defaultOrigin(disk);
      return origin ? mark(copy, origin) : copy;
    });
  }

  const inputs = devices['inputs'];
  if (Array.isArray(inputs)) {
    devices['inputs'] = inputs.map((input: unknown) => {
      if (!isRecord(input)) return input;
      const copy: Mutable = { ...input };
      if (!isSet(copy['bus']) || copy['bus'] === '') copy['bus'] = 'usb';
      if (!isSet(copy['type']) || copy['type'] === '') copy['type'] = 'tablet';
      return copy;
    });
  }

  const watchdog = devices['watchdog'];
  if (isRecord(watchdog)) {
    const kind = arch === 'arm64' ? undefined : arch === 's390x' ? 'diag288' : 'i6300esb';
    if (kind !== undefined) {
      const model = watchdog[kind];
      if (!isSet(model)) devices['watchdog'] = { ...watchdog, [kind]: { action: 'reset' } };
      else if (isRecord(model) && (!isSet(model['action']) || model['action'] === '')) devices['watchdog'] = { ...watchdog, [kind]: { ...model, action: 'reset' } };
    }
  }

  if (arch === 'arm64') setArm64Bootloader(domain);

  const cpu = childCopy(domain, 'cpu');
  if (cpu !== undefined && (!isSet(cpu['model']) || cpu['model'] === '')) cpu['model'] = arch === 'arm64' ? 'host-passthrough' : 'host-model';
}

function setArm64Bootloader(domain: Mutable): void {
  const firmware = childCopy(domain, 'firmware');
  if (firmware === undefined) return;
  const bootloader = firmware['bootloader'];
  if (isSet(bootloader) && !isRecord(bootloader)) return;
  const copy: Mutable = isRecord(bootloader) ? { ...bootloader } : { efi: {} };
  const efi = copy['efi'];
  if (isRecord(efi) && !isSet(efi['secureBoot'])) copy['efi'] = { ...efi, secureBoot: false };
  firmware['bootloader'] = copy;
}
