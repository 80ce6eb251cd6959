import rule from '../../rules/iothreads-policy.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmWith } from './_manifests.js';

/** The base spec with extra domain lines (flush left) starting at spec line 2. */
function withDomain(lines: string): string {
  return BASE_SPEC.replace('domain:\n', `domain:\n${lines.replace(/^/gm, '  ')}\n`);
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withDomain('ioThreadsPolicy: auto'))),
    { name: 'shared', code: vm(withDomain('ioThreadsPolicy: shared')) },
    { name: 'supplementalPool with 1 thread', code: vmi(withDomain('ioThreadsPolicy: supplementalPool\nioThreads:\n  supplementalPoolThreadCount: 1')) },
    { name: 'no policy', code: vm(BASE_SPEC) },
    { name: 'a count without the policy is ignored', code: vm(withDomain('ioThreads:\n  supplementalPoolThreadCount: 0')) },
    { name: 'Template parameters are never judged', code: template(withDomain('ioThreadsPolicy: ${POLICY}')) },
    { name: 'junk does not throw', code: vm(withDomain('ioThreadsPolicy: supplementalPool\nioThreads: 3')) },
  ],
  invalid: [
    {
      name: 'unknown policy (vmi-create-admitter_test.go:1200)',
      code: vmi(withDomain('ioThreadsPolicy: bad')),
      errors: [{ messageId: 'policyInvalid', data: { policy: "'bad'" }, ...at.vmi(2, 20), path: 'spec.domain.ioThreadsPolicy' }],
    },
    { name: 'empty policy', code: vm(withDomain('ioThreadsPolicy: ""')), errors: [{ messageId: 'policyInvalid', data: { policy: '(empty)' } }] },
    {
      name: 'supplementalPool with count 0 (1210)',
      code: vm(withDomain('ioThreadsPolicy: supplementalPool\nioThreads:\n  supplementalPoolThreadCount: 0')),
      errors: [{ messageId: 'countNotPositive', data: { count: 0 }, ...at.vm(4, 34) }],
    },
    { name: 'supplementalPool without a count (1227)', code: vmi(withDomain('ioThreadsPolicy: supplementalPool')), errors: [{ messageId: 'countMissing' }] },
    { name: 'a pool is validated without its instancetype', code: pool(withDomain('ioThreadsPolicy: supplementalPool')), errors: [{ messageId: 'countMissing' }] },
    {
      name: 'a VM whose instancetype may supply the count: a warning',
      code: vmWith('instancetype:\n  name: u1.large', withDomain('ioThreadsPolicy: supplementalPool')),
      errors: [{ messageId: 'countFromInstancetype', data: { instancetype: "'u1.large'" }, severity: 'warning' }],
    },
  ],
});
