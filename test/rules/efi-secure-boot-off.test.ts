import rule from '../../rules/efi-secure-boot-off.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, holders, template, vm, vmi } from './_manifests.js';

/** An EFI bootloader with `efi` (spec line 4) and SMM. */
function efi(efiBody: string, extra = ''): string {
  return `${extra}domain:
  firmware:
    bootloader:
      efi: ${efiBody}
  features:
    smm: {}
  resources:
    requests:
      memory: 1Gi
`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(efi('{}'))),
    { name: 'Secure Boot on', code: vm(efi('{secureBoot: true}')) },
    { name: 'BIOS', code: vm('domain:\n  firmware:\n    bootloader:\n      bios: {}\n  resources:\n    requests:\n      memory: 1Gi\n') },
    { name: 'arm64 has no Secure Boot (cluster setting)', code: vm(efi('{secureBoot: false}')), settings: { arch: 'arm64' } },
    { name: 'arm64 has no Secure Boot (spec architecture)', code: vmi(efi('{secureBoot: false}', 'architecture: arm64\n')) },
    { name: 'SEV needs Secure Boot off', code: vm(efi('{secureBoot: false}').replace('  resources:', '  launchSecurity:\n    sev: {}\n  resources:')) },
    { name: 'a Template parameter is not false', code: template(efi('{secureBoot: "${SB}"}')) },
    { name: 'junk does not throw', code: vm('domain:\n  firmware:\n    bootloader:\n      efi: 3\n') },
  ],
  invalid: [
    {
      name: 'EFI with secureBoot: false on amd64',
      code: vm(efi('\n        secureBoot: false')),
      errors: [{ messageId: 'secureBootOff', ...at.vm(5, 21), path: 'spec.template.spec.domain.firmware.bootloader.efi.secureBoot', severity: 'warning' }],
    },
    { name: 'in a VMI', code: vmi(efi('{secureBoot: false}')), errors: [{ messageId: 'secureBootOff', message: 'OpenShift Virtualization supports EFI VMs only with Secure Boot' }] },
  ],
});
