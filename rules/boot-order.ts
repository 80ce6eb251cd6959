import { defineRule } from '../src/engine/rule.js';
import { asArray, digPath, isRecord, nameOf, quote } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'boot-order',
    type: 'problem',
    description: 'A bootOrder on a disk or interface must be a positive integer used by no other device',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['disk-bootorder-positive', 'interface-bootorder-positive', 'bootorder-unique'],
    messages: {
      notPositive: '{{device}} {{name}} has bootOrder {{value}}; boot orders start at 1. Set it to 1 or higher, or remove it.',
      duplicate:
        '{{device}} {{name}} has bootOrder {{value}}, which {{other}} already has: each device needs its own boot order. Give one of them a different number.',
    },
  },
  check(ctx) {
    // Disks are numbered first, then interfaces, as KubeVirt's validation scans them.
    const lists = [
      { path: ['domain', 'devices', 'disks'], device: 'Disk', short: 'disk' },
      { path: ['domain', 'devices', 'interfaces'], device: 'Interface', short: 'interface' },
    ] as const;
    const owners = new Map<number, string>();
    for (const { path, device, short } of lists) {
      asArray(digPath(ctx.spec, path)).forEach((item, i) => {
        if (!isRecord(item)) return;
        const value = item['bootOrder'];
        // Not a number: the schema check reports it (and Go's decoder rejects negatives for this unsigned field).
        if (typeof value !== 'number' || !Number.isInteger(value)) return;
        const name = nameOf(item);
        const label = name === undefined ? `${path[path.length - 1]}[${i}]` : quote(name);
        const at = [...path, i, 'bootOrder'];
        if (value < 1) {
          ctx.report({ path: at, messageId: 'notPositive', data: { device, name: label, value } });
          return;
        }
        const owner = owners.get(value);
        if (owner !== undefined) ctx.report({ path: at, messageId: 'duplicate', data: { device, name: label, value, other: owner } });
        else owners.set(value, `${short} ${label}`);
      });
    }
  },
});
