import { defineRule } from '../src/engine/rule.js';
import { INTERFACES_PATH, interfacesOf } from '../src/normalize/networks.js';
import { asString, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

/** pkg/util/hardware PCI_ADDRESS_PATTERN: domain:bus:slot.function, in hex, function 0-7. */
const PCI_ADDRESS = /^[\da-fA-F]{4}:[\da-fA-F]{2}:[\da-fA-F]{2}\.[0-7]$/;

export default defineRule({
  meta: {
    id: 'interface-pci-address',
    type: 'problem',
    description: 'An interface pciAddress must have the form DDDD:BB:SS.F',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['interface-pci-address'],
    messages: {
      malformed:
        "Interface '{{name}}' has pciAddress '{{address}}', which is not a PCI address. Use domain:bus:slot.function in hex with a function of 0-7, e.g. `0000:81:00.0`.",
    },
  },
  check(ctx) {
    interfacesOf(ctx.spec).forEach((iface, i) => {
      if (!isRecord(iface)) return;
      const address = asString(iface['pciAddress']);
      if (address === undefined || address === '' || isTemplated(ctx, address) || PCI_ADDRESS.test(address)) return;
      ctx.report({ path: [...INTERFACES_PATH, i, 'pciAddress'], messageId: 'malformed', data: { name: nameOf(iface) ?? '', address } });
    });
  },
});
