import rule from '../../rules/hugepages-memory.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, pool, template, vm, vmi, vmirs } from './_manifests.js';

interface Memory {
  requests?: string;
  limits?: string;
  guest?: string;
  /** The hugepages mapping's body; undefined = `hugepages: {pageSize: 2Mi}`. */
  hugepages?: string;
  pageSize?: string;
}

/**
 * A spec with hugepages. Lines: 1 domain, 2 memory, 3 [guest], then hugepages and pageSize, then resources:
 * the tests below assert positions only where the layout is fixed, and paths everywhere.
 */
function spec(m: Memory): string {
  const lines = ['domain:', '  memory:'];
  if (m.guest !== undefined) lines.push(`    guest: ${m.guest}`);
  lines.push(m.hugepages !== undefined ? `    hugepages: ${m.hugepages}` : `    hugepages:\n      pageSize: ${m.pageSize ?? '2Mi'}`);
  lines.push('  devices: {}');
  if (m.requests !== undefined || m.limits !== undefined) {
    lines.push('  resources:');
    if (m.requests !== undefined) lines.push('    requests:', `      memory: ${m.requests}`);
    if (m.limits !== undefined) lines.push('    limits:', `      memory: ${m.limits}`);
  }
  return `${lines.join('\n')}\n`;
}

const REQUESTS = 'spec.template.spec.domain.resources.requests.memory';
const GUEST = 'spec.template.spec.domain.memory.guest';
const LIMITS = 'spec.template.spec.domain.resources.limits.memory';
const PAGE_SIZE = 'spec.template.spec.domain.memory.hugepages.pageSize';

ruleTester.run(rule, {
  valid: [
    vm(BASE_SPEC),
    { name: 'requests 64Mi with 2Mi pages', code: vmi(spec({ requests: '64Mi' })) },
    { name: 'guest 1Gi and no requests (bug #9102)', code: vm(spec({ guest: '1Gi' })) },
    { name: 'requests 1Gi and no guest', code: vm(spec({ requests: '1Gi' })) },
    { name: 'no memory at all: KubeVirt uses one page (VM)', code: vm(spec({ pageSize: '1Gi' })) },
    { name: 'no memory at all (VMI)', code: vmi(spec({ pageSize: '1Gi' })) },
    { name: 'requests win over guest (64Mi requests, 100Mi guest)', code: vm(spec({ requests: '64Mi', guest: '100Mi' })) },
    { name: 'requests 0 fall through to guest', code: vm(spec({ requests: '"0"', guest: '64Mi' })) },
    { name: 'exact arithmetic: 1.5Gi of 2Mi pages', code: vm(spec({ requests: '1.5Gi' })) },
    { name: 'exact arithmetic: 2048Mi of 1Gi pages', code: vm(spec({ requests: '2048Mi', pageSize: '1Gi' })) },
    { name: 'a YAML number of bytes', code: vm(spec({ requests: '1073741824', pageSize: '1Gi' })) },
    { name: 'decimal page size 1M with 1000M', code: vm(spec({ requests: '1000M', pageSize: '1M' })) },
    { name: 'VirtualMachineInstanceReplicaSet with requests', code: vmirs(spec({ requests: '64Mi' })) },
    { name: 'pool with guest memory', code: pool(spec({ guest: '64Mi' })) },
    { name: 'Template parameters are never judged', code: template(spec({ requests: '${MEMORY}', pageSize: '${PAGE}' })) },
    { name: 'unparseable memory is left to the schema check', code: vm(spec({ requests: '1 Gi' })) },
    { name: 'a non-string page size is left to the schema check', code: vm(spec({ pageSize: '2097152' })) },
    { name: 'junk hugepages does not throw', code: vm(spec({ hugepages: '[1, 2]' })) },
  ],
  invalid: [
    {
      name: 'a page size that is not a quantity (2ab)',
      code: vm(spec({ requests: '64Mi', pageSize: '2ab' })),
      errors: [{ messageId: 'pageSizeInvalid', data: { value: '2ab' }, ...at.vm(4, 17), path: PAGE_SIZE }],
    },
    {
      name: 'a page size larger than requests.memory',
      code: vmi(spec({ requests: '64Mi', pageSize: '1Gi' })),
      errors: [
        {
          messageId: 'tooSmall',
          data: { field: 'domain.resources.requests.memory', memory: '64Mi', pageSize: '1Gi' },
          ...at.vmi(8, 15),
          path: 'spec.domain.resources.requests.memory',
        },
      ],
    },
    {
      name: 'a page size larger than memory.guest: reported at guest',
      code: vm(spec({ guest: '64Mi', pageSize: '1Gi' })),
      errors: [{ messageId: 'tooSmall', data: { field: 'domain.memory.guest', memory: '64Mi', pageSize: '1Gi' }, ...at.vm(3, 12), path: GUEST }],
    },
    {
      name: 'a page size larger than limits.memory: reported at the limit',
      code: vm(spec({ limits: '64Mi', pageSize: '1Gi' })),
      errors: [{ messageId: 'tooSmall', data: { field: 'domain.resources.limits.memory', memory: '64Mi', pageSize: '1Gi' }, path: LIMITS }],
    },
    {
      name: '65Mi with 2Gi pages',
      code: vm(spec({ requests: '65Mi', pageSize: '2Gi' })),
      errors: [{ messageId: 'tooSmall', path: REQUESTS }],
    },
    {
      name: '64Mi is not a multiple of 10Mi pages',
      code: vm(spec({ requests: '64Mi', pageSize: '10Mi' })),
      errors: [
        {
          messageId: 'notMultiple',
          data: { field: 'domain.resources.requests.memory', memory: '64Mi', bytes: '67108864', pageSize: '10Mi', lower: '60Mi', upper: '70Mi' },
          path: REQUESTS,
        },
      ],
    },
    {
      name: '1000M is not a multiple of 2Mi pages',
      code: vm(spec({ requests: '1000M' })),
      errors: [{ messageId: 'notMultiple', data: { field: 'domain.resources.requests.memory', memory: '1000M', bytes: '1000000000', pageSize: '2Mi', lower: '952Mi', upper: '954Mi' }, path: REQUESTS }],
    },
    {
      name: '1e9 bytes of guest memory is not a multiple of 2Mi pages',
      code: vm(spec({ guest: '1e9' })),
      errors: [{ messageId: 'notMultiple', path: GUEST }],
    },
    {
      name: 'an empty page size',
      code: vm(spec({ requests: '64Mi', pageSize: '""' })),
      errors: [{ messageId: 'pageSizeMissing', path: PAGE_SIZE }],
    },
    {
      name: 'hugepages without a page size: reported at the hugepages key',
      code: vm(spec({ requests: '64Mi', hugepages: '{}' })),
      errors: [{ messageId: 'pageSizeMissing', ...at.vm(3, 5), path: 'spec.template.spec.domain.memory.hugepages' }],
    },
    {
      name: 'a zero page size',
      code: vm(spec({ requests: '64Mi', pageSize: '"0"' })),
      errors: [{ messageId: 'pageSizeZero', path: PAGE_SIZE }],
    },
    {
      name: 'a negative page size is accepted by the webhook: a warning',
      code: vm(spec({ requests: '64Mi', pageSize: '-2Mi' })),
      errors: [{ messageId: 'pageSizeNegative', severity: 'warning', path: PAGE_SIZE }],
    },
    {
      name: 'VMIRS templates are not defaulted: hugepages with only a limit crash the validation',
      code: vmirs(spec({ limits: '64Mi' })),
      errors: [{ messageId: 'guestMemoryUnset', data: { kind: 'VirtualMachineInstanceReplicaSet' }, ...at.vmirs(3, 5), path: 'spec.template.spec.domain.memory.hugepages' }],
    },
    {
      name: 'pool templates are not defaulted either',
      code: pool(spec({})),
      errors: [{ messageId: 'guestMemoryUnset', data: { kind: 'VirtualMachinePool' } }],
    },
    {
      name: 'an OpenShift Template object',
      code: template(spec({ requests: '65Mi', pageSize: '2Mi' })),
      errors: [{ messageId: 'notMultiple', path: 'objects[0].spec.template.spec.domain.resources.requests.memory' }],
    },
  ],
});
