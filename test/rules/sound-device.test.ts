import rule from '../../rules/sound-device.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** The base spec with `sound:` under devices; its fields (flush left) start at spec line 4. */
function withSound(fields: string, prefix = ''): string {
  return `${prefix}${BASE_SPEC.replace('  devices:\n', `  devices:\n    sound:\n${fields.replace(/^/gm, '      ')}\n`)}`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withSound('name: audio\nmodel: ich9'))),
    { name: 'ac97 (vmi-create-admitter_test.go:655)', code: vmi(withSound('name: audio\nmodel: ac97')) },
    { name: 'no model', code: vm(withSound('name: audio')) },
    { name: 'empty model', code: vm(withSound('name: audio\nmodel: ""')) },
    { name: 'a missing name is left to the schema', code: vm(withSound('model: ich9')) },
    { name: 's390x is not restricted here', code: vmi(withSound('name: audio'), ), settings: { arch: 's390x' } },
    { name: 'an amd64 VM on an arm64 cluster', code: vm(withSound('name: audio', 'architecture: amd64\n')), settings: { arch: 'arm64' } },
    { name: 'Template parameters are never judged', code: template(withSound('name: audio\nmodel: ${SOUND_MODEL}')) },
    { name: 'junk does not throw', code: vm(withSound('name: 3\nmodel: []')) },
  ],
  invalid: [
    {
      name: 'unsupported model (668)',
      code: vmi(withSound('name: audio-device\nmodel: aNotSupportedDevice')),
      errors: [{ messageId: 'modelInvalid', data: { model: "'aNotSupportedDevice'" }, ...at.vmi(5, 14), path: 'spec.domain.devices.sound.model' }],
    },
    { name: 'empty name (680)', code: vm(withSound('name: ""\nmodel: ac97')), errors: [{ messageId: 'nameEmpty', ...at.vm(4, 13) }] },
    {
      name: 'arm64 (2728)',
      code: vmi(withSound('name: test-audio-device\nmodel: ich9')),
      settings: { arch: 'arm64' },
      errors: [{ messageId: 'arm64', data: { what: 'VirtualMachineInstance' }, ...at.vmi(3, 5) }],
    },
    {
      name: 'arm64 from the architecture field, on a VM template',
      code: vm(withSound('name: audio', 'architecture: arm64\n')),
      errors: [{ messageId: 'arm64', data: { what: 'VirtualMachineInstance started from this template' } }],
    },
  ],
});
