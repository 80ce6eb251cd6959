import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { dig, digPath, holderVmSpec, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const VIDEO = ['domain', 'devices', 'video'];

/** Video models KubeVirt accepts per architecture (pkg/virt-api/webhooks/{amd64,arm64,s390x}.go). */
const MODELS: Readonly<Record<string, readonly string[]>> = {
  amd64: ['vga', 'cirrus', 'virtio', 'ramfb', 'bochs'],
  arm64: ['virtio', 'ramfb'],
  s390x: ['virtio'],
};

function list(models: readonly string[]): string {
  return models.length === 1 ? models[0]! : `${models.slice(0, -1).join(', ')} or ${models[models.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'video-device',
    type: 'problem',
    description: 'The video device needs a model the architecture supports, and a graphics device',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['video-requires-graphics', 'video-type-amd64', 'video-type-arm64', 'video-type-s390x'],
    messages: {
      noGraphics:
        'domain.devices.video is set, but autoattachGraphicsDevice is false, so there is no graphics device to configure. Remove the video section, or remove `autoattachGraphicsDevice: false`.',
      typeUnsupported: "Video model {{type}} is not supported on {{arch}}, so the {{what}} is rejected. Use {{models}}.",
      typeEmpty: 'domain.devices.video has no type, and KubeVirt has no default for it, so the {{what}} is rejected. Set `type:` to {{models}}.',
      typeEmptyFromPreference:
        "domain.devices.video has no type: a VirtualMachineInstance started from this VirtualMachine is accepted only if its preference {{preference}} sets preferredVideoType. Set `type:` to {{models}} to not depend on it.",
    },
  },
  check(ctx) {
    const video = digPath(ctx.spec, VIDEO);
    if (!isRecord(video)) return;
    if (dig(ctx.spec, 'domain', 'devices', 'autoattachGraphicsDevice') === false) {
      ctx.report({ path: VIDEO, target: 'key', messageId: 'noGraphics' });
    }

    // The model check runs when a VirtualMachineInstance is created, including one started from a template.
    const arch = effectiveArch(ctx.spec, ctx.settings.arch);
    const models = MODELS[arch];
    if (models === undefined) return; // an unsupported architecture is reported on its own
    const type = video['type'];
    if (isSet(type) && typeof type !== 'string') return;
    if (typeof type === 'string' && (models.includes(type) || isTemplated(ctx, type))) return;
    const what = ctx.kind === 'VirtualMachineInstance' ? 'VirtualMachineInstance' : 'VirtualMachineInstance started from this template';
    const data = { arch, what, models: list(models) };
    if (typeof type === 'string' && type !== '') {
      ctx.report({ path: [...VIDEO, 'type'], messageId: 'typeUnsupported', data: { ...data, type: `'${type}'` } });
      return;
    }
    const path = typeof type === 'string' ? [...VIDEO, 'type'] : VIDEO;
    const target = typeof type === 'string' ? 'value' : 'key';
    // A VirtualMachine's preference (preferredVideoType) fills an empty type when the instance is created
    // (also for the VirtualMachines of a pool).
    const preference = dig(holderVmSpec(ctx)?.spec, 'preference');
    if (isRecord(preference)) {
      const name = typeof preference['name'] === 'string' && preference['name'] !== '' ? `'${preference['name']}'` : '(inferred from a volume)';
      ctx.report({ path, target, messageId: 'typeEmptyFromPreference', data: { ...data, preference: name }, severity: 'warning' });
      return;
    }
    ctx.report({ path, target, messageId: 'typeEmpty', data });
  },
});
