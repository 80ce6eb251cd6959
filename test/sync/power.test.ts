import { describe, expect, it } from 'vitest';
import { APPLIED_RUN_STRATEGY_ANNOTATION, applyPowerPolicy } from '../../src/sync/plan/power.js';

const vm = (runStrategy: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'vm', annotations },
  spec: { runStrategy, template: {} },
});
const runStrategy = (o: Record<string, unknown>) => (o['spec'] as { runStrategy?: string }).runStrategy;

describe('applyPowerPolicy', () => {
  it('on create, git decides under every policy, and the applied value is remembered', () => {
    for (const policy of ['git', 'initial', 'operator']) {
      const { payload, keptLive } = applyPowerPolicy(vm('Always', { 'virtops.io/power': policy }), undefined);
      expect(runStrategy(payload)).toBe('Always');
      expect(keptLive).toBeUndefined();
      expect((payload['metadata'] as { annotations: Record<string, string> }).annotations[APPLIED_RUN_STRATEGY_ANNOTATION]).toBe('Always');
    }
  });

  it('git: a virtctl stop is reverted', () => {
    const live = vm('Halted', { [APPLIED_RUN_STRATEGY_ANNOTATION]: 'Always' });
    expect(runStrategy(applyPowerPolicy(vm('Always', { 'virtops.io/power': 'git' }), live).payload)).toBe('Always');
  });

  it('operator (default): a virtctl stop is kept and shown as an override, until git changes', () => {
    const live = vm('Halted', { [APPLIED_RUN_STRATEGY_ANNOTATION]: 'Always' });
    const kept = applyPowerPolicy(vm('Always'), live);
    expect(runStrategy(kept.payload)).toBe('Halted');
    expect(kept.keptLive).toEqual({ declared: 'Always', live: 'Halted' });
    // A new commit says Manual: that is a decision, and it is applied.
    const changed = applyPowerPolicy(vm('Manual'), live);
    expect(runStrategy(changed.payload)).toBe('Manual');
    expect(changed.keptLive).toBeUndefined();
  });

  it('initial: people own power after creation, whatever git says', () => {
    const live = vm('Halted', { [APPLIED_RUN_STRATEGY_ANNOTATION]: 'Always' });
    expect(runStrategy(applyPowerPolicy(vm('Manual', { 'virtops.io/power': 'initial' }), live).payload)).toBe('Halted');
  });

  it('keeps the legacy running field as the live object has it', () => {
    const live = { ...vm('x', { [APPLIED_RUN_STRATEGY_ANNOTATION]: 'Always' }), spec: { running: false, template: {} } };
    const { payload } = applyPowerPolicy(vm('Always'), live);
    expect(payload['spec']).toEqual({ running: false, template: {} });
  });

  it('leaves other kinds untouched', () => {
    const dv = { kind: 'DataVolume', spec: {} };
    expect(applyPowerPolicy(dv, undefined).payload).toBe(dv);
  });
});
