import { describe, expect, it } from 'vitest';
import { definitionsOf, matcherKind, resolveMatcher, withLocal } from '../../src/instancetype/definitions.js';
import type { InstancetypeIndex } from '../../src/instancetype/types.js';
import { extractObjects } from '../../src/load/objects.js';
import { parseYaml } from '../../src/load/parse.js';
import { yaml } from '../rules/_manifests.js';

function objects(text: string) {
  return extractObjects(parseYaml(text).documents, { skipForeignDocuments: true }).objects;
}

const SET = yaml`
  apiVersion: instancetype.kubevirt.io/v1beta1
  kind: VirtualMachineInstancetype
  metadata:
    name: small
    namespace: team-a
  spec:
    cpu:
      guest: 2
    memory:
      guest: 2Gi
  ---
  apiVersion: instancetype.kubevirt.io/v1beta1
  kind: VirtualMachineInstancetype
  metadata:
    name: small
    namespace: team-b
  spec:
    cpu:
      guest: 8
    memory:
      guest: 8Gi
  ---
  apiVersion: instancetype.kubevirt.io/v1beta1
  kind: VirtualMachineClusterInstancetype
  metadata:
    name: u1.medium
  spec:
    cpu:
      guest: 3
    memory:
      guest: 3Gi
  ---
  apiVersion: v1
  kind: List
  items:
    - apiVersion: instancetype.kubevirt.io/v1beta1
      kind: VirtualMachinePreference
      metadata:
        name: linux
      spec:
        cpu:
          preferredCPUTopology: cores
  ---
  apiVersion: instancetype.kubevirt.io/v1beta1
  kind: VirtualMachineClusterPreference
  metadata:
    name: nameless-spec
`;

const index: InstancetypeIndex = { definitions: definitionsOf(objects(SET), 'set.yaml') };

describe('definitionsOf', () => {
  it('reads every named definition with a spec, List items included, and remembers the file', () => {
    expect(index.definitions.map((d) => `${d.kind} ${d.namespace ?? '-'}/${d.name} ${d.file}`)).toEqual([
      'VirtualMachineInstancetype team-a/small set.yaml',
      'VirtualMachineInstancetype team-b/small set.yaml',
      'VirtualMachineClusterInstancetype -/u1.medium set.yaml',
      'VirtualMachinePreference -/linux set.yaml',
    ]);
  });
});

describe('matcherKind', () => {
  it('reads kinds as KubeVirt does: case-insensitive, singular or plural, empty = cluster-wide', () => {
    expect(matcherKind('instancetype', undefined)).toBe('VirtualMachineClusterInstancetype');
    expect(matcherKind('instancetype', '')).toBe('VirtualMachineClusterInstancetype');
    expect(matcherKind('instancetype', 'virtualmachineinstancetypes')).toBe('VirtualMachineInstancetype');
    expect(matcherKind('preference', 'VirtualMachinePreference')).toBe('VirtualMachinePreference');
    expect(matcherKind('preference', 'VirtualMachineClusterPreferences')).toBe('VirtualMachineClusterPreference');
    expect(matcherKind('instancetype', 'VirtualMachinePreference')).toBeUndefined();
    expect(matcherKind('instancetype', 42)).toBeUndefined();
  });
});

describe('resolveMatcher', () => {
  const namespaced = (name: string) => ({ instancetype: { name, kind: 'VirtualMachineInstancetype' } });

  it("finds a namespaced instancetype in the VM's namespace", () => {
    expect(resolveMatcher('instancetype', namespaced('small'), 'team-b', index)?.spec).toEqual({ cpu: { guest: 8 }, memory: { guest: '8Gi' } });
    expect(resolveMatcher('instancetype', namespaced('small'), 'team-a', index)?.source).toBe('set.yaml');
  });

  it('does not take a namespaced instancetype from another namespace', () => {
    expect(resolveMatcher('instancetype', namespaced('small'), 'team-c', index)).toBeUndefined();
  });

  it('matches by name alone when the VM leaves its namespace to the apply step', () => {
    expect(resolveMatcher('instancetype', namespaced('small'), undefined, index)?.spec).toEqual({ cpu: { guest: 2 }, memory: { guest: '2Gi' } });
    expect(resolveMatcher('preference', { preference: { name: 'linux', kind: 'VirtualMachinePreference' } }, 'anywhere', index)?.name).toBe('linux');
  });

  it('prefers a cluster instancetype of the set over the bundled one of the same name', () => {
    expect(resolveMatcher('instancetype', { instancetype: { name: 'u1.medium' } }, undefined, index)?.spec).toEqual({ cpu: { guest: 3 }, memory: { guest: '3Gi' } });
  });

  it('falls back to the bundled common-instancetypes for cluster-wide kinds', () => {
    const resolved = resolveMatcher('instancetype', { instancetype: { name: 'u1.large' } }, undefined, index);
    expect(resolved?.kind).toBe('VirtualMachineClusterInstancetype');
    expect(resolved?.spec).toEqual({ cpu: { guest: 2 }, memory: { guest: '8Gi' } });
    expect(resolved?.source).toMatch(/^common-instancetypes v/);
    expect(resolveMatcher('preference', { preference: { name: 'fedora' } }, undefined, index)?.spec['preferredArchitecture']).toBe('amd64');
  });

  it('never takes a bundled definition for a namespaced kind', () => {
    expect(resolveMatcher('instancetype', namespaced('u1.large'), undefined, index)).toBeUndefined();
  });

  it('resolves nothing for inferFromVolume, template parameters, unknown names and unknown kinds', () => {
    expect(resolveMatcher('instancetype', { instancetype: { inferFromVolume: 'root' } }, undefined, index)).toBeUndefined();
    expect(resolveMatcher('instancetype', { instancetype: { name: '${SIZE}' } }, undefined, index)).toBeUndefined();
    expect(resolveMatcher('instancetype', { instancetype: { name: 'no-such-type' } }, undefined, index)).toBeUndefined();
    expect(resolveMatcher('instancetype', { instancetype: { name: 'u1.large', kind: 'Flavor' } }, undefined, index)).toBeUndefined();
    expect(resolveMatcher('instancetype', {}, undefined, index)).toBeUndefined();
  });
});

describe('withLocal', () => {
  it("adds the linted file's own definitions once", () => {
    const local = objects(SET);
    expect(withLocal(undefined, local).definitions).toHaveLength(4);
    // Already pre-scanned: nothing is added twice, and the file's own copies (no file name) come first.
    const merged = withLocal(index, local);
    expect(merged.definitions).toHaveLength(index.definitions.length);
    expect(merged.definitions.map((d) => d.file)).toEqual(index.definitions.map(() => undefined));
    expect(withLocal(index, [])).toBe(index);
  });
});
