import rule from '../../rules/input-devices.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, vmWith } from './_manifests.js';

/** The base spec with `inputs:` under devices; the first input's first line is spec line 4. */
function withInputs(inputs: string): string {
  return BASE_SPEC.replace('  devices:\n', `  devices:\n    inputs:\n${inputs.replace(/^/gm, '    ')}\n`);
}

const input = (fields: string) => `- name: tablet0\n  ${fields.replace(/\n/g, '\n  ')}`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withInputs(input('type: tablet\nbus: virtio')))),
    { name: 'usb bus (vmi-create-admitter_test.go:756)', code: vm(withInputs(input('type: tablet\nbus: usb'))) },
    { name: 'no bus (762)', code: vm(withInputs(input('type: tablet'))) },
    { name: 'empty bus', code: vm(withInputs(input('type: tablet\nbus: ""'))) },
    { name: 'a VMI gets type tablet for an empty type', code: vmi(withInputs(input('type: ""'))) },
    { name: 'a missing type is left to the schema', code: vm(withInputs(input('bus: usb'))) },
    { name: 'Template parameters are never judged', code: template(withInputs(input('type: ${INPUT_TYPE}\nbus: ${INPUT_BUS}'))) },
    { name: 'junk does not throw', code: vm(withInputs('- 3\n- name: x\n  type: 4\n  bus: []')) },
  ],
  invalid: [
    {
      name: 'ps2 bus (767)',
      code: vmi(withInputs(input('type: tablet\nbus: ps2'))),
      errors: [{ messageId: 'busInvalid', data: { bus: "'ps2'" }, ...at.vmi(6, 12), path: 'spec.domain.devices.inputs[0].bus' }],
    },
    { name: 'keyboard on virtio (773)', code: vm(withInputs(input('type: keyboard\nbus: virtio'))), errors: [{ messageId: 'typeInvalid', data: { type: "'keyboard'" }, ...at.vm(5, 13) }] },
    { name: 'keyboard on usb (779)', code: vmirs(withInputs(input('type: keyboard\nbus: usb'))), errors: [{ messageId: 'typeInvalid' }] },
    { name: 'keyboard on ps2 (785): two findings', code: vmi(withInputs(input('type: keyboard\nbus: ps2'))), errors: [{ messageId: 'typeInvalid' }, { messageId: 'busInvalid' }] },
    { name: 'a VM is validated without the type default', code: vm(withInputs(input('type: ""'))), errors: [{ messageId: 'typeEmpty', data: { kind: 'VirtualMachine' } }] },
    { name: 'a pool too', code: pool(withInputs(input('type: ""'))), errors: [{ messageId: 'typeEmpty', severity: 'error' }] },
    {
      name: 'a VM with a preference that may set the type: a warning',
      code: vmWith('preference:\n  name: fedora', withInputs(input('type: ""'))),
      errors: [{ messageId: 'typeEmptyFromPreference', data: { preference: "'fedora'" }, severity: 'warning' }],
    },
  ],
});
