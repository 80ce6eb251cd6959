import { closest } from '../src/core/suggest.js';
import { defineRule } from '../src/engine/rule.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asString, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

/** The NIC models KubeVirt accepts (pkg/network/admitter/netiface.go). */
const MODELS = ['e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', 'virtio'];
const MODEL_SET = new Set(MODELS);

export default defineRule({
  meta: {
    id: 'interface-model',
    type: 'problem',
    description: 'An interface model must be one KubeVirt supports',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['interface-model'],
    fixable: true,
    messages: {
      unsupported: "Interface '{{name}}' has model '{{model}}', which KubeVirt does not support{{didYouMean}}. Use one of {{models}} (virtio is the default and the fastest).",
    },
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const model = asString(iface['model']);
      if (model === undefined || model === '' || MODEL_SET.has(model) || isTemplated(ctx, model)) return;
      const match = closest(model, MODELS);
      const at = [...INTERFACES_PATH, i, 'model'];
      // Only a difference in case is fixed: a closer look-alike (e1000 or e1000e?) is the user's choice.
      const sameModel = MODEL_SET.has(model.toLowerCase()) ? model.toLowerCase() : undefined;
      ctx.report({
        path: at,
        messageId: 'unsupported',
        data: { name: nameOf(iface) ?? '', model, didYouMean: match === undefined ? '' : ` (did you mean '${match}'?)`, models: MODELS.join(', ') },
        ...(sameModel !== undefined ? { fix: [{ op: 'set' as const, path: at, value: sameModel }] } : {}),
      });
    });
  },
});
