import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { digPath, isRecord, isTemplated } from '../src/normalize/values.js';

const PANIC_DEVICES = ['domain', 'devices', 'panicDevices'];
const MODELS = new Set(['hyperv', 'isa', 'pvpanic']);

export default defineRule({
  meta: {
    id: 'panic-devices',
    type: 'problem',
    description: 'Panic devices need the hyperv, isa or pvpanic model and are not available on s390x',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['panic-devices-not-s390x', 'panic-device-model'],
    messages: {
      s390x: 'Custom panic devices are not supported on s390x. Remove domain.devices.panicDevices (s390x guests report panics through their own firmware interface).',
      modelInvalid: "Panic device model {{model}} is not supported. Use hyperv, isa or pvpanic, or leave the model out to let the hypervisor choose.",
    },
  },
  check(ctx) {
    const devices = digPath(ctx.spec, PANIC_DEVICES);
    if (!Array.isArray(devices) || devices.length === 0) return;
    if (effectiveArch(ctx.spec, ctx.settings.arch) === 's390x') ctx.report({ path: PANIC_DEVICES, target: 'key', messageId: 's390x' });
    devices.forEach((device, i) => {
      if (!isRecord(device)) return;
      const model = device['model'];
      // A missing (or null) model is fine; any written string must be one of the three.
      if (typeof model !== 'string' || MODELS.has(model) || isTemplated(ctx, model)) return;
      ctx.report({ path: [...PANIC_DEVICES, i, 'model'], messageId: 'modelInvalid', data: { model: model === '' ? '(empty)' : `'${model}'` } });
    });
  },
});
