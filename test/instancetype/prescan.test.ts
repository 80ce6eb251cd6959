import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig } from '../../src/engine/config.js';
import { lintFileTask } from '../../src/engine/read-source.js';
import { activeRules } from '../../src/engine/registry.js';
import { definitionsIn, indexSources, mayDefine, prescanTasks, withSourcesIndex } from '../../src/instancetype/prescan.js';
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
    const indexed = prescanTasks(config, tasks, 0).config;
    expect(indexed.settings.instancetypes?.definitions.map((d) => d.name)).toEqual(['big']);
    expect(config.settings.instancetypes).toBeUndefined();
    expect(prescanTasks(config, tasks.slice(1), 0).config).toBe(config);
    // Over the size limit: not read (the lint refuses the file with its own message).
    const small = { ...config, maxFileSizeBytes: 10 };
    expect(prescanTasks(small, [{ file: 'huge.yaml', absolute: join(root, 'huge.yaml'), discovered: true }], 0).config).toBe(small);
  });

  it('finds a definition whose kind is the only mention of Instancetype or Preference, and none in files without either word', () => {
    const preferenceOnly = `apiVersion: instancetype.kubevirt.io/v1beta1\nkind: VirtualMachinePreference\nmetadata: {name: p}\nspec: {}\n`;
    expect(definitionsIn({ file: 'p.yaml', bytes: encode(preferenceOnly) }).map((d) => d.kind)).toEqual(['VirtualMachinePreference']);
    expect(definitionsIn({ file: 'vm.yaml', bytes: encode(VM_REFERRING.replace('instancetype:\n    name: big\n    kind: VirtualMachineClusterInstancetype\n', '')) })).toEqual([]);
  });

  it("parses files with a kind line of their own, not VMs' references to an instancetype or preference", () => {
    const json = (value: unknown) => JSON.stringify(value, null, 2);
    const vmJson = { kind: 'VirtualMachine', spec: { instancetype: { name: 'big', kind: 'VirtualMachineClusterInstancetype' }, preference: { kind: 'VirtualMachinePreference', name: 'p' } } };
    const definition = { apiVersion: 'instancetype.kubevirt.io/v1beta1', kind: 'VirtualMachineInstancetype', metadata: { name: 'i' } };
    const withPreference = VM_REFERRING.replace('  template:', '  preference: # the cluster-wide one\n    # (by default)\n\n    kind: "VirtualMachineClusterPreference"\n    name: p\n  template:');
    expect([VM_REFERRING, withPreference, json(vmJson), VM_REFERRING.replaceAll('\n', '\r\n')].map(mayDefine)).toEqual([false, false, false, false]);
    const defining = [
      CLUSTER_TYPE,
      `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: instancetype.kubevirt.io/v1beta1\n    kind: VirtualMachineClusterPreference\n`,
      `items:\n- kind: VirtualMachinePreference\n`,
      json(definition),
      json({ kind: 'List', items: [definition] }),
      `${VM_REFERRING}---\n${CLUSTER_TYPE}`,
      `---\n  kind: VirtualMachineInstancetype\n`, // an indented document
      `data:\n  instancetype: |\n    kind: VirtualMachineInstancetype\n`, // not a mapping under the key: parsed, to be sure
    ];
    expect(defining.map(mayDefine)).toEqual(defining.map(() => true));
  });

  it('keeps the bytes it read on the tasks, within the budget, and the lint uses them instead of reading the file again', () => {
    const root = tempTree({ 'types.yaml': CLUSTER_TYPE, 'vm.yaml': VM_REFERRING, 'huge.yaml': `${CLUSTER_TYPE.replace('big', 'huge')}# ${'-'.repeat(VM_REFERRING.length)}\n` });
    const config = { ...emptyConfig(root), maxFileSizeBytes: VM_REFERRING.length };
    const tasks = ['types.yaml', 'vm.yaml', 'huge.yaml', 'missing.yaml'].map((file) => ({ file, absolute: join(root, file), discovered: true }));
    // huge.yaml is over the size limit here: neither indexed nor kept (the lint refuses it with its own message).
    const kept = prescanTasks(config, tasks, CLUSTER_TYPE.length);
    expect(kept.tasks.map((task) => task.bytes?.length)).toEqual([CLUSTER_TYPE.length, undefined, undefined, undefined]);
    expect(kept.tasks.map((task) => task.file)).toEqual(tasks.map((task) => task.file));
    expect(kept.config.settings.instancetypes?.definitions.map((d) => d.name)).toEqual(['big']);
    expect(prescanTasks(config, tasks, 1 << 20).tasks.map((task) => task.bytes !== undefined)).toEqual([true, true, false, false]);
    expect(prescanTasks(config, tasks, 0).tasks).toEqual(tasks);

    rmSync(join(root, 'types.yaml'));
    const active = activeRules(kept.config);
    expect(lintFileTask(kept.tasks[0]!, kept.config, active).results.map((r) => r.ruleId)).not.toContain('invalid-file');
    expect(lintFileTask(tasks[0]!, kept.config, active).results.map((r) => r.message)).toEqual([expect.stringContaining('cannot read the file: ENOENT')]);
  });

  it('indexes files already in memory (the agent render stage)', () => {
    const config = emptyConfig('/');
    expect(withSourcesIndex(config, [{ file: 'a.yaml', bytes: encode(CLUSTER_TYPE) }]).settings.instancetypes?.definitions).toHaveLength(1);
  });
});
