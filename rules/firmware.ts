import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { asArray, digPath, has, isRecord, isSet, isTemplated, nameOf } from '../src/normalize/values.js';

const FIRMWARE = ['domain', 'firmware'];

export default defineRule({
  meta: {
    id: 'firmware',
    type: 'problem',
    description: 'The bootloader must be either BIOS or EFI (EFI on arm64), and ACPI tables must come from Secret volumes',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['bootloader-bios-efi-exclusive', 'arm64-no-bios', 'acpi-table-ref-required', 'acpi-table-volume-exists', 'acpi-table-volume-secret'],
    messages: {
      biosAndEfi: 'domain.firmware.bootloader has both bios and efi, but a VM boots with one of them. Remove bios or efi.',
      arm64Bios: 'arm64 guests cannot boot with BIOS, only with UEFI. Replace `bios` with `efi: {}` (or remove the bootloader: arm64 defaults to EFI).',
      acpiEmpty: 'domain.firmware.acpi is set but names no table: set slicNameRef or msdmNameRef to a Secret volume holding the table, or remove acpi.',
      acpiNoVolume: "domain.firmware.acpi.{{field}} is '{{name}}', but no volume has that name. Add a Secret volume named '{{name}}' holding the table, or fix the name.",
      acpiNotSecret: "domain.firmware.acpi.{{field}} points at volume '{{name}}', which is not a Secret volume. ACPI tables must come from a `secret` volume.",
    },
  },
  check(ctx) {
    const firmware = digPath(ctx.spec, FIRMWARE);
    if (!isRecord(firmware)) return;

    const bootloader = firmware['bootloader'];
    if (isRecord(bootloader) && isSet(bootloader['bios'])) {
      if (isSet(bootloader['efi'])) ctx.report({ path: [...FIRMWARE, 'bootloader'], target: 'key', messageId: 'biosAndEfi' });
      if (effectiveArch(ctx.spec, ctx.settings.arch) === 'arm64') ctx.report({ path: [...FIRMWARE, 'bootloader', 'bios'], target: 'key', messageId: 'arm64Bios' });
    }

    const acpi = firmware['acpi'];
    if (!isSet(acpi)) return;
    if (!isRecord(acpi)) return;
    const refs = (['slicNameRef', 'msdmNameRef'] as const).map((field) => ({ field, name: acpi[field] }));
    if (refs.some((r) => isSet(r.name) && typeof r.name !== 'string')) return;
    if (refs.every((r) => !isSet(r.name) || r.name === '')) {
      ctx.report({ path: [...FIRMWARE, 'acpi'], target: 'key', messageId: 'acpiEmpty' });
      return;
    }
    const volumes = asArray(ctx.spec['volumes']);
    for (const { field, name } of refs) {
      if (typeof name !== 'string' || name === '' || isTemplated(ctx, name)) continue;
      const volume = volumes.find((v) => nameOf(v) === name);
      const path = [...FIRMWARE, 'acpi', field];
      if (volume === undefined && volumes.some((v) => isTemplated(ctx, nameOf(v)))) continue;
      if (volume === undefined) ctx.report({ path, messageId: 'acpiNoVolume', data: { field, name } });
      else if (!has(volume, 'secret')) ctx.report({ path, messageId: 'acpiNotSecret', data: { field, name } });
    }
  },
});
