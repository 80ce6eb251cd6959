import { describe, expect, it } from 'vitest';
import { KubeError } from '../../src/kube/errors.js';
import { applyPlan } from '../../src/sync/apply/apply.js';
import type { Clock } from '../../src/core/throttle.js';
import { RateLimiter, withRetry } from '../../src/core/throttle.js';
import type { PlannedChange } from '../../src/sync/plan/plan.js';
import { FakeKube } from '../helpers/fake-kube.js';

const fakeClock = (): Clock & { slept: number[] } => {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => { slept.push(ms); now += ms; } };
};
const change = (kind: string, name: string, action: PlannedChange['action'] = 'create'): PlannedChange => ({
  subject: `${kind}/ns/${name}`,
  action,
  payload: { apiVersion: 'v1', kind, metadata: { name, namespace: 'ns' } },
  changes: [],
});

describe('applyPlan', () => {
  it('applies in dependency waves: namespaces, networks, secrets, disks, then VMs', async () => {
    const kube = new FakeKube();
    const plan = [change('VirtualMachine', 'vm'), change('DataVolume', 'disk'), change('Secret', 'cloudinit'), change('NetworkAttachmentDefinition', 'br'), change('Namespace', 'ns')];
    const out = await applyPlan(kube, plan, { concurrency: 4, attempts: 1, clock: fakeClock() });
    expect(kube.calls).toEqual(['apply Namespace/ns/ns', 'apply NetworkAttachmentDefinition/ns/br', 'apply Secret/ns/cloudinit', 'apply DataVolume/ns/disk', 'apply VirtualMachine/ns/vm']);
    expect(out.map((o) => o.outcome)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  });

  it('skips unchanged, reports blocked, and retries transient failures with backoff', async () => {
    const kube = new FakeKube();
    kube.failures.set('ConfigMap/ns/flaky', [new KubeError('ServerError', 'etcdserver: leader changed', 500), new KubeError('TooManyRequests', 'slow down', 429)]);
    kube.failures.set('ConfigMap/ns/bad', [new KubeError('Invalid', 'spec.x: Invalid value', 422)]);
    const clock = fakeClock();
    const out = await applyPlan(kube, [change('ConfigMap', 'flaky'), change('ConfigMap', 'bad'), change('ConfigMap', 'same', 'unchanged'), { ...change('DataVolume', 'd', 'blocked'), reason: 'immutable' }], { concurrency: 1, attempts: 4, clock });
    expect(out.map((o) => [o.subject, o.outcome])).toEqual([['ConfigMap/ns/flaky', 'applied'], ['ConfigMap/ns/bad', 'failed'], ['ConfigMap/ns/same', 'unchanged'], ['DataVolume/ns/d', 'blocked']]);
    expect(kube.calls.filter((c) => c.includes('flaky'))).toHaveLength(3);
    expect(kube.calls.filter((c) => c.includes('/bad'))).toHaveLength(1);
    expect(clock.slept.filter((ms) => ms >= 250)).toEqual([250, 500]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const kube = new FakeKube();
    await applyPlan(kube, Array.from({ length: 20 }, (_, i) => change('ConfigMap', `c${i}`)), { concurrency: 3, attempts: 1, clock: fakeClock() });
    expect(kube.maxInFlight).toBeLessThanOrEqual(3);
    expect(kube.objects.size).toBe(20);
  });

  it('stops starting new objects on abort and says which were skipped', async () => {
    const kube = new FakeKube();
    const controller = new AbortController();
    const plan = Array.from({ length: 5 }, (_, i) => change('ConfigMap', `c${i}`));
    const original = kube.apply.bind(kube);
    kube.apply = async (object, options) => {
      const result = await original(object, options);
      controller.abort();
      return result;
    };
    const out = await applyPlan(kube, plan, { concurrency: 1, attempts: 1, clock: fakeClock(), signal: controller.signal });
    expect(out.map((o) => o.outcome)).toEqual(['applied', 'skipped', 'skipped', 'skipped', 'skipped']);
  });
});

describe('throttling', () => {
  it('spreads starts to the rate', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, 1, clock);
    for (let i = 0; i < 4; i++) await limiter.take();
    expect(clock.slept).toEqual([100, 100, 100]);
  });

  it('lets a burst through at once, then queues concurrent callers at the rate', async () => {
    const slept: number[] = [];
    const clock: Clock = { now: () => 0, sleep: async (ms) => { slept.push(ms); } }; // all callers arrive at t=0
    const limiter = new RateLimiter(10, 3, clock);
    await Promise.all(Array.from({ length: 6 }, () => limiter.take()));
    // 3 tokens at once; the 4th, 5th and 6th wait 100, 200 and 300 ms from the same instant.
    expect(slept).toEqual([100, 200, 300]);
  });

  it('refills while idle, up to the burst', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(10, 2, clock);
    await limiter.take();
    await limiter.take();
    await clock.sleep(10_000);
    clock.slept.length = 0;
    for (let i = 0; i < 3; i++) await limiter.take();
    expect(clock.slept).toEqual([100]);
  });

  it('does not retry what retrying cannot fix', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('no'); }, { attempts: 5, baseMs: 1, maxMs: 1, retryable: () => false, clock: fakeClock() })).rejects.toThrow('no');
    expect(calls).toBe(1);
  });
});
