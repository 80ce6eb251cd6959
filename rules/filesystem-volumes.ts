import { defineRule } from '../src/engine/rule.js';
import { defaultOrigin } from '../src/normalize/defaults.js';
import { volumesByName } from '../src/normalize/disks.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { asArray, dig, has, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

const VIRTIOFS_GATE = 'EnableVirtioFsStorageVolumes';
const RESERVED_PREFIXES = ['/var/run/kubevirt', '/var/run/libvirt'];

export default defineRule({
  meta: {
    id: 'filesystem-volumes',
    type: 'problem',
    description: 'containerPath volumes must be shared through a filesystem outside the paths KubeVirt reserves, and PVC/DataVolume filesystems need their feature gate',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['containerpath-not-on-disk', 'containerpath-needs-filesystem', 'containerpath-reserved-prefix', 'virtiofs-storage-gate'],
    messages: {
      onDisk: "Volume '{{name}}' is a containerPath volume, but disk '{{name}}' uses it; a containerPath can only be shared as a filesystem. Replace the disk with a filesystem entry (`- name: {{name}}` with `virtiofs: {}` under domain.devices.filesystems).",
      noFilesystem:
        "Volume '{{name}}' is a containerPath volume without a filesystem of the same name (KubeVirt would attach it as a disk, which it cannot be). Add `- name: {{name}}` with `virtiofs: {}` under domain.devices.filesystems.",
      reserved: "Volume '{{name}}' shares containerPath '{{path}}', under KubeVirt's reserved prefix {{prefix}}. Use a path outside /var/run/kubevirt and /var/run/libvirt.",
      virtiofsGate: "Filesystem '{{name}}' shares a {{source}} volume with virtiofs. {{hint}}.",
    },
  },
  check(ctx) {
    const volumes = asArray(ctx.spec['volumes']);
    const filesystems = asArray(dig(ctx.spec, 'domain', 'devices', 'filesystems'));
    if (volumes.length === 0) return;

    let writtenDisks: Set<string> | undefined;
    let filesystemNames: Set<string> | undefined;
    volumes.forEach((volume, i) => {
      if (!isRecord(volume) || !has(volume, 'containerPath')) return;
      const name = nameOf(volume);
      if (name === undefined || isTemplated(ctx, name)) return;
      if (writtenDisks === undefined) {
        writtenDisks = new Set();
        for (const disk of asArray(dig(ctx.normalized, 'domain', 'devices', 'disks'))) {
          const diskName = nameOf(disk);
          if (diskName !== undefined && defaultOrigin(disk) === undefined) writtenDisks.add(diskName);
        }
        filesystemNames = new Set(filesystems.map(nameOf).filter((n): n is string => n !== undefined));
      }
      if (writtenDisks.has(name)) ctx.report({ path: ['volumes', i, 'name'], messageId: 'onDisk', data: { name } });
      if (!filesystemNames!.has(name)) ctx.report({ path: ['volumes', i, 'containerPath'], target: 'key', messageId: 'noFilesystem', data: { name } });
      const path = dig(volume, 'containerPath', 'path');
      if (typeof path !== 'string' || isTemplated(ctx, path)) return;
      const prefix = RESERVED_PREFIXES.find((p) => path.startsWith(p));
      if (prefix !== undefined) ctx.report({ path: ['volumes', i, 'containerPath', 'path'], messageId: 'reserved', data: { name, path, prefix } });
    });

    if (filesystems.length === 0 || isFeatureGateEnabled(ctx.settings, VIRTIOFS_GATE)) return;
    const byName = volumesByName(ctx.spec);
    filesystems.forEach((filesystem, i) => {
      const name = nameOf(filesystem);
      if (name === undefined) return;
      const volume = byName.get(name);
      const source = has(volume, 'persistentVolumeClaim') ? 'persistentVolumeClaim' : has(volume, 'dataVolume') ? 'dataVolume' : undefined;
      if (source === undefined) return;
      ctx.report({ path: ['domain', 'devices', 'filesystems', i, 'name'], messageId: 'virtiofsGate', data: { name, source, hint: featureGateHint(VIRTIOFS_GATE) } , ...gateSeverity(ctx.settings) });
    });
  },
});
