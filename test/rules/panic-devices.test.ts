import rule from '../../rules/panic-devices.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** The base spec with `panicDevices:` under devices; the items (flush left) start at spec line 4. */
function withPanic(items: string, prefix = ''): string {
  return `${prefix}${BASE_SPEC.replace('  devices:\n', `  devices:\n    panicDevices:\n${items.replace(/^/gm, '    ')}\n`)}`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withPanic('- model: hyperv'))),
    { name: 'isa and pvpanic', code: vmi(withPanic('- model: isa\n- model: pvpanic')) },
    { name: 'no model', code: vm(withPanic('- {}')) },
    { name: 'an empty list on s390x', code: vm(BASE_SPEC.replace('  devices:\n', '  devices:\n    panicDevices: []\n')), settings: { arch: 's390x' } },
    { name: 'amd64 architecture field on an s390x cluster', code: vm(withPanic('- model: isa', 'architecture: amd64\n')), settings: { arch: 's390x' } },
    { name: 'Template parameters are never judged', code: template(withPanic('- model: ${PANIC_MODEL}')) },
    { name: 'junk does not throw', code: vm(withPanic('- 3\n- model: 4')) },
  ],
  invalid: [
    {
      name: 'invalid model (vmi-create-admitter_test.go:1622)',
      code: vmi(withPanic('- model: bad')),
      errors: [{ messageId: 'modelInvalid', data: { model: "'bad'" }, ...at.vmi(4, 14), path: 'spec.domain.devices.panicDevices[0].model' }],
    },
    { name: 'an empty model', code: vm(withPanic('- model: ""')), errors: [{ messageId: 'modelInvalid', data: { model: '(empty)' } }] },
    { name: 's390x (1632)', code: vmi(withPanic('- model: isa', 'architecture: s390x\n')), errors: [{ messageId: 's390x', ...at.vmi(4, 5) }] },
    { name: 's390x cluster default, on a VM', code: vm(withPanic('- model: isa')), settings: { arch: 's390x' }, errors: [{ messageId: 's390x' }] },
  ],
});
