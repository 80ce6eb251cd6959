import rule from '../../rules/machine-type.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi, vmirs } from './_manifests.js';

const machine = (type: string, arch = '') => `${arch === '' ? '' : `architecture: ${arch}\n`}domain:\n  devices: {}\n  machine:\n    type: ${type}\n`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'q35', code: vmi(machine('q35')) },
    { name: 'a versioned pc-q35', code: vm(machine('pc-q35-rhel9.4.0')) },
    { name: 'virt on arm64', code: vmi(machine('virt')), settings: { arch: 'arm64' } },
    { name: 'virt with architecture arm64', code: vm(machine('virt-9.0', 'arm64')) },
    { name: 's390-ccw-virtio on s390x', code: vmi(machine('s390-ccw-virtio-rhel9.2.0', 's390x')) },
    { name: 'custom emulated machines from the option', code: vmi(machine('pc-i440fx-9.0')), options: { emulatedMachines: ['q35*', 'pc-i440fx*'] } },
    { name: 'an explicit arch on a VMIRS', code: vmirs(machine('virt', 'arm64')), settings: { arch: 'arm64' } },
    { name: 'Template parameters are not judged', code: template(machine('${MACHINE}')) },
  ],
  invalid: [
    {
      name: 'i440fx on amd64',
      code: vmi(machine('pc-i440fx-9.0')),
      errors: [{ messageId: 'unsupportedMachine', data: { type: 'pc-i440fx-9.0', arch: 'amd64', allowed: 'q35*, pc-q35*', example: 'q35' }, ...at.vmi(4, 11), path: 'spec.domain.machine.type' }],
    },
    { name: 'q35 on arm64', code: vm(machine('q35')), settings: { arch: 'arm64' }, errors: [{ messageId: 'unsupportedMachine', data: { type: 'q35', arch: 'arm64', allowed: 'virt*', example: 'virt' } }] },
    { name: 'a VMIRS template without architecture is matched against amd64 machines', code: vmirs(machine('virt')), settings: { arch: 'arm64' }, errors: [{ messageId: 'unsupportedMachine', data: { type: 'virt', arch: 'amd64', allowed: 'q35*, pc-q35*', example: 'q35' } }] },
    { name: 'an unknown architecture', code: vm(`architecture: x86_64\n${BASE_SPEC}`), errors: [{ messageId: 'unsupportedArch', data: { arch: 'x86_64' }, ...at.vm(1, 15), path: 'spec.template.spec.architecture' }] },
  ],
});
