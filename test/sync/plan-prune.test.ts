import { describe, expect, it } from 'vitest';
import { DEFAULT_ORPHAN_KINDS, planPrune, type PruneCandidate } from '../../src/sync/prune/plan-prune.js';

const obj = (kind: string, name: string, annotations: Record<string, string> = {}): PruneCandidate => ({
  apiVersion: kind === 'DataVolume' ? 'cdi.kubevirt.io/v1beta1' : kind === 'ConfigMap' || kind === 'Namespace' ? 'v1' : 'kubevirt.io/v1',
  kind,
  namespace: kind === 'Namespace' ? undefined : 'ns',
  name,
  annotations,
});
const options = { maxShare: 0.5, approved: false, orphanKinds: DEFAULT_ORPHAN_KINDS };
const inventory = [obj('Namespace', 'ns'), obj('VirtualMachine', 'a'), obj('VirtualMachine', 'b'), obj('DataVolume', 'a-root'), obj('ConfigMap', 'cfg')];

describe('planPrune', () => {
  it('prunes what left git, VMs and disks with orphan propagation, consumers first', () => {
    const desired = inventory.filter((o) => o.name !== 'b' && o.name !== 'cfg');
    const plan = planPrune(inventory, desired, options);
    expect(plan.blocked).toEqual([]);
    expect(plan.prune.map((p) => [p.kind, p.name, p.propagation])).toEqual([
      ['VirtualMachine', 'b', 'Orphan'],
      ['ConfigMap', 'cfg', 'Background'],
    ]);
  });

  it('refuses to prune anything when the revision declares nothing', () => {
    const plan = planPrune(inventory, [], options);
    expect(plan.prune).toEqual([]);
    expect(plan.blocked).toHaveLength(inventory.length);
    expect(plan.blocked[0]?.reason).toMatch(/declares no objects/);
  });

  it('blocks a prune larger than the allowed share unless approved', () => {
    const desired = [obj('Namespace', 'ns')];
    const blocked = planPrune(inventory, desired, options);
    expect(blocked.prune).toEqual([]);
    expect(blocked.blocked[0]?.reason).toMatch(/would prune 4 of 5 objects \(80%\), more than the 50%/);
    expect(planPrune(inventory, desired, { ...options, approved: true }).prune).toHaveLength(4);
  });

  it('never prunes an object annotated virtops.io/prune: disabled', () => {
    const keep = [...inventory.slice(0, 4), obj('ConfigMap', 'cfg', { 'virtops.io/prune': 'disabled' })];
    const plan = planPrune(keep, keep.slice(0, 4), options);
    expect(plan.prune).toEqual([]);
    expect(plan.blocked).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'ns', name: 'cfg', reason: 'annotated virtops.io/prune: disabled' }]);
  });

  it('ignores objects that are already gone, and does nothing when nothing left git', () => {
    const gone = { ...obj('ConfigMap', 'old'), annotations: undefined };
    expect(planPrune([...inventory, gone], inventory, options)).toEqual({ prune: [], blocked: [] });
  });
});
