import rule from '../../rules/instancetype-spec.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** An instance type whose spec lines (flush left) start on line 6, column 3. */
function instancetype(spec: string, kind = 'VirtualMachineInstancetype'): string {
  return `apiVersion: instancetype.kubevirt.io/v1beta1
kind: ${kind}
metadata:
  name: u1.medium
spec:
${spec.replace(/^/gm, '  ')}
`;
}

const CPU = 'cpu:\n  guest: 2';

ruleTester.run(rule, {
  valid: [
    { name: 'overcommit without hugepages', code: instancetype(`${CPU}\nmemory:\n  guest: 4Gi\n  overcommitPercent: 25`) },
    { name: 'hugepages without overcommit', code: instancetype(`${CPU}\nmemory:\n  guest: 4Gi\n  hugepages:\n    pageSize: 2Mi`) },
    { name: 'overcommitPercent 0 with hugepages', code: instancetype(`${CPU}\nmemory:\n  guest: 4Gi\n  overcommitPercent: 0\n  hugepages:\n    pageSize: 1Gi`, 'VirtualMachineClusterInstancetype') },
  ],
  invalid: [
    {
      name: 'overcommit with hugepages',
      code: instancetype(`${CPU}\nmemory:\n  guest: 4Gi\n  overcommitPercent: 10\n  hugepages:\n    pageSize: 2Mi`),
      errors: [{ messageId: 'overcommitWithHugepages', data: { percent: 10 }, line: 10, column: 24, path: 'spec.memory.overcommitPercent' }],
    },
    {
      name: 'launchSecurity: a warning',
      code: instancetype(`${CPU}\nmemory:\n  guest: 4Gi\nlaunchSecurity:\n  sev: {}`, 'VirtualMachineClusterInstancetype'),
      errors: [{ messageId: 'launchSecurityDeprecated', severity: 'warning', line: 10, column: 3 }],
    },
  ],
});
