import { defineRule } from '../src/engine/rule.js';
import { asArray, digPath, has, isRecord, nameOf, quote } from '../src/normalize/values.js';

const DISKS = ['domain', 'devices', 'disks'];

/** Volumes that carry configuration data, never an operating system: nobody boots from them. */
const DATA_VOLUME_SOURCES = ['cloudInitNoCloud', 'cloudInitConfigDrive', 'configMap', 'secret', 'serviceAccount', 'downwardAPI', 'downwardMetrics', 'sysprep'];

export default defineRule({
  meta: {
    id: 'boot-order-partial',
    type: 'suggestion',
    description: 'When one disk has a bootOrder, every bootable disk should have one',
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      missing:
        'Disk {{name}} has no bootOrder, but disk {{ordered}} has one: with boot orders, only the devices that have one are in the boot list, so this disk cannot be booted from, and the OpenShift Virtualization docs require bootOrder on every disk once one has it. Give it a bootOrder (after the disk that should boot first), or remove bootOrder from every disk and list the boot disk first.',
    },
  },
  check(ctx) {
    const disks = asArray(digPath(ctx.spec, DISKS));
    const ordered = disks.find((disk) => isRecord(disk) && typeof disk['bootOrder'] === 'number');
    if (ordered === undefined) return;
    const volumes = new Map(asArray(ctx.spec['volumes']).map((volume) => [nameOf(volume), volume]));
    disks.forEach((disk, i) => {
      if (!isRecord(disk) || has(disk, 'bootOrder')) return;
      const name = nameOf(disk);
      const volume = name === undefined ? undefined : volumes.get(name);
      if (DATA_VOLUME_SOURCES.some((source) => has(volume, source))) return;
      ctx.report({
        path: [...DISKS, i, ...(name === undefined ? [] : ['name'])],
        messageId: 'missing',
        data: { name: name === undefined ? `disks[${i}]` : quote(name), ordered: nameOf(ordered) === undefined ? `disks[${disks.indexOf(ordered)}]` : quote(nameOf(ordered)) },
      });
    });
  },
});
