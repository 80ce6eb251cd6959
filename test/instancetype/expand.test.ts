import { describe, expect, it } from 'vitest';
import { expandTemplate, guestTopology } from '../../src/instancetype/expand.js';
import type { DefinitionSpec, Resolved } from '../../src/instancetype/types.js';

const it4: DefinitionSpec = { cpu: { guest: 4 }, memory: { guest: '4Gi' } };
const instancetype = (spec: DefinitionSpec): Resolved => ({ kind: 'VirtualMachineClusterInstancetype', name: 'it', spec, source: 'test' });
const preference = (spec: DefinitionSpec): Resolved => ({ kind: 'VirtualMachineClusterPreference', name: 'pref', spec, source: 'test' });
const paths = (e: ReturnType<typeof expandTemplate>) => e.conflicts.map((c) => c.path.join('.'));

describe('expandTemplate: the instancetype', () => {
  it('writes vCPUs as a topology (sockets by default), guest memory and the fields the instancetype sets', () => {
    const e = expandTemplate(
      { domain: { devices: {} } },
      undefined,
      instancetype({ cpu: { guest: 4, model: 'host-passthrough', dedicatedCPUPlacement: true, maxSockets: 8 }, memory: { guest: '4Gi', hugepages: { pageSize: '2Mi' } }, nodeSelector: { a: 'b' }, ioThreadsPolicy: 'auto', gpus: [{ name: 'g', deviceName: 'x' }] }),
      undefined,
    );
    expect(e.conflicts).toEqual([]);
    expect(e.spec).toEqual({
      nodeSelector: { a: 'b' },
      domain: {
        devices: { gpus: [{ name: 'g', deviceName: 'x' }] },
        cpu: { model: 'host-passthrough', dedicatedCpuPlacement: true, maxSockets: 8, sockets: 4, cores: 1, threads: 1 },
        memory: { guest: '4Gi', hugepages: { pageSize: '2Mi' } },
        ioThreadsPolicy: 'auto',
      },
    });
    expect(e.applied.map((a) => `${a.from}:${a.path.join('.')}`)).toContain('instancetype:domain.memory.guest');
  });

  it('never changes the template it is given', () => {
    const template = { domain: { devices: {} } };
    expandTemplate(template, undefined, instancetype(it4), undefined);
    expect(template).toEqual({ domain: { devices: {} } });
  });

  it('reports every CPU conflict, and only the first memory conflict, and then applies nothing', () => {
    const template = { domain: { cpu: { sockets: 2, cores: 2 }, resources: { requests: { cpu: '1', memory: '1Gi' }, limits: { memory: '1Gi' } }, memory: { guest: '1Gi' } } };
    const e = expandTemplate(template, undefined, instancetype(it4), preference({ devices: { preferredDiskBus: 'virtio' } }));
    expect(paths(e)).toEqual(['domain.resources.requests.cpu', 'domain.cpu.sockets', 'domain.cpu.cores', 'domain.memory.guest']);
    expect(e.spec).toBe(template);
    expect(e.applied).toEqual([]);
  });

  it('flags model, dedicated placement, hugepages and friends only when the instancetype sets them too', () => {
    const template = { domain: { cpu: { model: 'host-model', dedicatedCpuPlacement: true }, memory: { hugepages: { pageSize: '1Gi' } }, ioThreadsPolicy: 'shared' }, schedulerName: 'mine' };
    expect(paths(expandTemplate(template, undefined, instancetype(it4), undefined))).toEqual([]);
    const full = instancetype({ cpu: { guest: 2, model: 'x', dedicatedCPUPlacement: false }, memory: { guest: '2Gi', hugepages: { pageSize: '2Mi' } }, ioThreadsPolicy: 'auto', schedulerName: 'other' });
    expect(paths(expandTemplate(template, undefined, full, undefined))).toEqual(['schedulerName', 'domain.cpu.model', 'domain.cpu.dedicatedCpuPlacement', 'domain.memory.hugepages', 'domain.ioThreadsPolicy']);
  });

  it('flags an annotation the template sets to another value', () => {
    const e = expandTemplate({}, { annotations: { a: '1', b: '2' } }, instancetype({ ...it4, annotations: { a: '1', b: '3', c: '4' } }), undefined);
    expect(paths(e)).toEqual(['metadata.annotations.b']);
  });

  it('lowers the memory request by overcommitPercent', () => {
    const e = expandTemplate({}, undefined, instancetype({ cpu: { guest: 1 }, memory: { guest: '1Gi', overcommitPercent: 25 } }), undefined);
    expect((e.spec['domain'] as { resources: unknown }).resources).toEqual({ requests: { memory: String(0.75 * 1024 ** 3) } });
  });
});

describe('guestTopology', () => {
  it('follows the preferred topology', () => {
    expect(guestTopology(1, { cpu: { preferredCPUTopology: 'cores' } })).toEqual({ sockets: 1, cores: 1, threads: 1 });
    expect(guestTopology(4, undefined)).toEqual({ sockets: 4, cores: 1, threads: 1 });
    expect(guestTopology(4, { cpu: { preferredCPUTopology: 'preferCores' } })).toEqual({ sockets: 1, cores: 4, threads: 1 });
    expect(guestTopology(4, { cpu: { preferredCPUTopology: 'threads' } })).toEqual({ sockets: 1, cores: 1, threads: 4 });
    expect(guestTopology(4, { cpu: { preferredCPUTopology: 'any' } })).toEqual({ sockets: 4, cores: 1, threads: 1 });
  });

  it('spreads vCPUs by ratio across sockets, cores and threads', () => {
    expect(guestTopology(8, { cpu: { preferredCPUTopology: 'spread' } })).toEqual({ sockets: 4, cores: 2, threads: 1 });
    expect(guestTopology(12, { preferSpreadSocketToCoreRatio: 3, cpu: { preferredCPUTopology: 'spread' } })).toEqual({ sockets: 4, cores: 3, threads: 1 });
    expect(guestTopology(8, { cpu: { preferredCPUTopology: 'spread', spreadOptions: { across: 'CoresThreads' } } })).toEqual({ sockets: 1, cores: 4, threads: 2 });
    expect(guestTopology(16, { cpu: { preferredCPUTopology: 'spread', spreadOptions: { across: 'SocketsCoresThreads', ratio: 4 } } })).toEqual({ sockets: 2, cores: 4, threads: 2 });
  });
});

describe('expandTemplate: the preference', () => {
  const pref = preference({
    devices: { preferredDiskBus: 'virtio', preferredInterfaceModel: 'virtio', preferredInterfaceMasquerade: {}, preferredInputType: 'tablet', preferredRng: {}, preferredDiskDedicatedIoThread: true },
    features: { preferredSmm: {}, preferredHyperv: { relaxed: {}, vapic: {} } },
    firmware: { preferredEfi: { secureBoot: true } },
    preferredArchitecture: 'amd64',
    preferredTerminationGracePeriodSeconds: 30,
    cpu: { preferredCPUFeatures: [{ name: 'invtsc', policy: 'require' }, { name: 'vmx' }] },
  });

  it('fills in only what the template leaves unset', () => {
    const template = {
      domain: {
        cpu: { features: [{ name: 'vmx', policy: 'disable' }] },
        features: { hyperv: { relaxed: { enabled: false } } },
        devices: {
          disks: [{ name: 'a' }, { name: 'b', disk: { bus: 'sata' } }, { name: 'c', cdrom: {} }],
          interfaces: [{ name: 'default' }, { name: 'sec', bridge: {} }, { name: 'other' }],
          inputs: [{ name: 'i', type: '' }],
        },
      },
      networks: [{ name: 'default', pod: {} }, { name: 'sec', multus: { networkName: 'n' } }, { name: 'other', multus: { networkName: 'm' } }],
      terminationGracePeriodSeconds: 0,
    };
    const e = expandTemplate(template, undefined, undefined, pref);
    const domain = e.spec['domain'] as Record<string, Record<string, unknown>>;
    expect(domain['devices']!['disks']).toEqual([
      { name: 'a', disk: { bus: 'virtio' }, dedicatedIOThread: true },
      { name: 'b', disk: { bus: 'sata' } },
      { name: 'c', cdrom: {} },
    ]);
    expect(domain['devices']!['interfaces']).toEqual([
      { name: 'default', model: 'virtio', masquerade: {} },
      { name: 'sec', bridge: {}, model: 'virtio' },
      { name: 'other', model: 'virtio' },
    ]);
    expect(domain['devices']!['inputs']).toEqual([{ name: 'i', type: 'tablet' }]);
    expect(domain['devices']!['rng']).toEqual({});
    expect(domain['cpu']!['features']).toEqual([{ name: 'vmx', policy: 'disable' }, { name: 'invtsc', policy: 'require' }]);
    expect(domain['features']).toEqual({ smm: {}, hyperv: { relaxed: { enabled: false }, vapic: {} } });
    expect(domain['firmware']).toEqual({ bootloader: { efi: { secureBoot: true } } });
    expect(e.spec['architecture']).toBe('amd64');
    expect(e.spec['terminationGracePeriodSeconds']).toBe(0);
  });

  it('leaves an explicit bootloader alone', () => {
    const e = expandTemplate({ domain: { firmware: { bootloader: { bios: {} } } } }, undefined, undefined, pref);
    expect((e.spec['domain'] as { firmware: unknown }).firmware).toEqual({ bootloader: { bios: {} } });
  });

  it('applies after the instancetype, whose topology follows the preference', () => {
    const e = expandTemplate({}, undefined, instancetype(it4), preference({ cpu: { preferredCPUTopology: 'cores' }, preferredArchitecture: 'arm64' }));
    expect(e.spec).toEqual({ architecture: 'arm64', domain: { cpu: { sockets: 1, cores: 4, threads: 1 }, memory: { guest: '4Gi' } } });
    expect(e.applied.find((a) => a.path.join('.') === 'architecture')?.from).toBe('preference');
  });
});
