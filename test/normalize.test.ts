import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type InstanceSpecRule, type ObjectRule } from '../src/engine/rule.js';
import { defaultOrigin, normalizeInstanceSpec } from '../src/normalize/defaults.js';
import {
  byteLength,
  dns1035LabelErrors,
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  explainDnsLabel,
  explainDnsSubdomain,
  nameIsDnsSubdomain,
  pathSegmentNameErrors,
  suggestDnsLabel,
  suggestDnsSubdomain,
} from '../src/normalize/names.js';
import { compare, formatBytes, integerValue, isQuantitySyntax, parseQuantity, type Quantity } from '../src/normalize/quantity.js';
import { asArray, dig, digPath, holderVmSpec, isParam } from '../src/normalize/values.js';

const q = (num: bigint, den = 1n): Quantity => ({ num, den });

describe('parseQuantity', () => {
  it.each([
    ['1Gi', q(1n << 30n)],
    ['1.5Gi', q(3n << 29n)],
    ['1000M', q(1_000_000_000n)],
    ['2048Mi', q(2048n << 20n)],
    ['1e9', q(1_000_000_000n)],
    ['1E3', q(1000n)],
    ['1e+3', q(1000n)],
    ['5e-3', q(1n, 200n)],
    ['500m', q(1n, 2n)],
    ['0', q(0n)],
    ['0.5', q(1n, 2n)],
    ['.5', q(1n, 2n)],
    ['1.', q(1n)],
    ['+1k', q(1000n)],
    ['-2Mi', q(-(2n << 20n))],
    ['007', q(7n)],
    ['1E', q(10n ** 18n)],
    ['1Ei', q(1n << 60n)],
    ['12345678901234567890', q(12345678901234567890n)],
    ['1n', q(1n, 1_000_000_000n)],
    ['Gi', q(0n)],
  ])('%s', (input, expected) => {
    expect(parseQuantity(input)).toEqual(expected);
    expect(isQuantitySyntax(input)).toBe(true);
  });

  it.each(['', ' 1Gi', '1Gi ', '1 Gi', '1K', '1ki', '1gi', '1e', '1e-', '1Mi5', 'abc', '1.2.3', '1GiB', '1e3.5', '--1'])('rejects %j', (input) => {
    expect(parseQuantity(input)).toBeUndefined();
    expect(isQuantitySyntax(input)).toBe(false);
  });

  it('takes YAML numbers', () => {
    expect(parseQuantity(1073741824)).toEqual(q(1n << 30n));
    expect(parseQuantity(1e9)).toEqual(q(1_000_000_000n));
    expect(parseQuantity(1.5)).toEqual(q(3n, 2n));
    expect(parseQuantity(1e21)).toEqual(q(10n ** 21n));
    expect(parseQuantity(Number.NaN)).toBeUndefined();
    expect(parseQuantity(null)).toBeUndefined();
    expect(parseQuantity({})).toBeUndefined();
  });

  it('rounds values finer than a nano unit up, as ParseQuantity does', () => {
    expect(parseQuantity('1.0000000001')).toEqual(q(1_000_000_001n, 1_000_000_000n));
  });

  it('caps binary quantities at the largest int64', () => {
    expect(parseQuantity('16Ei')).toEqual(q((1n << 63n) - 1n));
  });

  it('wraps huge exponents to 32 bits like Go, and leaves absurd ones unevaluated', () => {
    expect(parseQuantity('1e4294967296')).toEqual(q(1n));
    expect(isQuantitySyntax('1e99999')).toBe(true);
    expect(parseQuantity('1e99999')).toBeUndefined();
    expect(isQuantitySyntax('1e99999999999999999999')).toBe(false);
  });

  it('compares exactly and rounds like Quantity.Value()', () => {
    expect(compare(parseQuantity('1Gi')!, parseQuantity('1073741824')!)).toBe(0);
    expect(compare(parseQuantity('1G')!, parseQuantity('1Gi')!)).toBe(-1);
    expect(integerValue(parseQuantity('1.5')!)).toBe(2n);
    expect(integerValue(parseQuantity('500m')!)).toBe(1n);
    expect(integerValue(parseQuantity('1.5Gi')!)).toBe(1610612736n);
    expect(integerValue(parseQuantity('-1.5')!)).toBe(0n);
  });

  it('formats byte counts', () => {
    expect(formatBytes(1n << 30n)).toBe('1Gi');
    expect(formatBytes(3n << 29n)).toBe('1536Mi');
    expect(formatBytes(1000n)).toBe('1000');
    expect(formatBytes(0n)).toBe('0');
  });
});

describe('names', () => {
  it('counts lengths in UTF-8 bytes, as Go does', () => {
    expect(byteLength('rootdisk')).toBe(8);
    expect(byteLength('')).toBe(0);
    expect(byteLength('disk-é')).toBe(7);
    expect(byteLength('ディスク')).toBe(12);
    expect(byteLength('vm-😀')).toBe(7);
    expect(dns1123LabelErrors('é'.repeat(32))[0]).toBe('must be no more than 63 characters');
  });

  it('checks RFC 1123 labels with the API server messages', () => {
    expect(dns1123LabelErrors('rootdisk')).toEqual([]);
    expect(dns1123LabelErrors('a'.repeat(63))).toEqual([]);
    expect(dns1123LabelErrors('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(dns1123LabelErrors('a.b')).toEqual(['must not contain dots']);
    expect(dns1123LabelErrors('Root_Disk')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name' or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(dns1123LabelErrors('')).toHaveLength(1);
    expect(dns1123LabelErrors('-a')).toHaveLength(1);
  });

  it('checks subdomains, DNS-1035 labels and path segments', () => {
    expect(dns1123SubdomainErrors('my.vm-1')).toEqual([]);
    expect(dns1123SubdomainErrors('a'.repeat(254))).toContain('must be no more than 253 characters');
    expect(dns1123SubdomainErrors('My_VM')[0]).toMatch(/^a lowercase RFC 1123 subdomain must consist of/);
    expect(dns1035LabelErrors('1abc')).toHaveLength(1);
    expect(nameIsDnsSubdomain('vm-', true)).toEqual([]);
    expect(nameIsDnsSubdomain('vm-', false)).toHaveLength(1);
    expect(pathSegmentNameErrors('system:viewer', false)).toEqual([]);
    expect(pathSegmentNameErrors('a/b%c', false)).toEqual(["may not contain '/'", "may not contain '%'"]);
    expect(pathSegmentNameErrors('..', false)).toEqual(["may not be '..'"]);
  });

  it('explains problems in plain words and suggests a fix', () => {
    expect(explainDnsLabel('rootdisk')).toBeUndefined();
    expect(explainDnsLabel('Root_Disk')).toBe("it contains uppercase letters and '_'");
    expect(explainDnsLabel('-disk.')).toBe("it contains '.' and starts with '-'");
    expect(explainDnsLabel('')).toBe('it is empty');
    expect(explainDnsLabel('a'.repeat(64))).toBe('it is 64 characters long (at most 63)');
    expect(explainDnsSubdomain('my.vm')).toBeUndefined();
    expect(explainDnsSubdomain('my..vm')).toBe("it has '..'");
    expect(suggestDnsLabel('Data_Disk 1')).toBe('data-disk-1');
    expect(suggestDnsLabel('___')).toBeUndefined();
    expect(suggestDnsSubdomain('My.VM_1')).toBe('my.vm-1');
  });
});

describe('values', () => {
  it('never throws on junk', () => {
    expect(asArray('x')).toEqual([]);
    expect(dig({ a: 1 }, 'a', 'b')).toBeUndefined();
    expect(isParam('${NAME}-disk')).toBe(true);
    expect(isParam(3)).toBe(false);
  });

  it('digs one to four keys, and any path with digPath, through mappings only', () => {
    const doc = { a: { b: { c: { d: { e: 5 } } } }, list: [{ x: 1 }], nil: null };
    expect(dig(doc, 'a')).toBe(doc.a);
    expect(dig(doc, 'a', 'b', 'c', 'd')).toEqual({ e: 5 });
    expect(digPath(doc, ['a', 'b', 'c', 'd', 'e'])).toBe(5);
    expect(digPath(doc, [])).toBe(doc);
    expect(dig(doc, 'list', '0')).toBeUndefined(); // lists are not walked by key
    expect(dig(doc, 'nil', 'x')).toBeUndefined();
    expect(digPath('text', ['length'])).toBeUndefined();
  });

  it('finds the VirtualMachine spec that holds an instance spec', () => {
    const vm = { spec: { preference: { name: 'p' }, template: { spec: {} } } };
    expect(holderVmSpec({ kind: 'VirtualMachine', object: vm, specPath: ['spec', 'template', 'spec'] })?.spec).toBe(vm.spec);
    const pool = { spec: { virtualMachineTemplate: { spec: { template: { spec: {} } } } } };
    expect(holderVmSpec({ kind: 'VirtualMachinePool', object: pool, specPath: ['spec', 'virtualMachineTemplate', 'spec', 'template', 'spec'] })?.path).toEqual([
      'spec',
      'virtualMachineTemplate',
      'spec',
    ]);
    expect(holderVmSpec({ kind: 'VirtualMachineInstance', object: {}, specPath: ['spec'] })).toBeUndefined();
  });
});

describe('normalizeInstanceSpec', () => {
  const base = {
    domain: { devices: { disks: [{ name: 'rootdisk', disk: {} }] }, resources: { requests: { memory: '1Gi' } } },
    volumes: [{ name: 'rootdisk', containerDisk: { image: 'x' } }],
  };

  it('does not modify its input and shares what it does not change', () => {
    const input = structuredClone(base);
    const out = normalizeInstanceSpec(input, 'VirtualMachine', 'amd64');
    expect(input).toEqual(base);
    expect(out['volumes']).toBe(input.volumes);
    expect(dig(out, 'domain', 'devices', 'disks')).toBe(input.domain.devices.disks);
  });

  it('adds the default pod network and interface when both are empty', () => {
    const out = normalizeInstanceSpec(base, 'VirtualMachine', 'amd64');
    expect(out['networks']).toEqual([{ name: 'default', pod: {} }]);
    expect(dig(out, 'domain', 'devices', 'interfaces')).toEqual([{ name: 'default', bridge: {} }]);
    expect(defaultOrigin(asArray(out['networks'])[0])).toEqual({ reason: 'pod-network' });
  });

  it('adds no default network when autoattachPodInterface is false or either list is given', () => {
    const noAttach = { ...base, domain: { ...base.domain, devices: { ...base.domain.devices, autoattachPodInterface: false } } };
    expect(normalizeInstanceSpec(noAttach, 'VirtualMachine', 'amd64')['networks']).toBeUndefined();
    const withNetworks = { ...base, networks: [{ name: 'n', pod: {} }] };
    expect(dig(normalizeInstanceSpec(withNetworks, 'VirtualMachine', 'amd64'), 'domain', 'devices', 'interfaces')).toBeUndefined();
    const withInterfaces = { ...base, domain: { ...base.domain, devices: { ...base.domain.devices, interfaces: [{ name: 'default', masquerade: {} }] } } };
    expect(normalizeInstanceSpec(withInterfaces, 'VirtualMachine', 'amd64')['networks']).toBeUndefined();
  });

  it('adds a disk for every volume without a disk or filesystem, remembering the volume', () => {
    const spec = {
      domain: { devices: { disks: [{ name: 'rootdisk' }], filesystems: [{ name: 'shared', virtiofs: {} }] } },
      volumes: [{ name: 'rootdisk' }, { name: 'cloudinit' }, { name: 'shared' }, { name: 'dup' }, { name: 'dup' }],
    };
    const disks = asArray(dig(normalizeInstanceSpec(spec, 'VirtualMachine', 'amd64'), 'domain', 'devices', 'disks'));
    expect(disks).toEqual([{ name: 'rootdisk' }, { name: 'cloudinit' }, { name: 'dup' }, { name: 'dup' }]);
    expect(defaultOrigin(disks[1])).toEqual({ reason: 'volume-disk', volumeIndex: 1 });
    expect(defaultOrigin(disks[3])).toEqual({ reason: 'volume-disk', volumeIndex: 4 });
    expect(defaultOrigin(disks[0])).toBeUndefined();
  });

  it('fills guest memory from requests, then limits, then the hugepage size', () => {
    const guest = (domain: object) => dig(normalizeInstanceSpec({ domain }, 'VirtualMachine', 'amd64'), 'domain', 'memory', 'guest');
    expect(guest({ resources: { requests: { memory: '2Gi' }, limits: { memory: '4Gi' } } })).toBe('2Gi');
    expect(guest({ resources: { requests: { memory: '0' }, limits: { memory: '4Gi' } } })).toBe('4Gi');
    expect(guest({ memory: { hugepages: { pageSize: '1Gi' } } })).toBe('1Gi');
    expect(guest({ memory: { guest: '3Gi' }, resources: { requests: { memory: '2Gi' } } })).toBe('3Gi');
    expect(guest({})).toBeUndefined();
  });

  it('fills CPU request from the limit and the topology from the CPU amount', () => {
    const out = normalizeInstanceSpec({ domain: { resources: { limits: { cpu: '3' } } } }, 'VirtualMachine', 'amd64');
    expect(dig(out, 'domain', 'resources', 'requests', 'cpu')).toBe('3');
    expect(dig(out, 'domain', 'cpu')).toEqual({ sockets: 3, cores: 1, threads: 1 });
    const given = normalizeInstanceSpec({ domain: { cpu: { cores: 2 } } }, 'VirtualMachine', 'amd64');
    expect(dig(given, 'domain', 'cpu')).toEqual({ cores: 2 });
    const fraction = normalizeInstanceSpec({ domain: { resources: { requests: { cpu: '500m' } } } }, 'VirtualMachine', 'amd64');
    expect(dig(fraction, 'domain', 'cpu', 'sockets')).toBe(1);
  });

  it('sets architecture and machine type', () => {
    const out = normalizeInstanceSpec({ domain: {} }, 'VirtualMachine', 'arm64');
    expect(out['architecture']).toBe('arm64');
    expect(dig(out, 'domain', 'machine', 'type')).toBe('virt');
    const s390x = normalizeInstanceSpec({ architecture: 's390x', domain: { machine: {} } }, 'VirtualMachine', 'amd64');
    expect(dig(s390x, 'domain', 'machine', 'type')).toBe('s390-ccw-virtio');
  });

  it('applies object-level defaults only to VirtualMachineInstances', () => {
    const spec = {
      domain: {
        devices: { disks: [{ name: 'a' }, { name: 'cd', cdrom: {} }], inputs: [{ name: 'tablet' }] },
        firmware: { bootloader: { efi: {} } },
      },
      volumes: [{ name: 'a' }, { name: 'cd' }, { name: 'extra' }],
    };
    const vm = normalizeInstanceSpec(spec, 'VirtualMachine', 'amd64');
    expect(asArray(dig(vm, 'domain', 'devices', 'disks'))[0]).toEqual({ name: 'a' });
    const vmi = normalizeInstanceSpec(spec, 'VirtualMachineInstance', 'amd64');
    const disks = asArray(dig(vmi, 'domain', 'devices', 'disks'));
    expect(disks).toEqual([
      { name: 'a', disk: { bus: 'sata' } },
      { name: 'cd', cdrom: { bus: 'sata', readOnly: true, tray: 'closed' } },
      { name: 'extra', disk: { bus: 'sata' } },
    ]);
    expect(defaultOrigin(disks[2])).toEqual({ reason: 'volume-disk', volumeIndex: 2 });
    expect(dig(vmi, 'domain', 'devices', 'inputs')).toEqual([{ name: 'tablet', bus: 'usb', type: 'tablet' }]);
    expect(dig(vmi, 'domain', 'cpu', 'model')).toBe('host-model');
    // amd64 keeps an unset secureBoot unset (it means true).
    expect(dig(vmi, 'domain', 'firmware', 'bootloader', 'efi')).toEqual({});
  });

  it('applies arm64 defaults to VirtualMachineInstances: EFI with Secure Boot off, virtio buses', () => {
    const withEfi = normalizeInstanceSpec({ domain: { firmware: { bootloader: { efi: {} } }, devices: { disks: [{ name: 'a', cdrom: {} }] } } }, 'VirtualMachineInstance', 'arm64');
    expect(dig(withEfi, 'domain', 'firmware', 'bootloader', 'efi')).toEqual({ secureBoot: false });
    expect(dig(withEfi, 'domain', 'devices', 'disks')).toEqual([{ name: 'a', cdrom: { bus: 'virtio', readOnly: true, tray: 'closed' } }]);
    expect(dig(withEfi, 'domain', 'cpu', 'model')).toBe('host-passthrough');
    const none = normalizeInstanceSpec({ domain: {} }, 'VirtualMachineInstance', 'arm64');
    expect(dig(none, 'domain', 'firmware', 'bootloader')).toEqual({ efi: { secureBoot: false } });
    const vm = normalizeInstanceSpec({ domain: { firmware: { bootloader: { efi: {} } } } }, 'VirtualMachine', 'arm64');
    expect(dig(vm, 'domain', 'firmware', 'bootloader', 'efi')).toEqual({});
  });

  it('applies s390x defaults and watchdog models', () => {
    const s390x = normalizeInstanceSpec({ architecture: 's390x', domain: { devices: { watchdog: { name: 'w' } } } }, 'VirtualMachineInstance', 'amd64');
    expect(dig(s390x, 'domain', 'features', 'acpi')).toEqual({ enabled: false });
    expect(dig(s390x, 'domain', 'devices', 'watchdog')).toEqual({ name: 'w', diag288: { action: 'reset' } });
    const amd64 = normalizeInstanceSpec({ domain: { devices: { watchdog: { name: 'w' } } } }, 'VirtualMachineInstance', 'amd64');
    expect(dig(amd64, 'domain', 'devices', 'watchdog')).toEqual({ name: 'w', i6300esb: { action: 'reset' } });
  });

  it('leaves junk alone and never throws', () => {
    for (const spec of [{}, { domain: 'x' }, { domain: { devices: 3 } }, { domain: { devices: { disks: 'x' } }, volumes: [{ name: 'a' }] }, { volumes: 'x' }, { domain: { cpu: 'x', memory: 5, resources: { limits: 'x' } } }]) {
      for (const kind of ['VirtualMachine', 'VirtualMachineInstance']) {
        expect(() => normalizeInstanceSpec(spec, kind, 'amd64')).not.toThrow();
      }
    }
    expect(normalizeInstanceSpec({ domain: 'x' }, 'VirtualMachine', 'amd64')['domain']).toBe('x');
  });
});

describe('rules on junk input', () => {
  // A deterministic generator of spec-shaped junk: right keys, any types.
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const KEYS = ['domain', 'devices', 'disks', 'interfaces', 'networks', 'volumes', 'name', 'bootOrder', 'memory', 'hugepages', 'pageSize', 'guest',
    'resources', 'requests', 'limits', 'firmware', 'bootloader', 'efi', 'secureBoot', 'features', 'smm', 'enabled', 'masquerade', 'pod', 'multus',
    'cdrom', 'filesystems', 'launchSecurity', 'tdx', 'cpu', 'architecture', 'autoattachPodInterface', 'preference', 'template', 'spec', 'metadata', 'generateName'];
  function junk(depth: number): unknown {
    const kind = depth <= 0 ? pick(['scalar']) : pick(['scalar', 'map', 'map', 'list']);
    if (kind === 'scalar') return pick([null, undefined, 0, -1, 1.5, 2, '', 'x', 'Bad_Name', '2Mi', '1Gi', '${P}', true, false, {}, []]);
    if (kind === 'list') return Array.from({ length: Math.floor(random() * 4) }, () => junk(depth - 1));
    const out: Record<string, unknown> = {};
    for (let i = Math.floor(random() * 5); i > 0; i--) out[pick(KEYS)] = junk(depth - 1);
    return out;
  }

  it('never throw', async () => {
    const mine = new Set(['metadata-name', 'device-names', 'device-references', 'boot-order', 'hugepages-memory', 'secure-boot-requires-smm', 'masquerade-pod-network']);
    const rules = (await import('../rules/index.js')).rules.filter((rule) => mine.has(rule.meta.id));
    expect(rules).toHaveLength(mine.size);
    for (let i = 0; i < 3000; i++) {
      const spec = junk(6);
      const object = { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: junk(2), spec: { template: { spec }, preference: junk(1) } };
      for (const kind of ['VirtualMachine', 'VirtualMachineInstance', 'VirtualMachinePool']) {
        const specRecord = typeof spec === 'object' && spec !== null && !Array.isArray(spec) ? (spec as Record<string, unknown>) : {};
        const normalized = normalizeInstanceSpec(specRecord, kind, 'amd64');
        const base = { settings: DEFAULT_SETTINGS, object, ref: {}, kind, templateParams: i % 2 === 0, options: {}, report: () => {} };
        for (const rule of rules) {
          if (rule.meta.scope === 'object') (rule as ObjectRule).check(base);
          else (rule as InstanceSpecRule).check({ ...base, spec: specRecord, specPath: ['spec', 'template', 'spec'], normalized });
        }
      }
    }
  });
});
