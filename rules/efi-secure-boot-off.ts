import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { dig, digPath, isRecord } from '../src/normalize/values.js';

const EFI = ['domain', 'firmware', 'bootloader', 'efi'];

export default defineRule({
  meta: {
    id: 'efi-secure-boot-off',
    type: 'suggestion',
    description: 'On x86_64, boot EFI with Secure Boot: OpenShift Virtualization supports EFI only with Secure Boot on',
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      secureBootOff:
        'EFI boots here with `secureBoot: false`. OpenShift Virtualization supports EFI VMs only with Secure Boot, and says a VM without it can crash repeatedly. Remove `secureBoot: false` (Secure Boot is on by default and needs `smm: {}` under domain.features) if the guest supports Secure Boot, or boot with `bios: {}`.',
    },
  },
  check(ctx) {
    const efi = digPath(ctx.spec, EFI);
    if (!isRecord(efi) || efi['secureBoot'] !== false) return;
    // arm64 has no Secure Boot, and SEV/SNP need it off (the launch-security rule); other architectures have no EFI choice.
    if (effectiveArch(ctx.spec, ctx.settings.arch) !== 'amd64') return;
    if (isRecord(dig(ctx.spec, 'domain', 'launchSecurity'))) return;
    ctx.report({ path: [...EFI, 'secureBoot'], messageId: 'secureBootOff' });
  },
});
