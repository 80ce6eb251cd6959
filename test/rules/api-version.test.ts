import rule from '../../rules/api-version.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, vm } from './_manifests.js';

const withApiVersion = (apiVersion: string): string => vm(BASE_SPEC).replace('apiVersion: kubevirt.io/v1', `apiVersion: ${apiVersion}`);
const preference = (apiVersion: string): string => `apiVersion: ${apiVersion}\nkind: VirtualMachinePreference\nmetadata:\n  name: p\nspec: {}\n`;

ruleTester.run(rule, {
  valid: [
    { name: 'served', code: vm(BASE_SPEC) },
    { name: "another project's CRD with the same kind", code: preference('example.com/v1') },
  ],
  invalid: [
    {
      name: 'deprecated: replaced by the preferred version',
      code: withApiVersion('kubevirt.io/v1alpha3'),
      errors: [{ messageId: 'deprecated', data: { apiVersion: 'kubevirt.io/v1alpha3', kind: 'VirtualMachine', preferred: 'kubevirt.io/v1' }, severity: 'warning', line: 1, column: 13 }],
      output: vm(BASE_SPEC),
    },
    {
      name: 'removed: replaced by the served version',
      code: preference('instancetype.kubevirt.io/v1alpha2'),
      errors: [{ messageId: 'removed', severity: 'error' }],
      output: preference('instancetype.kubevirt.io/v1beta1'),
    },
    { name: 'unknown version of the right group', code: withApiVersion('kubevirt.io/v2'), errors: [{ messageId: 'unknown' }], output: vm(BASE_SPEC) },
    { name: 'the core group', code: withApiVersion('v1'), errors: [{ messageId: 'unknown' }], output: vm(BASE_SPEC) },
    { name: 'a typo in the group', code: withApiVersion('kubvirt.io/v1'), errors: [{ messageId: 'unknown' }], output: vm(BASE_SPEC) },
    { name: 'a group without its domain', code: withApiVersion('kubevirt/v1'), errors: [{ messageId: 'unknown' }], output: vm(BASE_SPEC) },
    {
      name: 'a group that only mentions the vendor may be another CRD: reported, not fixed',
      code: withApiVersion('acme.kubevirt.io/v1'),
      errors: [{ messageId: 'unknown' }],
      output: null,
    },
    {
      name: 'quoted apiVersion keeps its quotes',
      code: withApiVersion('"kubevirt.io/v1alpha3"'),
      errors: [{ messageId: 'deprecated' }],
      output: withApiVersion('"kubevirt.io/v1"'),
    },
  ],
});
