import rule from '../../rules/resource-requests.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmWith } from './_manifests.js';

/** domain with `memory` lines (from spec line 2) and `resources` lines after them. */
function mem(memory: string, resources: string): string {
  return `domain:
${memory === '' ? '' : `  memory:\n${memory}`}${resources === '' ? '' : `  resources:\n${resources}`}`;
}

const HUGE = '    hugepages:\n      pageSize: 2Mi\n';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'guest memory only: the request follows it (upstream examples)', code: vmi(mem('    guest: 1Gi\n', '')) },
    { name: 'guest equal to the request', code: vm(mem('    guest: 1Gi\n', '    requests:\n      memory: 1024Mi\n')) },
    { name: 'guest below the request', code: vm(mem('    guest: 1Gi\n', '    requests:\n      memory: 2Gi\n')) },
    { name: 'hugepages with requested memory', code: vm(mem(HUGE, '    requests:\n      memory: 4Gi\n')) },
    { name: 'hugepages with a memory limit', code: vm(mem(HUGE, '    limits:\n      memory: 4Gi\n')) },
    { name: 'hugepages with an instancetype', code: vmWith('instancetype:\n  name: u1.medium', mem(HUGE, '')) },
    { name: 'a pool is the hugepages-memory rule’s error', code: pool(mem(HUGE, '')) },
    { name: 'Template parameters', code: template(mem('    guest: ${MEMORY}\n', '    requests:\n      memory: 1Gi\n')) },
    { name: 'junk does not throw', code: vm(mem('    guest: lots\n', '    requests:\n      memory: 1Gi\n')) },
  ],
  invalid: [
    {
      name: 'only hugepages: the guest gets one page',
      code: vm(mem(HUGE, '')),
      errors: [{ messageId: 'hugepagesOnly', data: { pageSize: '2Mi' }, ...at.vm(3, 5), path: 'spec.template.spec.domain.memory.hugepages', severity: 'warning' }],
    },
    {
      name: 'guest above the request (seed: memory overcommit)',
      code: vmi(mem('    guest: 2Gi\n', '    requests:\n      memory: 1Gi\n')),
      errors: [{ messageId: 'guestAboveRequest', data: { guest: '2Gi', request: '1Gi' }, ...at.vmi(3, 12) }],
    },
    {
      name: 'overcommitGuestOverhead',
      code: vm(mem('', '    overcommitGuestOverhead: true\n    requests:\n      memory: 1Gi\n')),
      errors: [{ messageId: 'overheadNotRequested', ...at.vm(3, 30) }],
    },
  ],
});
