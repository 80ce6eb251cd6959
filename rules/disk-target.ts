import { defineRule } from '../src/engine/rule.js';
import { DISK_TARGET_KEYS, volumesByName } from '../src/normalize/disks.js';
import { asArray, digPath, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'disk-target',
    type: 'problem',
    description: 'A disk may set only one of disk, lun and cdrom, and a lun needs a PersistentVolumeClaim or DataVolume volume',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['disk-single-target', 'lun-requires-pvc-or-dv'],
    messages: {
      multipleTargets:
        "Disk '{{name}}' sets {{targets}}, but a disk can have only one target type. Keep one of them (a disk without any target is a plain `disk`).",
      lunVolume:
        "Disk '{{name}}' is a lun, but its volume is a {{source}} volume; a lun passes a block device through and needs a persistentVolumeClaim or dataVolume volume. Use `disk:` instead of `lun:`, or back it with a PVC or DataVolume.",
    },
  },
  check(ctx) {
    const disksPath = ['domain', 'devices', 'disks'];
    const disks = asArray(digPath(ctx.spec, disksPath));
    if (disks.length === 0) return;
    let volumes: Map<string, Readonly<Record<string, unknown>>> | undefined;
    disks.forEach((disk, i) => {
      if (!isRecord(disk)) return;
      const name = nameOf(disk) ?? '';
      const targets = DISK_TARGET_KEYS.filter((key) => has(disk, key));
      if (targets.length > 1) {
        ctx.report({
          path: [...disksPath, i, targets[1]!],
          target: 'key',
          messageId: 'multipleTargets',
          data: { name, targets: targets.map((t) => `\`${t}\``).join(' and ') },
        });
      }
      if (!has(disk, 'lun') || isTemplated(ctx, name)) return;
      volumes ??= volumesByName(ctx.spec);
      const volume = volumes.get(name);
      if (volume === undefined || has(volume, 'persistentVolumeClaim') || has(volume, 'dataVolume')) return;
      const source = Object.keys(volume).find((key) => key !== 'name' && has(volume, key));
      if (source === undefined) return; // no source: volume-sources reports it
      ctx.report({ path: [...disksPath, i, 'lun'], target: 'key', messageId: 'lunVolume', data: { name, source } });
    });
  },
});
