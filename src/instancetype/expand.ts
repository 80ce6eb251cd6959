import type { FieldPath } from '../core/types.js';
import { parseQuantity, integerValue } from '../normalize/quantity.js';
import { asArray, asString, isRecord, isSet } from '../normalize/values.js';
import { spreadOptions, preferredTopology } from './topology.js';
import type { AppliedField, Conflict, DefinitionSpec, Expansion, Resolved } from './types.js';

/**
 * A VirtualMachine template with its instancetype and preference applied, as KubeVirt's VM admitter does
 * before it validates (pkg/instancetype/apply, pkg/instancetype/preference/apply): the instancetype's
 * fields are written in and any field the template sets already is a conflict (KubeVirt rejects the VM and
 * applies nothing); then the preference fills in what the template leaves unset.
 *
 * Go semantics decide what "set" means: a pointer or map is set when present and not null, a string when
 * not empty, a count when not zero, a plain boolean when true.
 */

type Mutable = Record<string, unknown>;

export function expandTemplate(
  templateSpec: Readonly<Record<string, unknown>>,
  templateMetadata: unknown,
  instancetype: Resolved | undefined,
  preference: Resolved | undefined,
): Expansion {
  const base = { ...(instancetype ? { instancetype } : {}), ...(preference ? { preference } : {}) };
  const spec = structuredClone(templateSpec) as Mutable;
  const applied: AppliedField[] = [];
  if (instancetype) {
    const conflicts = applyInstancetype(instancetype.spec, preference?.spec, spec, templateMetadata, applied);
    if (conflicts.length > 0) return { ...base, spec: templateSpec, conflicts, applied: [] };
  }
  if (preference) applyPreference(preference.spec, spec, applied);
  return { ...base, spec, conflicts: [], applied };
}

// ---------------------------------------------------------------------------------------------------------
// Instancetype

function applyInstancetype(it: DefinitionSpec, preference: DefinitionSpec | undefined, vmi: Mutable, metadata: unknown, applied: AppliedField[]): Conflict[] {
  const set = (path: FieldPath, value: unknown) => {
    setAt(vmi, path, structuredClone(value));
    applied.push({ path, from: 'instancetype' });
  };
  const conflicts: Conflict[] = [];
  const domain = child(vmi, 'domain');

  // nodeSelector and schedulerName
  if (isSet(it['nodeSelector'])) {
    if (isSet(vmi['nodeSelector'])) conflicts.push({ path: ['nodeSelector'] });
    else set(['nodeSelector'], it['nodeSelector']);
  }
  if (nonEmpty(it['schedulerName'])) {
    if (nonEmpty(vmi['schedulerName'])) conflicts.push({ path: ['schedulerName'] });
    else set(['schedulerName'], it['schedulerName']);
  }

  // CPU: every conflict is reported, then nothing is applied.
  const itCpu = record(it['cpu']);
  const cpu = record(domain?.['cpu']);
  const resources = record(domain?.['resources']);
  const cpuConflicts: Conflict[] = [];
  for (const kind of ['requests', 'limits']) {
    if (hasKey(resources?.[kind], 'cpu')) cpuConflicts.push({ path: ['domain', 'resources', kind, 'cpu'] });
  }
  for (const count of ['sockets', 'cores', 'threads']) {
    if (nonZero(cpu?.[count])) cpuConflicts.push({ path: ['domain', 'cpu', count] });
  }
  if (nonEmpty(cpu?.['model']) && isSet(itCpu?.['model'])) cpuConflicts.push({ path: ['domain', 'cpu', 'model'] });
  if (cpu?.['dedicatedCpuPlacement'] === true && isSet(itCpu?.['dedicatedCPUPlacement'])) cpuConflicts.push({ path: ['domain', 'cpu', 'dedicatedCpuPlacement'] });
  if (cpu?.['isolateEmulatorThread'] === true && isSet(itCpu?.['isolateEmulatorThread'])) cpuConflicts.push({ path: ['domain', 'cpu', 'isolateEmulatorThread'] });
  if (isSet(cpu?.['numa']) && isSet(itCpu?.['numa'])) cpuConflicts.push({ path: ['domain', 'cpu', 'numa'] });
  if (isSet(cpu?.['realtime']) && isSet(itCpu?.['realtime'])) cpuConflicts.push({ path: ['domain', 'cpu', 'realtime'] });
  conflicts.push(...cpuConflicts);
  if (cpuConflicts.length === 0) {
    const copies: [string, string][] = [['model', 'model'], ['dedicatedCPUPlacement', 'dedicatedCpuPlacement'], ['isolateEmulatorThread', 'isolateEmulatorThread'], ['numa', 'numa'], ['realtime', 'realtime'], ['maxSockets', 'maxSockets']];
    for (const [from, to] of copies) {
      if (isSet(itCpu?.[from])) set(['domain', 'cpu', to], itCpu?.[from]);
    }
    const topology = guestTopology(vcpusOf(it), preference);
    for (const key of ['sockets', 'cores', 'threads'] as const) set(['domain', 'cpu', key], topology[key]);
  }

  // Memory: KubeVirt stops at the first conflict.
  const itMemory = record(it['memory']);
  const memory = record(domain?.['memory']);
  const memoryConflict: FieldPath | undefined = isSet(memory?.['guest'])
    ? ['domain', 'memory', 'guest']
    : isSet(memory?.['hugepages']) && isSet(itMemory?.['hugepages'])
      ? ['domain', 'memory', 'hugepages']
      : isSet(memory?.['maxGuest']) && isSet(itMemory?.['maxGuest'])
        ? ['domain', 'memory', 'maxGuest']
        : hasKey(resources?.['requests'], 'memory')
          ? ['domain', 'resources', 'requests', 'memory']
          : hasKey(resources?.['limits'], 'memory')
            ? ['domain', 'resources', 'limits', 'memory']
            : undefined;
  if (memoryConflict) {
    conflicts.push({ path: memoryConflict });
  } else {
    set(['domain', 'memory', 'guest'], itMemory?.['guest']);
    const overcommit = itMemory?.['overcommitPercent'];
    const guest = parseQuantity(itMemory?.['guest']);
    if (typeof overcommit === 'number' && overcommit > 0 && guest !== undefined) {
      // The pod requests less than the guest sees, by the overcommit percentage (KubeVirt computes in float32).
      const request = Math.trunc(Math.fround(Number(integerValue(guest)) * Math.fround(1 - Math.fround(overcommit / 100))));
      set(['domain', 'resources', 'requests', 'memory'], String(request));
    }
    if (isSet(itMemory?.['hugepages'])) set(['domain', 'memory', 'hugepages'], itMemory?.['hugepages']);
    if (isSet(itMemory?.['maxGuest'])) set(['domain', 'memory', 'maxGuest'], itMemory?.['maxGuest']);
  }

  const itCount = record(it['ioThreads'])?.['supplementalPoolThreadCount'];
  if (isSet(itCount)) {
    if (isSet(record(domain?.['ioThreads'])?.['supplementalPoolThreadCount'])) conflicts.push({ path: ['domain', 'ioThreads', 'supplementalPoolThreadCount'] });
    else set(['domain', 'ioThreads', 'supplementalPoolThreadCount'], itCount);
  }
  for (const [from, path] of [['ioThreadsPolicy', ['domain', 'ioThreadsPolicy']], ['launchSecurity', ['domain', 'launchSecurity']]] as const) {
    if (!isSet(it[from])) continue;
    if (isSet(domain?.[path[1]])) conflicts.push({ path });
    else set(path, it[from]);
  }
  for (const [from, to] of [['gpus', 'gpus'], ['hostDevices', 'hostDevices']] as const) {
    if (asArray(it[from]).length === 0) continue;
    if (asArray(record(domain?.['devices'])?.[to]).length > 0) conflicts.push({ path: ['domain', 'devices', to] });
    else set(['domain', 'devices', to], it[from]);
  }

  // Annotations the template sets to another value (the instancetype's are added to the VMI's metadata otherwise).
  const annotations = record(record(metadata)?.['annotations']);
  for (const [key, value] of Object.entries(record(it['annotations']) ?? {})) {
    if (annotations && key in annotations && annotations[key] !== value) conflicts.push({ path: ['metadata', 'annotations', key] });
  }
  return conflicts;
}

/** spec.cpu.guest as Go decodes a uint32: junk counts as 0. */
export function vcpusOf(instancetype: DefinitionSpec): number {
  const guest = record(instancetype['cpu'])?.['guest'];
  return typeof guest === 'number' && Number.isInteger(guest) && guest > 0 ? guest : 0;
}

/** How KubeVirt spreads an instancetype's vCPUs over sockets, cores and threads (apply.applyGuestCPUTopology). */
export function guestTopology(vcpus: number, preference: DefinitionSpec | undefined): { sockets: number; cores: number; threads: number } {
  const out = { sockets: 1, cores: 1, threads: 1 };
  if (vcpus === 1) return out;
  switch (preferredTopology(preference)) {
    case 'cores':
      out.cores = vcpus;
      break;
    case 'sockets':
    case 'any':
      out.sockets = vcpus;
      break;
    case 'threads':
      out.threads = vcpus;
      break;
    case 'spread': {
      const { ratio, across } = spreadOptions(preference);
      const divide = (a: number, b: number) => (b === 0 ? 0 : Math.trunc(a / b));
      if (across === 'SocketsCores') {
        out.cores = ratio;
        out.sockets = divide(vcpus, ratio);
      } else if (across === 'CoresThreads') {
        out.threads = ratio;
        out.cores = divide(vcpus, ratio);
      } else if (across === 'SocketsCoresThreads') {
        out.threads = 2;
        out.cores = ratio;
        out.sockets = divide(divide(vcpus, 2), ratio);
      }
      break;
    }
    default:
      break;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Preference: fills in what the template leaves unset.

const BINDINGS = ['bridge', 'slirp', 'masquerade', 'sriov', 'macvtap', 'passt', 'passtBinding', 'binding'];
const AUTOATTACH: [string, string][] = [
  ['preferredAutoattachGraphicsDevice', 'autoattachGraphicsDevice'],
  ['preferredAutoattachMemBalloon', 'autoattachMemBalloon'],
  ['preferredAutoattachPodInterface', 'autoattachPodInterface'],
  ['preferredAutoattachSerialConsole', 'autoattachSerialConsole'],
  ['preferredAutoattachInputDevice', 'autoattachInputDevice'],
];
const DEVICE_FLAGS: [string, string][] = [
  ['preferredUseVirtioTransitional', 'useVirtioTransitional'],
  ['preferredBlockMultiQueue', 'blockMultiQueue'],
  ['preferredNetworkInterfaceMultiQueue', 'networkInterfaceMultiqueue'],
];
const FEATURES: [string, string][] = [
  ['preferredApic', 'apic'],
  ['preferredKvm', 'kvm'],
  ['preferredPvspinlock', 'pvspinlock'],
  ['preferredSmm', 'smm'],
];

function applyPreference(pref: DefinitionSpec, vmi: Mutable, applied: AppliedField[]): void {
  const set = (path: FieldPath, value: unknown) => {
    setAt(vmi, path, structuredClone(value));
    applied.push({ path, from: 'preference' });
  };
  /** Sets `path` from the preference value when both the value is given and the field is unset. */
  const fill = (path: FieldPath, value: unknown, isUnset: (current: unknown) => boolean = (c) => !isSet(c)) => {
    if (isSet(value) && isUnset(getIn(vmi, path))) set(path, value);
  };
  const fillString = (path: FieldPath, value: unknown) => {
    if (nonEmpty(value)) fill(path, value, (c) => !nonEmpty(c));
  };

  const cpuPref = record(pref['cpu']);
  const preferredFeatures = asArray(cpuPref?.['preferredCPUFeatures']);
  if (preferredFeatures.length > 0) {
    const existing = asArray(getIn(vmi, ['domain', 'cpu', 'features']));
    const names = new Set(existing.map((f) => (isRecord(f) ? f['name'] : undefined)));
    const added = preferredFeatures.filter((f) => !names.has(isRecord(f) ? f['name'] : undefined));
    if (added.length > 0) set(['domain', 'cpu', 'features'], [...existing, ...added]);
  }

  const devices = record(pref['devices']);
  if (devices) applyDevicePreferences(devices, vmi, set, fill, fillString);

  const features = record(pref['features']);
  if (features) {
    if (isSet(features['preferredAcpi'])) set(['domain', 'features', 'acpi'], features['preferredAcpi']);
    for (const [from, to] of FEATURES) fill(['domain', 'features', to], features[from]);
    const hyperv = record(features['preferredHyperv']);
    for (const [key, value] of Object.entries(hyperv ?? {})) fill(['domain', 'features', 'hyperv', key], value);
  }

  const firmware = record(pref['firmware']);
  if (firmware) applyFirmwarePreferences(firmware, vmi, set);

  fillString(['domain', 'machine', 'type'], record(pref['machine'])?.['preferredMachineType']);

  const clock = record(pref['clock']);
  if (clock) {
    const offset = record(clock['preferredClockOffset']);
    const current = record(getIn(vmi, ['domain', 'clock']));
    if (offset && !isSet(current?.['utc']) && !isSet(current?.['timezone'])) {
      for (const [key, value] of Object.entries(offset)) set(['domain', 'clock', key], value);
    }
    fill(['domain', 'clock', 'timer'], clock['preferredTimer']);
  }

  fillString(['subdomain'], pref['preferredSubdomain']);
  fill(['terminationGracePeriodSeconds'], pref['preferredTerminationGracePeriodSeconds']);
  fillString(['architecture'], pref['preferredArchitecture']);
  fill(['domain', 'launchSecurity'], pref['preferredLaunchSecurity']);
}

type Setter = (path: FieldPath, value: unknown) => void;
type Filler = (path: FieldPath, value: unknown, isUnset?: (current: unknown) => boolean) => void;

function applyDevicePreferences(devices: Readonly<Record<string, unknown>>, vmi: Mutable, set: Setter, fill: Filler, fillString: Setter): void {
  const at = (...rest: (string | number)[]): FieldPath => ['domain', 'devices', ...rest];
  for (const [from, to] of DEVICE_FLAGS) fill(at(to), devices[from]);
  if (isSet(devices['preferredDisableHotplug'])) set(at('disableHotplug'), devices['preferredDisableHotplug']);
  if (isRecord(getIn(vmi, at('sound')))) fillString(at('sound', 'model'), devices['preferredSoundModel']);
  fill(at('rng'), devices['preferredRng']);
  fill(at('tpm'), devices['preferredTPM']);
  if (isSet(devices['preferredVideoType'])) fillString(at('video', 'type'), devices['preferredVideoType']);
  for (const [from, to] of AUTOATTACH) fill(at(to), devices[from]);

  asArray(getIn(vmi, at('disks'))).forEach((disk, i) => {
    if (!isRecord(disk)) return;
    if (!isSet(disk['disk']) && !isSet(disk['cdrom']) && !isSet(disk['lun'])) set(at('disks', i, 'disk'), {});
    if (isRecord(disk['disk'])) {
      fillString(at('disks', i, 'disk', 'bus'), devices['preferredDiskBus']);
      fill(at('disks', i, 'blockSize'), devices['preferredDiskBlockSize']);
      fillString(at('disks', i, 'cache'), devices['preferredDiskCache']);
      fillString(at('disks', i, 'io'), devices['preferredDiskIO']);
      if (getIn(vmi, at('disks', i, 'disk', 'bus')) === 'virtio') fill(at('disks', i, 'dedicatedIOThread'), devices['preferredDiskDedicatedIoThread']);
    } else if (isRecord(disk['cdrom'])) {
      fillString(at('disks', i, 'cdrom', 'bus'), devices['preferredCdromBus']);
    } else if (isRecord(disk['lun'])) {
      fillString(at('disks', i, 'lun', 'bus'), devices['preferredLunBus']);
    }
  });

  const podNetworks = new Map(asArray(vmi['networks']).flatMap((n) => (isRecord(n) && typeof n['name'] === 'string' ? [[n['name'], isSet(n['pod'])] as const] : [])));
  asArray(getIn(vmi, at('interfaces'))).forEach((iface, i) => {
    if (!isRecord(iface)) return;
    fillString(at('interfaces', i, 'model'), devices['preferredInterfaceModel']);
    const name = asString(iface['name']);
    if (isSet(devices['preferredInterfaceMasquerade']) && BINDINGS.every((b) => !isSet(iface[b])) && name !== undefined && podNetworks.get(name) === true) {
      set(at('interfaces', i, 'masquerade'), devices['preferredInterfaceMasquerade']);
    }
  });

  asArray(getIn(vmi, at('inputs'))).forEach((input, i) => {
    if (!isRecord(input)) return;
    fillString(at('inputs', i, 'bus'), devices['preferredInputBus']);
    fillString(at('inputs', i, 'type'), devices['preferredInputType']);
  });

  const panicModel = devices['preferredPanicDeviceModel'];
  if (isSet(panicModel)) {
    const panics = asArray(getIn(vmi, at('panicDevices')));
    if (panics.length === 0) set(at('panicDevices'), [{ model: panicModel }]);
    else panics.forEach((p, i) => isRecord(p) && fill(at('panicDevices', i, 'model'), panicModel));
  }
}

function applyFirmwarePreferences(firmware: Readonly<Record<string, unknown>>, vmi: Mutable, set: Setter): void {
  const bootloader = (): Readonly<Record<string, unknown>> | undefined => record(getIn(vmi, ['domain', 'firmware', 'bootloader']));
  const noLoader = () => !isSet(bootloader()?.['bios']) && !isSet(bootloader()?.['efi']);
  const path = (...rest: string[]): FieldPath => ['domain', 'firmware', 'bootloader', ...rest];
  if (firmware['preferredUseBios'] === true && noLoader()) set(path('bios'), {});
  if (isSet(firmware['preferredUseBiosSerial']) && isRecord(bootloader()?.['bios']) && !isSet(record(bootloader()?.['bios'])?.['useSerial'])) {
    set(path('bios', 'useSerial'), firmware['preferredUseBiosSerial']);
  }
  if (noLoader() && isSet(firmware['preferredEfi'])) {
    set(path('efi'), firmware['preferredEfi']);
    return;
  }
  if (firmware['preferredUseEfi'] === true && noLoader()) set(path('efi'), {});
  if (isSet(firmware['preferredUseSecureBoot']) && isRecord(bootloader()?.['efi']) && !isSet(record(bootloader()?.['efi'])?.['secureBoot'])) {
    set(path('efi', 'secureBoot'), firmware['preferredUseSecureBoot']);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers on the (cloned, so mutable) spec.

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return isRecord(value) ? value : undefined;
}

function child(parent: Mutable, key: string): Mutable | undefined {
  const value = parent[key];
  return isRecord(value) ? value : undefined;
}

function nonEmpty(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}

function nonZero(value: unknown): boolean {
  return typeof value === 'number' && value !== 0;
}

/** A Go map lookup `_, ok := m[key]`: the key is there, whatever its value. */
function hasKey(map: unknown, key: string): boolean {
  return isRecord(map) && key in map && map[key] !== undefined;
}

function getIn(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isRecord(node) && typeof key === 'string') node = node[key];
    else return undefined;
  }
  return node;
}

/** Writes `value` at `path`, creating mappings on the way (a null or missing parent becomes {}). Junk parents are left alone. */
function setAt(root: Mutable, path: FieldPath, value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (Array.isArray(node) && typeof key === 'number') {
      node = node[key];
      continue;
    }
    if (!isRecord(node) || typeof key !== 'string') return;
    if (node[key] === undefined || node[key] === null) node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(node) && typeof last === 'number') node[last] = value;
  else if (isRecord(node) && typeof last === 'string') node[last] = value;
}
