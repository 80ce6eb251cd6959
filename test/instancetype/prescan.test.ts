import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/engine/config.js';
import { definitionsIn, indexSources, withInstancetypeIndex, withSourcesIndex } from '../../src/instancetype/prescan.js';
import { tempTree } from '../helpers/tmp.js';

const encode = (text: string) => new TextEncoder().encode(text);

const CLUSTER_TYPE = `apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterInstancetype
metadata:
  name: big
spec:
  cpu:
    guest: 16
  memory:
    guest: 64Gi
`;

const VM_REFERRING = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  instancetype:
    name: big
    kind: VirtualMachineClusterInstancetype
  template:
    spec: {}
`;

describe('pre-scan', () => {
  it('indexes YAML, JSON and List items, and nothing from files that only refer to a definition', () => {
    const json = JSON.stringify({ apiVersion: 'instancetype.kubevirt.io/v1beta1', kind: 'VirtualMachinePreference', metadata: { name: 'p', namespace: 'ns' }, spec: { preferredArchitecture: 'arm64' } }, null, 2);
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: instancetype.kubevirt.io/v1beta1\n    kind: VirtualMachineClusterPreference\n    metadata: {name: listed}\n    spec: {}\n`;
    const index = indexSources([
      { file: 'types.yaml', bytes: encode(CLUSTER_TYPE) },
      { file: 'vm.yaml', bytes: encode(VM_REFERRING) },
      { file: 'pref.json', bytes: encode(json) },
      { file: 'list.yaml', bytes: encode(list) },
    ]);
    expect(index.definitions.map((d) => `${d.file}: ${d.kind} ${d.name}`)).toEqual([
      'types.yaml: VirtualMachineClusterInstancetype big',
      'pref.json: VirtualMachinePreference p',
      'list.yaml: VirtualMachineClusterPreference listed',
    ]);
  });

  it('skips broken and binary files quietly (the lint reports them)', () => {
    expect(definitionsIn({ file: 'bad.yaml', bytes: encode(`kind: VirtualMachineClusterInstancetype\nmetadata: [\n`) })).toEqual([]);
    expect(definitionsIn({ file: 'bin', bytes: new Uint8Array([0, 1, 2, 0xff]) })).toEqual([]);
  });

  it('reads UTF-16 files too', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(Buffer.from(CLUSTER_TYPE, 'utf16le'))]);
    expect(definitionsIn({ file: 'u16.yaml', bytes: utf16 }).map((d) => d.name)).toEqual(['big']);
  });

  it('puts the index into the settings handed to the lint, and leaves a config without definitions as it is', () => {
    const root = tempTree({ 'types.yaml': CLUSTER_TYPE, 'vm.yaml': VM_REFERRING, 'huge.yaml': CLUSTER_TYPE.replace('big', 'huge') });
    const config = emptyConfig(root);
    const tasks = ['types.yaml', 'vm.yaml', 'missing.yaml'].map((file) => ({ file, absolute: join(root, file), discovered: true }));
    const indexed = withInstancetypeIndex(config, tasks);
    expect(indexed.settings.instancetypes?.definitions.map((d) => d.name)).toEqual(['big']);
    expect(config.settings.instancetypes).toBeUndefined();
    expect(withInstancetypeIndex(config, tasks.slice(1))).toBe(config);
    // Over the size limit: not read (the lint refuses the file with its own message).
    const small = { ...config, maxFileSizeBytes: 10 };
    expect(withInstancetypeIndex(small, [{ file: 'huge.yaml', absolute: join(root, 'huge.yaml'), discovered: true }])).toBe(small);
  });

  it('indexes files already in memory (the agent render stage)', () => {
    const config = emptyConfig('/');
    expect(withSourcesIndex(config, [{ file: 'a.yaml', bytes: encode(CLUSTER_TYPE) }]).settings.instancetypes?.definitions).toHaveLength(1);
  });
});
