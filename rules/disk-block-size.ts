import { defineRule } from '../src/engine/rule.js';
import { defaultDependentSeverity, diskViews, specArch } from '../src/normalize/disks.js';
import { asArray, asInteger, dig, has, isRecord, isSet, nameOf } from '../src/normalize/values.js';

const MIN = 512;
const MAX = 2097152;

export default defineRule({
  meta: {
    id: 'disk-block-size',
    type: 'problem',
    description: 'Custom disk block sizes must be powers of two from 512 bytes to 2 MiB, logical <= physical, and not combined with matchVolume',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'blocksize-custom-vs-matchvolume',
      'blocksize-logical-le-physical',
      'blocksize-sata-logical-512',
      'blocksize-discard-granularity',
      'blocksize-min-512',
      'blocksize-max-2MiB',
      'blocksize-power-of-2',
    ],
    messages: {
      customAndMatch:
        "Disk '{{name}}' sets both a custom block size and matchVolume; block size matching cannot be combined with a custom value. Remove `matchVolume` (or set `enabled: false` in it), or remove `custom`.",
      logicalGtPhysical: "Disk '{{name}}' has a logical block size of {{logical}}, larger than its physical block size of {{physical}}. The logical size must be the same or less than the physical size.",
      sataLogical:
        "Disk '{{name}}' is on the sata bus{{how}}, which only supports a logical block size of 512, but it is {{logical}}. Set `logical: 512`, or use `bus: virtio` or `bus: scsi`.",
      discard: "Disk '{{name}}' has a discard granularity of {{granularity}}, which is not a multiple of its logical block size {{logical}}. Use a multiple of {{logical}}.",
      tooSmall: "Disk '{{name}}' has a {{which}} block size of {{size}}, below the minimum of 512. Use a power of two from 512 to 2097152.",
      tooLarge: "Disk '{{name}}' has a {{which}} block size of {{size}}, above the maximum of 2097152 (2 MiB). Use a power of two from 512 to 2097152.",
      notPowerOf2: "Disk '{{name}}' has a {{which}} block size of {{size}}, which is not a power of two. Use a power of two from 512 to 2097152 (e.g. 512 or 4096).",
    },
  },
  check(ctx) {
    if (!asArray(dig(ctx.spec, 'domain', 'devices', 'disks')).some((disk) => has(disk, 'blockSize'))) return;
    const arch = specArch(ctx);
    for (const view of diskViews(ctx)) {
      if (view.added) continue;
      const custom = dig(view.disk, 'blockSize', 'custom');
      if (!isRecord(custom)) continue;
      const name = nameOf(view.disk) ?? '';
      const base = [...view.path, 'blockSize'];
      const matchVolume = dig(view.disk, 'blockSize', 'matchVolume');
      if (isRecord(matchVolume) && (!isSet(matchVolume['enabled']) || matchVolume['enabled'] === true)) {
        ctx.report({ path: [...base, 'matchVolume'], target: 'key', messageId: 'customAndMatch', data: { name } });
        continue;
      }
      const logical = size(custom['logical']);
      const physical = size(custom['physical']);
      if (logical === undefined || physical === undefined) continue;
      const granularityValue = custom['discardGranularity'];
      const granularity = isSet(granularityValue) ? size(granularityValue) : undefined;
      if (isSet(granularityValue) && granularity === undefined) continue;
      const logicalPath = [...base, 'custom', 'logical'];

      if (logical > physical) {
        ctx.report({ path: logicalPath, messageId: 'logicalGtPhysical', data: { name, logical, physical } });
        continue;
      }
      if (view.bus === 'sata' && logical !== MIN) {
        const soft = view.busDefaulted ? defaultDependentSeverity(ctx) : undefined;
        const how = view.busDefaulted ? ` (the ${arch} default when no bus is set${soft ? ', unless the VM preference sets one' : ''})` : '';
        ctx.report({ path: logicalPath, messageId: 'sataLogical', data: { name, logical, how }, severity: soft });
        // A VirtualMachine is first checked with the bus as written (unset): the rest of the chain applies there.
        if (!view.busDefaulted || ctx.kind === 'VirtualMachineInstance') continue;
      }
      if (granularity !== undefined && logical !== 0 && granularity % logical !== 0) {
        ctx.report({ path: [...base, 'custom', 'discardGranularity'], messageId: 'discard', data: { name, granularity, logical } });
        continue;
      }
      for (const [which, value] of [['logical', logical], ['physical', physical]] as const) {
        const path = [...base, 'custom', which];
        if (value < MIN) ctx.report({ path, messageId: 'tooSmall', data: { name, which, size: value } });
        else if (value > MAX) ctx.report({ path, messageId: 'tooLarge', data: { name, which, size: value } });
        else if ((value & (value - 1)) !== 0) ctx.report({ path, messageId: 'notPowerOf2', data: { name, which, size: value } });
      }
    }
  },
});

/** A block size as Go decodes a `uint` with omitempty: missing/null = 0; negative or non-integer = undefined (schema). */
function size(value: unknown): number | undefined {
  if (!isSet(value)) return 0;
  const n = asInteger(value);
  return n !== undefined && n >= 0 ? n : undefined;
}
