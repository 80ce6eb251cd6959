import rule from '../../rules/instancetype-matchers.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, vmWith } from './_manifests.js';

/** vmWith puts the VM-level lines at line 7, column 3. */
const withMatchers = (lines: string) => vmWith(lines, BASE_SPEC);

ruleTester.run(rule, {
  valid: [
    { name: 'named instancetype and preference', code: withMatchers('instancetype:\n  name: u1.medium\npreference:\n  kind: VirtualMachinePreference\n  name: fedora') },
    { name: 'inferred from a volume', code: withMatchers('instancetype:\n  inferFromVolume: rootdisk\npreference:\n  inferFromVolume: rootdisk') },
    { name: 'failure policy Ignore', code: withMatchers('instancetype:\n  inferFromVolume: rootdisk\n  inferFromVolumeFailurePolicy: Ignore') },
    { name: 'failure policy Reject', code: withMatchers('preference:\n  inferFromVolume: rootdisk\n  inferFromVolumeFailurePolicy: Reject') },
    { name: 'revisionName is not judged here', code: withMatchers('instancetype:\n  name: u1.medium\n  revisionName: u1.medium-1') },
  ],
  invalid: [
    {
      name: 'instancetype with neither name nor inferFromVolume',
      code: withMatchers('instancetype:\n  kind: VirtualMachineClusterInstancetype'),
      errors: [{ messageId: 'nameOrInfer', data: { matcher: 'instancetype' }, line: 7, column: 3, path: 'spec.instancetype' }],
    },
    { name: 'empty preference', code: withMatchers('preference: {}'), errors: [{ messageId: 'nameOrInfer', data: { matcher: 'preference' } }] },
    {
      name: 'inferFromVolume with name and kind',
      code: withMatchers('instancetype:\n  inferFromVolume: rootdisk\n  name: u1.medium\n  kind: VirtualMachineInstancetype'),
      errors: [
        { messageId: 'inferWithName', data: { matcher: 'instancetype', field: 'name' }, line: 9, column: 5 },
        { messageId: 'inferWithName', data: { matcher: 'instancetype', field: 'kind' }, line: 10, column: 5 },
      ],
    },
    { name: 'preference inferFromVolume with kind', code: withMatchers('preference:\n  inferFromVolume: rootdisk\n  kind: VirtualMachinePreference'), errors: [{ messageId: 'inferWithName', data: { matcher: 'preference', field: 'kind' } }] },
    {
      name: 'unknown failure policy',
      code: withMatchers('instancetype:\n  inferFromVolume: rootdisk\n  inferFromVolumeFailurePolicy: Fail'),
      errors: [{ messageId: 'failurePolicy', data: { value: "'Fail'" }, line: 9, column: 35 }],
    },
    {
      name: 'preference failure policy in lower case',
      code: withMatchers('preference:\n  inferFromVolume: rootdisk\n  inferFromVolumeFailurePolicy: ignore'),
      errors: [{ messageId: 'failurePolicy', path: 'spec.preference.inferFromVolumeFailurePolicy' }],
    },
  ],
});
