import { defineRule } from '../src/engine/rule.js';
import { defaultDependentSeverity, diskViews, specArch, volumesByName } from '../src/normalize/disks.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { asArray, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const GATE = 'DownwardMetrics';

export default defineRule({
  meta: {
    id: 'downward-metrics',
    type: 'problem',
    description: 'A downwardMetrics volume needs the DownwardMetrics feature gate, must be the only one, and must be a virtio disk',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['downwardmetrics-volume-gate', 'max-one-downwardmetrics-volume', 'downwardmetrics-volume-disk-target', 'downwardmetrics-volume-virtio'],
    messages: {
      gate: "Volume '{{name}}' is a downwardMetrics volume. {{hint}}.",
      duplicate: "Volume '{{name}}' is a second downwardMetrics volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      notDisk:
        "Volume '{{name}}' is a downwardMetrics volume, so its disk must have a `disk` target{{why}}. Give the disk `disk: {bus: virtio}`.",
      notVirtio:
        "Volume '{{name}}' is a downwardMetrics volume, so its disk must use the virtio bus, but the bus is {{bus}}. Set `bus: virtio` under the disk's `disk`.",
    },
  },
  check(ctx) {
    const volumes = asArray(ctx.spec['volumes']);
    let first: number | undefined;
    const gateOn = isFeatureGateEnabled(ctx.settings, GATE);
    volumes.forEach((volume, i) => {
      if (!has(volume, 'downwardMetrics')) return;
      const name = nameOf(volume) ?? '';
      if (!gateOn) ctx.report({ path: ['volumes', i, 'downwardMetrics'], target: 'key', messageId: 'gate', data: { name, hint: featureGateHint(GATE) } , ...gateSeverity(ctx.settings) });
      if (first === undefined) first = i;
      else ctx.report({ path: ['volumes', i, 'downwardMetrics'], target: 'key', messageId: 'duplicate', data: { name, first } });
    });
    if (first === undefined) return;

    const byName = volumesByName(ctx.spec);
    const isVmi = ctx.kind === 'VirtualMachineInstance';
    const arch = specArch(ctx);
    for (const view of diskViews(ctx)) {
      const name = nameOf(view.disk);
      if (name === undefined || isTemplated(ctx, name)) continue;
      const volume = byName.get(name);
      if (volume === undefined || !isRecord(volume) || !has(volume, 'downwardMetrics')) continue;
      if (view.target !== 'disk' || (view.targetDefaulted && !isVmi)) {
        // A VirtualMachine is checked before the VMI defaults give a target-less disk `disk: {}`.
        const why = view.targetDefaulted
          ? view.added
            ? ' (KubeVirt adds a disk without a target for a volume that has none, and a VirtualMachine is checked before that gets `disk: {}`)'
            : ' (a VirtualMachine is checked before a target-less disk gets `disk: {}`)'
          : `, not \`${view.target}\``;
        const path = view.added ? view.path : view.targetDefaulted ? view.path : [...view.path, view.target];
        ctx.report({ path, target: view.added ? 'value' : 'key', messageId: 'notDisk', data: { name, why }, severity: view.targetDefaulted && !view.added ? defaultDependentSeverity(ctx) : undefined });
        continue;
      }
      if (view.bus === 'virtio' || isTemplated(ctx, view.writtenBus)) continue;
      const bus = view.busDefaulted ? `${view.bus} (the ${arch} default when no bus is set)` : `'${view.bus}'`;
      ctx.report({
        path: view.added ? view.path : [...view.path, 'disk', 'bus'],
        messageId: 'notVirtio',
        data: { name, bus },
        severity: view.busDefaulted ? defaultDependentSeverity(ctx) : undefined,
      });
    }
  },
});
