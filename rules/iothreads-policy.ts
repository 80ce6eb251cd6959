import { defineRule } from '../src/engine/rule.js';
import { dig, holderVmSpec, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const POLICIES = new Set(['shared', 'auto', 'supplementalPool']);

export default defineRule({
  meta: {
    id: 'iothreads-policy',
    type: 'problem',
    description: 'ioThreadsPolicy must be shared, auto or supplementalPool, and supplementalPool needs a positive thread count',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['iothreads-policy-valid', 'iothreads-supplemental-count'],
    messages: {
      policyInvalid: "ioThreadsPolicy {{policy}} is not supported. Use shared, auto or supplementalPool, or remove it to run disks without dedicated IOThreads.",
      countMissing:
        'ioThreadsPolicy supplementalPool needs domain.ioThreads.supplementalPoolThreadCount, the number of IOThreads in the pool. Set it to 1 or more.',
      countNotPositive: 'supplementalPoolThreadCount {{count}} must be at least 1 for ioThreadsPolicy supplementalPool. Set it to the number of IOThreads the pool should have.',
      countFromInstancetype:
        "ioThreadsPolicy supplementalPool needs domain.ioThreads.supplementalPoolThreadCount: the VirtualMachine is accepted only if its instancetype {{instancetype}} sets it. Set it here to not depend on the instancetype.",
    },
  },
  check(ctx) {
    const domain = ctx.spec['domain'];
    if (!isRecord(domain)) return;
    const policy = domain['ioThreadsPolicy'];
    if (typeof policy !== 'string' || isTemplated(ctx, policy)) return;
    if (!POLICIES.has(policy)) {
      ctx.report({ path: ['domain', 'ioThreadsPolicy'], messageId: 'policyInvalid', data: { policy: policy === '' ? '(empty)' : `'${policy}'` } });
      return;
    }
    if (policy !== 'supplementalPool') return;
    const ioThreads = domain['ioThreads'];
    if (isSet(ioThreads) && !isRecord(ioThreads)) return;
    const count = dig(ioThreads, 'supplementalPoolThreadCount');
    if (isSet(count)) {
      if (typeof count !== 'number') return;
      if (count < 1) ctx.report({ path: ['domain', 'ioThreads', 'supplementalPoolThreadCount'], messageId: 'countNotPositive', data: { count } });
      return;
    }
    // A VirtualMachine's instancetype is applied before validation and can supply the count.
    if (ctx.kind === 'VirtualMachine') {
      const instancetype = dig(holderVmSpec(ctx)?.spec, 'instancetype');
      if (isRecord(instancetype)) {
        const name = typeof instancetype['name'] === 'string' && instancetype['name'] !== '' ? `'${instancetype['name']}'` : '(inferred from a volume)';
        ctx.report({ path: ['domain', 'ioThreadsPolicy'], messageId: 'countFromInstancetype', data: { instancetype: name }, severity: 'warning' });
        return;
      }
    }
    ctx.report({ path: ['domain', 'ioThreadsPolicy'], messageId: 'countMissing' });
  },
});
