import { describe, expect, it } from 'vitest';
import { dataVolumeHealth } from '../../src/sync/health/datavolume.js';
import type { PowerPolicy } from '../../src/sync/health/types.js';
import { runStrategyOf, vmHealth } from '../../src/sync/health/vm.js';

const vm = (runStrategy: string, printableStatus: string, conditions: object[] = [], extra: object = {}) => ({
  metadata: { name: 'vm', generation: 3 },
  spec: { runStrategy },
  status: { printableStatus, observedGeneration: 3, conditions, ...extra },
});
const ready = { type: 'Ready', status: 'True' };
const health = (live: Record<string, unknown>, declared: string | undefined, policy: PowerPolicy = 'git', since?: Date) =>
  vmHealth({ live, declaredRunStrategy: declared, policy, deadline: { now: new Date('2026-01-01T00:10:00Z'), seconds: 300, ...(since ? { since } : {}) } });
const longAgo = new Date('2026-01-01T00:00:00Z');

describe('vmHealth', () => {
  it('Always + Running and Ready is Healthy; Running not ready is Progressing, then Degraded', () => {
    expect(health(vm('Always', 'Running', [ready]), 'Always')).toMatchObject({ status: 'Healthy', reason: 'Running' });
    expect(health(vm('Always', 'Running'), 'Always')).toMatchObject({ status: 'Progressing', reason: 'NotReady' });
    expect(health(vm('Always', 'Running'), 'Always', 'git', longAgo)).toMatchObject({ status: 'Degraded' });
  });

  it('Halted + Stopped is Healthy; Always + Stopped waits, then is Degraded', () => {
    expect(health(vm('Halted', 'Stopped'), 'Halted')).toMatchObject({ status: 'Healthy', reason: 'Stopped' });
    expect(health(vm('Always', 'Stopped'), 'Always')).toMatchObject({ status: 'Progressing' });
    expect(health(vm('Always', 'Stopped'), 'Always', 'git', longAgo)).toMatchObject({ status: 'Degraded', reason: 'Stopped' });
    expect(health(vm('Manual', 'Stopped'), 'Manual')).toMatchObject({ status: 'Healthy' });
    expect(health(vm('RerunOnFailure', 'Stopped'), 'RerunOnFailure')).toMatchObject({ status: 'Healthy' });
  });

  it.each(['ErrorUnschedulable', 'ErrImagePull', 'ImagePullBackOff', 'ErrorPvcNotFound', 'DataVolumeError', 'CrashLoopBackOff'])('%s is Degraded', (state) => {
    expect(health(vm('Always', state), 'Always')).toMatchObject({ status: 'Degraded', reason: state });
  });

  it('a Failure condition is Degraded, with its message', () => {
    expect(health(vm('Always', 'Starting', [{ type: 'Failure', status: 'True', reason: 'FailedCreate', message: 'quota exceeded' }]), 'Always')).toMatchObject({ status: 'Degraded', reason: 'FailedCreate', message: 'quota exceeded' });
  });

  it.each(['Starting', 'Provisioning', 'Migrating'])('%s is Progressing until the deadline', (state) => {
    expect(health(vm('Always', state), 'Always')).toMatchObject({ status: 'Progressing', reason: state });
    expect(health(vm('Always', state), 'Always', 'git', longAgo)).toMatchObject({ status: 'Degraded', reason: state });
  });

  it('reports RestartRequired without changing the verdict', () => {
    expect(health(vm('Always', 'Running', [ready, { type: 'RestartRequired', status: 'True' }]), 'Always')).toMatchObject({ status: 'Healthy', restartRequired: true });
  });

  it('a virtctl stop under the operator policy is an override, judged by the live power state', () => {
    const stopped = vm('Halted', 'Stopped');
    expect(health(stopped, 'Always', 'operator')).toEqual(expect.objectContaining({ status: 'Healthy', powerOverride: { declared: 'Always', live: 'Halted' } }));
    expect(health(stopped, 'Always', 'initial')).toMatchObject({ status: 'Healthy', powerOverride: { declared: 'Always', live: 'Halted' } });
    // Under the git policy the same state is not an override: git wins, and the VM is expected to start.
    const underGit = health(stopped, 'Always', 'git');
    expect(underGit.powerOverride).toBeUndefined();
    expect(underGit.status).toBe('Progressing');
  });

  it('waits for virt-controller to observe a new generation', () => {
    const live = vm('Always', 'Running', [ready]);
    (live.metadata as { generation: number }).generation = 4;
    expect(health(live, 'Always')).toMatchObject({ status: 'Progressing', reason: 'Reconciling' });
  });

  it('Paused is Suspended; no status yet is Progressing', () => {
    expect(health(vm('Always', 'Paused'), 'Always')).toMatchObject({ status: 'Suspended' });
    expect(health({ metadata: { name: 'vm' }, spec: { runStrategy: 'Always' } }, 'Always')).toMatchObject({ status: 'Progressing', reason: 'NoStatus' });
  });

  it('maps the deprecated running field to its run strategy', () => {
    expect(runStrategyOf({ running: true })).toBe('Always');
    expect(runStrategyOf({ running: false })).toBe('Halted');
    expect(runStrategyOf({ runStrategy: 'Manual', running: true })).toBe('Manual');
    expect(runStrategyOf(null)).toBeUndefined();
  });
});

describe('dataVolumeHealth', () => {
  const dv = (phase: string, conditions: object[] = [], progress?: string) => ({ status: { phase, conditions, ...(progress ? { progress } : {}) } });
  const deadline = { now: new Date('2026-01-01T00:10:00Z'), seconds: 300, since: longAgo };

  it('Succeeded is Healthy, Failed is Degraded', () => {
    expect(dataVolumeHealth(dv('Succeeded'))).toMatchObject({ status: 'Healthy' });
    expect(dataVolumeHealth(dv('Failed', [{ type: 'Running', status: 'False', message: 'import failed: 404' }]))).toMatchObject({ status: 'Degraded', message: 'import failed: 404' });
  });

  it('WaitForFirstConsumer is Healthy (a halted VM never consumes it)', () => {
    expect(dataVolumeHealth(dv('WaitForFirstConsumer'))).toMatchObject({ status: 'Healthy', reason: 'WaitForFirstConsumer' });
  });

  it('in-progress phases report progress, and an error reason is Degraded', () => {
    expect(dataVolumeHealth(dv('ImportInProgress', [], '42.5%'))).toMatchObject({ status: 'Progressing', message: 'ImportInProgress (42.5%)' });
    expect(dataVolumeHealth(dv('ImportInProgress'), deadline)).toMatchObject({ status: 'Degraded' });
    expect(dataVolumeHealth(dv('ImportInProgress', [{ type: 'Running', status: 'False', reason: 'ImagePullFailed', message: 'no such image' }]))).toMatchObject({ status: 'Degraded', reason: 'ImagePullFailed' });
  });
});
