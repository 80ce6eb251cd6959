import { defineRule } from '../src/engine/rule.js';
import { asArray, has, isRecord, isSet, isTemplated, nameOf } from '../src/normalize/values.js';

/** The volume source fields KubeVirt counts (validateVolumes); exactly one must be set. */
const SOURCES: ReadonlySet<string> = new Set([
  'persistentVolumeClaim',
  'sysprep',
  'cloudInitNoCloud',
  'cloudInitConfigDrive',
  'containerDisk',
  'ephemeral',
  'emptyDisk',
  'hostDisk',
  'dataVolume',
  'configMap',
  'secret',
  'downwardAPI',
  'serviceAccount',
  'downwardMetrics',
  'memoryDump',
  'containerPath',
]);

export default defineRule({
  meta: {
    id: 'volume-sources',
    type: 'problem',
    description: 'Every volume needs exactly one source with its name set; at most one serviceAccount and one memoryDump volume; no utilityVolumes at creation',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'volume-single-source',
      'datavolume-name-required',
      'configmap-name-required',
      'secret-name-required',
      'serviceaccount-name-required',
      'max-one-serviceaccount-volume',
      'max-one-memorydump-volume',
      'no-utility-volumes-on-create',
    ],
    messages: {
      noSource:
        "Volume '{{name}}' has no source. Add exactly one, e.g. `containerDisk: {image: ...}`, `persistentVolumeClaim: {claimName: ...}`, `dataVolume: {name: ...}` or `cloudInitNoCloud: {userData: ...}`.",
      manySources: "Volume '{{name}}' sets {{sources}}, but a volume must have exactly one source. Split it into one volume per source (each with its own disk).",
      dataVolumeName: "Volume '{{name}}' has a dataVolume source with an empty name. Set dataVolume.name to the DataVolume to use (often one of spec.dataVolumeTemplates).",
      configMapName: "Volume '{{name}}' has a configMap source without a name. Set configMap.name to the ConfigMap to attach.",
      secretName: "Volume '{{name}}' has a secret source without a secretName. Set secret.secretName to the Secret to attach.",
      serviceAccountName: "Volume '{{name}}' has a serviceAccount source without a serviceAccountName. Set serviceAccount.serviceAccountName.",
      duplicateServiceAccount: "Volume '{{name}}' is a second serviceAccount volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      duplicateMemoryDump: "Volume '{{name}}' is a second memoryDump volume (the first is volumes[{{first}}]); a VM can have only one. Remove one of them.",
      utilityVolumes: 'utilityVolumes cannot be set when the VM is created: KubeVirt adds them only by hotplug. Remove utilityVolumes from the manifest.',
    },
  },
  check(ctx) {
    if (Array.isArray(ctx.spec['utilityVolumes'])) {
      ctx.report({ path: ['utilityVolumes'], target: 'key', messageId: 'utilityVolumes' });
    }
    const volumes = asArray(ctx.spec['volumes']);
    let firstServiceAccount: number | undefined;
    let firstMemoryDump: number | undefined;
    volumes.forEach((volume, i) => {
      if (!isRecord(volume)) return;
      const name = nameOf(volume) ?? '';
      const set = Object.keys(volume).filter((key) => SOURCES.has(key) && isSet(volume[key]));
      // A source that is not a mapping fails the schema check, before any of these.
      if (set.some((key) => !isRecord(volume[key]))) return;
      if (set.length === 0) {
        // Only judge a volume with a known shape: a misspelt source is the schema check's to report.
        if (Object.keys(volume).every((key) => key === 'name' || !isSet(volume[key]))) ctx.report({ path: ['volumes', i], messageId: 'noSource', data: { name } });
      } else if (set.length > 1) {
        ctx.report({ path: ['volumes', i, set[1]!], target: 'key', messageId: 'manySources', data: { name, sources: set.map((s) => `\`${s}\``).join(' and ') } });
      }

      const dataVolume = volume['dataVolume'];
      if (isRecord(dataVolume) && dataVolume['name'] === '') {
        ctx.report({ path: ['volumes', i, 'dataVolume', 'name'], messageId: 'dataVolumeName', data: { name } });
      }
      requireName(volume['configMap'], 'name', ['volumes', i, 'configMap'], 'configMapName');
      requireName(volume['secret'], 'secretName', ['volumes', i, 'secret'], 'secretName');
      requireName(volume['serviceAccount'], 'serviceAccountName', ['volumes', i, 'serviceAccount'], 'serviceAccountName');

      if (has(volume, 'serviceAccount')) {
        if (firstServiceAccount === undefined) firstServiceAccount = i;
        else ctx.report({ path: ['volumes', i, 'serviceAccount'], target: 'key', messageId: 'duplicateServiceAccount', data: { name, first: firstServiceAccount } });
      }
      if (has(volume, 'memoryDump')) {
        if (firstMemoryDump === undefined) firstMemoryDump = i;
        else ctx.report({ path: ['volumes', i, 'memoryDump'], target: 'key', messageId: 'duplicateMemoryDump', data: { name, first: firstMemoryDump } });
      }

      function requireName(source: unknown, key: string, path: (string | number)[], messageId: string): void {
        if (!isRecord(source)) return;
        const value = source[key];
        if (isSet(value) && (typeof value !== 'string' || value !== '' || isTemplated(ctx, value))) return;
        ctx.report({ path: isSet(value) ? [...path, key] : path, target: isSet(value) ? 'value' : 'key', messageId, data: { name } });
      }
    });
  },
});
