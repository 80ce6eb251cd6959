import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { isZero, parseQuantity } from '../src/normalize/quantity.js';
import { asArray, isRecord, isSet, isTemplated, nameOf } from '../src/normalize/values.js';

const GATE = 'HostDisk';

export default defineRule({
  meta: {
    id: 'host-disk',
    type: 'problem',
    description: 'A hostDisk volume needs the HostDisk feature gate, a path, type Disk or DiskOrCreate, and a capacity only with DiskOrCreate',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['hostdisk-gate', 'hostdisk-path-required', 'hostdisk-type', 'hostdisk-capacity-only-with-create'],
    messages: {
      gate: "Volume '{{name}}' is a hostDisk volume. {{hint}}.",
      path: "Volume '{{name}}' has an empty hostDisk path. Set the path of the disk image on the node, e.g. /data/disk.img.",
      type: "Volume '{{name}}' has hostDisk type '{{type}}'; the allowed types are Disk (the image must exist) and DiskOrCreate (created with `capacity` when missing).",
      capacity:
        "Volume '{{name}}' sets a hostDisk capacity with type Disk, which uses an existing image; capacity is only allowed with type DiskOrCreate. Remove capacity or set `type: DiskOrCreate`.",
    },
  },
  check(ctx) {
    asArray(ctx.spec['volumes']).forEach((volume, i) => {
      if (!isRecord(volume)) return;
      const hostDisk = volume['hostDisk'];
      if (!isRecord(hostDisk)) return;
      const name = nameOf(volume) ?? '';
      const at = ['volumes', i, 'hostDisk'];
      if (!isFeatureGateEnabled(ctx.settings, GATE)) ctx.report({ path: at, target: 'key', messageId: 'gate', data: { name, hint: featureGateHint(GATE) } , ...gateSeverity(ctx.settings) });
      // A missing path or type is the schema check's (both are required there).
      if (hostDisk['path'] === '') ctx.report({ path: [...at, 'path'], messageId: 'path', data: { name } });
      const type = hostDisk['type'];
      if (typeof type !== 'string' || isTemplated(ctx, type)) return;
      if (type !== 'Disk' && type !== 'DiskOrCreate') {
        ctx.report({ path: [...at, 'type'], messageId: 'type', data: { name, type } });
        return;
      }
      if (type === 'Disk' && isSet(hostDisk['capacity'])) {
        const capacity = parseQuantity(hostDisk['capacity']);
        if (capacity !== undefined && !isZero(capacity)) ctx.report({ path: [...at, 'capacity'], messageId: 'capacity', data: { name } });
      }
    });
  },
});
