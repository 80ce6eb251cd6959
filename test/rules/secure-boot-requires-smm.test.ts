import rule from '../../rules/secure-boot-requires-smm.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, vmWith } from './_manifests.js';

/**
 * A spec whose `efi` (line 4) is `{}` or has the given fields (line 5 on), then optional `features` lines
 * (flush left) and extra domain lines, then the base spec's devices, resources and volumes.
 */
function firmware(efi: string, features = '', extra = ''): string {
  const lines = ['domain:', '  firmware:', '    bootloader:'];
  lines.push(efi === '{}' || efi === '[]' ? `      efi: ${efi}` : `      efi:\n${efi.replace(/^/gm, '        ')}`);
  if (features !== '') lines.push('  features:', features.replace(/^/gm, '    '));
  if (extra !== '') lines.push(extra.replace(/^/gm, '  '));
  return `${lines.join('\n')}\n${BASE_SPEC.replace(/^domain:\n/, '')}`;
}

const UNSET = firmware('{}');
const SECURE_TRUE = firmware('secureBoot: true');
const SMM_DISABLED = firmware('{}', 'smm:\n  enabled: false');
/** What --fix makes of a spec without SMM: `features.smm.enabled: true` added at the end of domain. */
const withSmm = (spec: string): string => spec.replace(/^volumes:/m, '  features:\n    smm:\n      enabled: true\nvolumes:');

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'BIOS', code: vm(BASE_SPEC.replace(/^domain:\n/, 'domain:\n  firmware:\n    bootloader:\n      bios: {}\n')) },
    { name: 'EFI with SMM enabled', code: vmi(firmware('{}', 'smm:\n  enabled: true')) },
    { name: 'EFI with smm: {}', code: vm(firmware('{}', 'smm: {}')) },
    { name: 'EFI with secureBoot: false and no SMM', code: vm(firmware('secureBoot: false')) },
    {
      name: 'TDX: Secure Boot without SMM',
      code: vmi(firmware('secureBoot: true', 'smm:\n  enabled: false', 'launchSecurity:\n  tdx: {}')),
    },
    { name: 'an arm64 VMI gets secureBoot: false by default', code: vmi(UNSET), settings: { arch: 'arm64' } },
    { name: 'an arm64 VMI by its architecture field', code: vmi(`architecture: arm64\n${UNSET}`) },
    { name: 'Template parameters are never judged', code: template(firmware('secureBoot: ${SECURE_BOOT}')) },
    { name: 'junk does not throw', code: vm(firmware('[]', 'smm: 3')) },
  ],
  invalid: [
    {
      name: 'EFI without SMM: reported at the efi key (VM)',
      code: vm(UNSET),
      errors: [
        {
          messageId: 'smmMissing',
          data: { secureBoot: 'on (secureBoot is unset, which means true)' },
          ...at.vm(4, 7),
          path: 'spec.template.spec.domain.firmware.bootloader.efi',
        },
      ],
      output: vm(withSmm(UNSET)),
    },
    {
      name: 'secureBoot: true without SMM: reported at secureBoot (VMI)',
      code: vmi(SECURE_TRUE),
      errors: [{ messageId: 'smmMissing', data: { secureBoot: 'on (secureBoot: true)' }, ...at.vmi(5, 21), path: 'spec.domain.firmware.bootloader.efi.secureBoot' }],
      output: vmi(withSmm(SECURE_TRUE)),
    },
    {
      name: 'SMM explicitly disabled',
      code: vm(SMM_DISABLED),
      errors: [{ messageId: 'smmDisabled', ...at.vm(4, 7) }],
      output: vm(SMM_DISABLED.replace('enabled: false', 'enabled: true')),
    },
    {
      name: 'features written in flow style get smm in flow style',
      code: vmi(firmware('{}', '', 'features: {acpi: {}}')),
      errors: [{ messageId: 'smmMissing' }],
      output: vmi(firmware('{}', '', 'features: {acpi: {}, smm: {enabled: true}}')),
    },
    {
      name: 'smm: null gets its mapping below the key',
      code: vmi(firmware('{}', 'smm: null')),
      errors: [{ messageId: 'smmMissing' }],
      output: vmi(firmware('{}', 'smm:\n  enabled: true')),
    },
    { name: 'VMIRS', code: vmirs(UNSET), errors: [{ messageId: 'smmMissing', ...at.vmirs(4, 7) }] },
    { name: 'an OpenShift Template object', code: template(SECURE_TRUE), errors: [{ messageId: 'smmMissing', ...at.template(5, 21) }], output: template(withSmm(SECURE_TRUE)) },
    {
      name: 'an arm64 VM is validated without the VMI defaults',
      code: vm(UNSET),
      settings: { arch: 'arm64' },
      errors: [{ messageId: 'smmMissing' }],
    },
    { name: 'an arm64 VMI with secureBoot: true', code: vmi(SECURE_TRUE), settings: { arch: 'arm64' }, errors: [{ messageId: 'smmMissing' }] },
    {
      name: 'a VM with a preference that may supply SMM: a warning',
      code: vmWith('preference:\n  kind: VirtualMachineClusterPreference\n  name: my-windows', UNSET),
      errors: [{ messageId: 'smmFromPreference', data: { secureBoot: 'on (secureBoot is unset, which means true)', preference: "'my-windows'" }, severity: 'warning' }],
      // The preference may turn Secure Boot off instead: adding SMM would change the VM, so no fix.
      output: null,
    },
    {
      name: 'a preference cannot override an explicit enabled: false',
      code: vmWith('preference:\n  name: windows.11', SMM_DISABLED),
      errors: [{ messageId: 'smmDisabled', severity: 'error' }],
    },
    {
      name: 'a pool is validated without applying the preference',
      code: pool(UNSET),
      errors: [{ messageId: 'smmMissing', severity: 'error', path: 'spec.virtualMachineTemplate.spec.template.spec.domain.firmware.bootloader.efi' }],
    },
  ],
});
