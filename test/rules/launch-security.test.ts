import rule from '../../rules/launch-security.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi, vmirs } from './_manifests.js';

/** Line 1 is the first of `top`; then domain, launchSecurity (line n+2) with its lines, then firmware and extra domain lines. */
function spec(launch: string, firmware = 'efi:\n  secureBoot: false', extra = '', top = ''): string {
  let out = `${top}domain:\n  launchSecurity:\n${launch.replace(/^/gm, '    ')}\n`;
  if (firmware !== '') out += `  firmware:\n    bootloader:\n${firmware.replace(/^/gm, '      ')}\n`;
  out += extra === '' ? '  devices: {}\n' : extra;
  return out;
}
const TDX = { featureGates: ['WorkloadEncryptionTDX'] };

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'SEV with EFI and Secure Boot off', code: vmi(spec('sev: {}')) },
    { name: 'SNP', code: vm(spec('snp: {}')) },
    { name: 'TDX with Secure Boot on and the gate', code: vmi(spec('tdx: {}', 'efi:\n  secureBoot: true')), settings: TDX },
    { name: 'TDX with SMM disabled', code: vmi(spec('tdx: {}', 'efi: {}', '  features:\n    smm:\n      enabled: false\n  devices: {}\n')), settings: TDX },
    { name: 'SEV attestation with a paused start', code: vm(spec('sev:\n  attestation: {}', undefined, '', 'startStrategy: Paused\n')) },
    { name: 's390x Secure Execution has no further checks', code: vmi(spec('{}'.replace('{}', 'sev: {}'), '', '', 'architecture: s390x\n')) },
    { name: 'a VMIRS with an explicit architecture', code: vmirs(spec('sev: {}', undefined, '', 'architecture: amd64\n')) },
  ],
  invalid: [
    { name: 'arm64', code: vmi(spec('sev: {}')), settings: { arch: 'arm64' }, errors: [{ messageId: 'arch', ...at.vmi(2, 3), path: 'spec.domain.launchSecurity' }] },
    { name: 'a VMIRS template without architecture', code: vmirs(spec('sev: {}')), errors: [{ messageId: 'arch' }] },
    { name: 'no type', code: vmi('domain:\n  launchSecurity: {}\n  devices: {}\n'), errors: [{ messageId: 'singleType', data: { types: 'none' } }] },
    { name: 'two types', code: vm(spec('sev: {}\nsnp: {}')), errors: [{ messageId: 'singleType', data: { types: 'SEV and SNP' } }] },
    { name: 'TDX without its Alpha gate', code: vmi(spec('tdx: {}')), errors: [{ messageId: 'gate', message: 'WorkloadEncryptionTDX feature gate (Alpha', ...at.vmi(3, 5) }] },
    { name: 'SEV with its Beta gate disabled', code: vmi(spec('sev: {}')), settings: { disabledFeatureGates: ['WorkloadEncryptionSEV'] }, errors: [{ messageId: 'gate', message: 'WorkloadEncryptionSEV feature gate (Beta' }] },
    { name: 'TDX with SMM', code: vmi(spec('tdx: {}', 'efi: {}', '  features:\n    smm: {}\n  devices: {}\n')), settings: TDX, errors: [{ messageId: 'tdxSmm', path: 'spec.domain.features.smm' }] },
    { name: 'SEV without EFI', code: vm(spec('sev: {}', '')), errors: [{ messageId: 'requiresEfi', data: { type: 'SEV' } }] },
    { name: 'SEV with Secure Boot on by default', code: vmi(spec('sev: {}', 'efi: {}')), errors: [{ messageId: 'secureBoot', data: { type: 'SEV', state: 'on by default' }, path: 'spec.domain.firmware.bootloader.efi' }] },
    { name: 'SNP with persistent EFI', code: vmi(spec('snp: {}', 'efi:\n  secureBoot: false\n  persistent: true')), errors: [{ messageId: 'persistentEfi', data: { type: 'SNP' } }] },
    { name: 'SEV attestation without a paused start', code: vmi(spec('sev:\n  attestation: {}')), errors: [{ messageId: 'attestationPaused', path: 'spec.domain.launchSecurity.sev.attestation' }] },
    {
      name: 'a bootable NIC',
      code: vmi(spec('sev: {}', undefined, '  devices:\n    interfaces:\n    - name: default\n      masquerade: {}\n      bootOrder: 1\nnetworks:\n- name: default\n  pod: {}\n')),
      errors: [{ messageId: 'bootableNic', data: { type: 'SEV', name: "'default'" }, path: 'spec.domain.devices.interfaces[0].bootOrder' }],
    },
  ],
});
