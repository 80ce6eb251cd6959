import { defineRule } from '../src/engine/rule.js';
import { dig, digPath, isRecord, isSet, nameOf } from '../src/normalize/values.js';

const GPUS = ['domain', 'devices', 'gpus'];

/** true / false for a set-or-unset boolean (unset = enabled), undefined for junk. */
function enabled(value: unknown): boolean | undefined {
  if (!isSet(value)) return true;
  return typeof value === 'boolean' ? value : undefined;
}

export default defineRule({
  meta: {
    id: 'gpu-ramfb-displays',
    type: 'problem',
    description: 'At most one vGPU display may use a ramfb boot framebuffer',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['gpu-single-ramfb-display'],
    messages: {
      multipleRamfb:
        "GPU {{name}} is a second vGPU display with ramfb (gpus[{{first}}] already has one), and a VM can have only one ramfb framebuffer. Set `ramFB: {enabled: false}` under virtualGPUOptions.display of all but one GPU, or `enabled: false` on displays you do not need.",
    },
  },
  check(ctx) {
    const gpus = digPath(ctx.spec, GPUS);
    if (!Array.isArray(gpus) || gpus.length < 2) return;
    let first: number | undefined;
    gpus.forEach((gpu, i) => {
      const display = dig(gpu, 'virtualGPUOptions', 'display');
      if (!isRecord(display)) return;
      // display.enabled and display.ramFB.enabled both default to true.
      if (enabled(display['enabled']) !== true) return;
      const ramFB = display['ramFB'];
      if (isSet(ramFB) && !isRecord(ramFB)) return;
      if (enabled(dig(ramFB, 'enabled')) !== true) return;
      if (first === undefined) {
        first = i;
        return;
      }
      const name = nameOf(gpu);
      ctx.report({ path: [...GPUS, i, 'virtualGPUOptions', 'display'], target: 'key', messageId: 'multipleRamfb', data: { name: name === undefined ? `#${i}` : `'${name}'`, first } });
    });
  },
});
