import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { digPath, isRecord, isTemplated } from '../src/normalize/values.js';

const SOUND = ['domain', 'devices', 'sound'];

export default defineRule({
  meta: {
    id: 'sound-device',
    type: 'problem',
    description: 'The sound device needs a name and an ich9 or ac97 model, and is not available on arm64',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['sound-model', 'sound-name-required', 'arm64-no-sound'],
    messages: {
      modelInvalid: "Sound model {{model}} is not supported: KubeVirt emulates ich9 or ac97. Set `model: ich9` or `model: ac97`, or leave it out for ich9.",
      nameEmpty: 'The sound device has an empty name. Give it a name, e.g. `name: audio`.',
      arm64: 'KubeVirt does not support a sound device on arm64, so the {{what}} is rejected. Remove domain.devices.sound, or run the VM on amd64.',
    },
  },
  check(ctx) {
    const sound = digPath(ctx.spec, SOUND);
    if (!isRecord(sound)) return;
    const model = sound['model'];
    if (typeof model === 'string' && model !== '' && model !== 'ich9' && model !== 'ac97' && !isTemplated(ctx, model)) {
      ctx.report({ path: [...SOUND, 'model'], messageId: 'modelInvalid', data: { model: `'${model}'` } });
    }
    // A missing name is a schema error; an empty one is KubeVirt's own check.
    if (sound['name'] === '') ctx.report({ path: [...SOUND, 'name'], messageId: 'nameEmpty' });
    // Per-architecture checks run when a VirtualMachineInstance is created, including one started from a template.
    if (effectiveArch(ctx.spec, ctx.settings.arch) === 'arm64') {
      ctx.report({ path: SOUND, target: 'key', messageId: 'arm64', data: { what: ctx.kind === 'VirtualMachineInstance' ? 'VirtualMachineInstance' : 'VirtualMachineInstance started from this template' } });
    }
  },
});
