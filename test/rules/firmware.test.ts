import rule from '../../rules/firmware.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** Line 1 domain, 2 devices, 3 firmware, then the firmware lines; then the volumes. */
function spec(firmware: string, volumes = ''): string {
  return `domain:\n  devices: {}\n  firmware:\n${firmware.replace(/^/gm, '    ')}\n${volumes === '' ? '' : `volumes:\n${volumes}\n`}`;
}
const SLIC_SECRET = '- name: slic\n  secret:\n    secretName: slic-table';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'BIOS', code: vmi(spec('bootloader:\n  bios: {}')) },
    { name: 'EFI on arm64', code: vmi(spec('bootloader:\n  efi: {}')), settings: { arch: 'arm64' } },
    { name: 'BIOS on an amd64 VMI of an arm64 cluster', code: vmi(`architecture: amd64\n${spec('bootloader:\n  bios: {}')}`), settings: { arch: 'arm64' } },
    { name: 'ACPI SLIC table from a Secret', code: vm(spec('acpi:\n  slicNameRef: slic', SLIC_SECRET)) },
    { name: 'Template parameters are not judged', code: template(spec('acpi:\n  slicNameRef: ${SLIC}', SLIC_SECRET)) },
  ],
  invalid: [
    {
      name: 'BIOS and EFI',
      code: vmi(spec('bootloader:\n  bios: {}\n  efi: {}')),
      errors: [{ messageId: 'biosAndEfi', ...at.vmi(4, 5), path: 'spec.domain.firmware.bootloader' }],
    },
    { name: 'BIOS on arm64', code: vm(spec('bootloader:\n  bios: {}')), settings: { arch: 'arm64' }, errors: [{ messageId: 'arm64Bios', path: 'spec.template.spec.domain.firmware.bootloader.bios' }] },
    { name: 'ACPI without a table', code: vmi(spec('acpi: {}')), errors: [{ messageId: 'acpiEmpty', ...at.vmi(4, 5) }] },
    {
      name: 'ACPI table without a volume',
      code: vmi(spec('acpi:\n  msdmNameRef: msdm')),
      errors: [{ messageId: 'acpiNoVolume', data: { field: 'msdmNameRef', name: 'msdm' }, ...at.vmi(5, 20), path: 'spec.domain.firmware.acpi.msdmNameRef' }],
    },
    {
      name: 'ACPI table from a non-Secret volume',
      code: vm(spec('acpi:\n  slicNameRef: slic', '- name: slic\n  configMap:\n    name: slic-table')),
      errors: [{ messageId: 'acpiNotSecret', data: { field: 'slicNameRef', name: 'slic' } }],
    },
  ],
});
