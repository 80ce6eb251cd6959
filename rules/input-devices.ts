import { defineRule } from '../src/engine/rule.js';
import { asArray, dig, digPath, holderVmSpec, isRecord, isTemplated } from '../src/normalize/values.js';

const INPUTS = ['domain', 'devices', 'inputs'];

export default defineRule({
  meta: {
    id: 'input-devices',
    type: 'problem',
    description: 'Input devices must be tablets on the virtio or usb bus',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['input-bus', 'input-type-tablet'],
    messages: {
      busInvalid: "Input device bus {{bus}} is not supported: KubeVirt accepts only virtio or usb. Set `bus: usb` or `bus: virtio` (or leave it out for usb).",
      typeInvalid: "Input device type {{type}} is not supported: KubeVirt emulates only tablets. Set `type: tablet`; a keyboard and mouse come with every VM's graphical console.",
      typeEmpty:
        'Input device type is empty: KubeVirt fills in `tablet` only for a VirtualMachineInstance and validates this {{kind}} without that default, so it rejects the empty type. Set `type: tablet`.',
      typeEmptyFromPreference:
        "Input device type is empty: the VirtualMachine is accepted only if its preference {{preference}} sets preferredInputType to tablet. Set `type: tablet` to not depend on it.",
    },
  },
  check(ctx) {
    const inputs = digPath(ctx.spec, INPUTS);
    if (!Array.isArray(inputs) || inputs.length === 0) return;
    // A VirtualMachineInstance gets `bus: usb` and `type: tablet` for empty values before validation.
    const normalized = asArray(digPath(ctx.normalized, INPUTS));
    inputs.forEach((input, i) => {
      if (!isRecord(input)) return;
      const effective = isRecord(normalized[i]) ? normalized[i] : input;
      const bus = effective['bus'];
      if (typeof bus === 'string' && bus !== '' && bus !== 'virtio' && bus !== 'usb' && !isTemplated(ctx, bus)) {
        ctx.report({ path: [...INPUTS, i, 'bus'], messageId: 'busInvalid', data: { bus: `'${bus}'` } });
      }
      const type = effective['type'];
      // A missing type is a schema error; only a written value is judged here.
      if (typeof type !== 'string' || type === 'tablet' || isTemplated(ctx, type)) return;
      const path = [...INPUTS, i, 'type'];
      if (type !== '') {
        ctx.report({ path, messageId: 'typeInvalid', data: { type: `'${type}'` } });
        return;
      }
      // An empty type left after defaulting: a VirtualMachine (or pool/VMIRS template), whose admitter skips object defaults.
      if (ctx.kind === 'VirtualMachine') {
        const preference = dig(holderVmSpec(ctx)?.spec, 'preference');
        if (isRecord(preference)) {
          const name = typeof preference['name'] === 'string' && preference['name'] !== '' ? `'${preference['name']}'` : '(inferred from a volume)';
          ctx.report({ path, messageId: 'typeEmptyFromPreference', data: { preference: name }, severity: 'warning' });
          return;
        }
      }
      ctx.report({ path, messageId: 'typeEmpty', data: { kind: ctx.kind } });
    });
  },
});
