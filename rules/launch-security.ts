import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { validatedSpecs } from '../src/normalize/compute.js';
import { asArray, dig, digPath, has, isRecord, isSet, isTemplated, nameOf, quote } from '../src/normalize/values.js';

const LAUNCH_SECURITY = ['domain', 'launchSecurity'];

export default defineRule({
  meta: {
    id: 'launch-security',
    type: 'problem',
    description: 'Confidential computing (SEV, SNP, TDX) needs one type, its feature gate, UEFI without the features it excludes, and amd64 or s390x',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'launchsecurity-arch',
      'launchsecurity-single-type',
      'launchsecurity-gate',
      'tdx-no-smm',
      'launchsecurity-requires-efi',
      'sev-no-secureboot',
      'snp-tdx-no-persistent-efi',
      'sev-attestation-needs-paused',
      'launchsecurity-no-bootable-nic',
    ],
    messages: {
      arch: 'launchSecurity is supported on amd64 and s390x only, but this guest is {{arch}}. Remove launchSecurity or set spec.architecture to amd64 (or s390x).',
      singleType: 'launchSecurity must set exactly one of sev, snp or tdx, but it sets {{types}}. Keep one.',
      gate: 'launchSecurity {{type}} needs the {{gate}} feature gate: {{hint}}.',
      tdxSmm: 'TDX does not work with SMM, but domain.features.smm is enabled. Remove smm from domain.features (or set `enabled: false`).',
      requiresEfi: '{{type}} needs UEFI firmware (OVMF). Add `efi: {secureBoot: false}` under domain.firmware.bootloader.',
      secureBoot: '{{type}} does not work with Secure Boot, which is {{state}}. Set `secureBoot: false` under domain.firmware.bootloader.efi.',
      persistentEfi: '{{type}} does not work with persistent EFI variables. Remove `persistent: true` from domain.firmware.bootloader.efi.',
      attestationPaused: "SEV attestation needs the VM to start paused. Set `startStrategy: Paused`, or remove launchSecurity.sev.attestation.",
      bootableNic: '{{type}} does not work with network boot, but interface {{name}} has a bootOrder. Remove bootOrder from the interface.',
    },
  },
  check(ctx) {
    const launchSecurity = digPath(ctx.spec, LAUNCH_SECURITY);
    if (!isSet(launchSecurity)) return;

    // The architecture as validated: the defaulted one, and for a VMIRS or pool also the template's own ('' when unset).
    let badArch: string | undefined;
    for (const spec of validatedSpecs(ctx)) {
      const arch = spec['architecture'];
      if (isTemplated(ctx, arch)) return;
      const value = typeof arch === 'string' ? arch : '';
      if (value !== 'amd64' && value !== 's390x') {
        badArch = value;
        break;
      }
    }
    if (badArch !== undefined) {
      const declared = isSet(ctx.spec['architecture']);
      ctx.report({ path: declared ? ['architecture'] : [...LAUNCH_SECURITY], target: declared ? 'value' : 'key', messageId: 'arch', data: { arch: badArch === '' ? 'not set in the template (a VirtualMachineInstanceReplicaSet or pool template is validated without defaults)' : badArch } });
      return;
    }
    if (dig(ctx.normalized, 'architecture') !== 'amd64') return; // s390x Secure Execution has no further checks
    if (!isRecord(launchSecurity)) return;

    const sev = isSet(launchSecurity['sev']);
    const snp = isSet(launchSecurity['snp']);
    const tdx = isSet(launchSecurity['tdx']);
    const types = [sev && 'SEV', snp && 'SNP', tdx && 'TDX'].filter((t): t is string => typeof t === 'string');
    if (types.length !== 1) {
      ctx.report({ path: [...LAUNCH_SECURITY], target: 'key', messageId: 'singleType', data: { types: types.length === 0 ? 'none' : types.join(' and ') } });
      return;
    }
    const type = types[0]!;
    const gate = tdx ? 'WorkloadEncryptionTDX' : 'WorkloadEncryptionSEV';
    if (!isFeatureGateEnabled(ctx.settings, gate)) {
      ctx.report({ path: [...LAUNCH_SECURITY, type.toLowerCase()], target: 'key', messageId: 'gate', data: { type, gate, hint: featureGateHint(gate) } , ...gateSeverity(ctx.settings) });
      return;
    }

    const smm = dig(ctx.spec, 'domain', 'features', 'smm');
    if (tdx && isRecord(smm) && smm['enabled'] !== false) ctx.report({ path: ['domain', 'features', 'smm'], target: 'key', messageId: 'tdxSmm' });

    const efi = dig(ctx.spec, 'domain', 'firmware', 'bootloader', 'efi');
    if (!isSet(efi)) {
      ctx.report({ path: [...LAUNCH_SECURITY], target: 'key', messageId: 'requiresEfi', data: { type } });
    } else if (isRecord(efi)) {
      const secureBoot = efi['secureBoot'];
      if ((sev || snp) && (!isSet(secureBoot) || secureBoot === true)) {
        ctx.report({
          path: isSet(secureBoot) ? ['domain', 'firmware', 'bootloader', 'efi', 'secureBoot'] : ['domain', 'firmware', 'bootloader', 'efi'],
          target: isSet(secureBoot) ? 'value' : 'key',
          messageId: 'secureBoot',
          data: { type, state: isSet(secureBoot) ? 'on' : 'on by default' },
        });
      }
      if ((snp || tdx) && efi['persistent'] === true) {
        ctx.report({ path: ['domain', 'firmware', 'bootloader', 'efi', 'persistent'], messageId: 'persistentEfi', data: { type } });
      }
    }

    if (sev && has(launchSecurity['sev'], 'attestation') && ctx.spec['startStrategy'] !== 'Paused' && !isTemplated(ctx, ctx.spec['startStrategy'])) {
      ctx.report({ path: [...LAUNCH_SECURITY, 'sev', 'attestation'], target: 'key', messageId: 'attestationPaused' });
    }

    asArray(dig(ctx.spec, 'domain', 'devices', 'interfaces')).forEach((iface, i) => {
      if (!isRecord(iface) || !isSet(iface['bootOrder'])) return;
      const name = nameOf(iface);
      ctx.report({ path: ['domain', 'devices', 'interfaces', i, 'bootOrder'], target: 'key', messageId: 'bootableNic', data: { type, name: name === undefined ? `#${i + 1}` : quote(name) } });
    });
  },
});
