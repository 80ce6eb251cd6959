import { defineRule } from '../src/engine/rule.js';
import { dig, digPath, has, holderVmSpec, isRecord, isSet } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'secure-boot-requires-smm',
    type: 'problem',
    description: 'EFI Secure Boot needs the SMM feature enabled',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['efi-secureboot-requires-smm'],
    fixable: true,
    messages: {
      smmMissing:
        'EFI Secure Boot is {{secureBoot}}, but domain.features.smm is not set, and Secure Boot needs SMM. Add `smm: {}` under domain.features, or set `secureBoot: false` under domain.firmware.bootloader.efi.',
      smmDisabled:
        'EFI Secure Boot is {{secureBoot}}, but domain.features.smm has `enabled: false`, and Secure Boot needs SMM. Remove `enabled: false` from domain.features.smm, or set `secureBoot: false` under domain.firmware.bootloader.efi.',
      smmFromPreference:
        "EFI Secure Boot is {{secureBoot}} and domain.features.smm is not set: the VM is accepted only if its preference {{preference}} enables SMM (preferredSmm) or turns Secure Boot off. Add `smm: {}` under domain.features to not depend on it.",
    },
  },
  check(ctx) {
    const bootloaderPath = ['domain', 'firmware', 'bootloader'];
    const efi = digPath(ctx.spec, [...bootloaderPath, 'efi']);
    if (!isRecord(efi)) return; // unset, or junk for the schema check
    const secureBoot = efi['secureBoot'];
    // Only a literal boolean is judged; anything else is a type error for the schema check.
    if (isSet(secureBoot) && typeof secureBoot !== 'boolean') return;
    if (secureBoot === false) return;
    // A VirtualMachineInstance on arm64 gets `secureBoot: false` from KubeVirt's defaults when it is unset.
    if (digPath(ctx.normalized, [...bootloaderPath, 'efi', 'secureBoot']) === false) return;
    // TDX firmware keeps its Secure Boot keys in ROM and does not need SMM.
    if (has(dig(ctx.spec, 'domain', 'launchSecurity'), 'tdx')) return;

    const smm = dig(ctx.spec, 'domain', 'features', 'smm');
    let messageId = 'smmMissing';
    if (isSet(smm)) {
      if (!isRecord(smm)) return;
      const enabled = smm['enabled'];
      if (!isSet(enabled) || enabled === true) return;
      if (typeof enabled !== 'boolean') return;
      messageId = 'smmDisabled';
    }

    const state = secureBoot === true ? 'on (secureBoot: true)' : 'on (secureBoot is unset, which means true)';
    const path = 'secureBoot' in efi ? [...bootloaderPath, 'efi', 'secureBoot'] : [...bootloaderPath, 'efi'];
    const target = path[path.length - 1] === 'efi' ? 'key' : 'value';

    // The VirtualMachine admitter applies the VM's preference first; a preference can supply SMM (preferredSmm)
    // or turn Secure Boot off when the template leaves them unset. It is not applied for VirtualMachinePools.
    if (messageId === 'smmMissing' && ctx.kind === 'VirtualMachine') {
      const preference = dig(holderVmSpec(ctx)?.spec, 'preference');
      if (isRecord(preference)) {
        const name = typeof preference['name'] === 'string' && preference['name'] !== '' ? `'${preference['name']}'` : 'inferred from a volume';
        ctx.report({ path, target, messageId: 'smmFromPreference', data: { secureBoot: state, preference: name }, severity: 'warning' });
        return;
      }
    }
    // Enabling SMM is what KubeVirt requires and changes nothing else; turning Secure Boot off instead would weaken the VM.
    ctx.report({ path, target, messageId, data: { secureBoot: state }, fix: [{ op: 'set', path: ['domain', 'features', 'smm', 'enabled'], value: true }] });
  },
});
