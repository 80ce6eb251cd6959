import rule from '../../rules/interface-model.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { iface } from './_network.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    ...['virtio', 'e1000', 'e1000e', 'igb', 'ne2k_pci', 'pcnet', 'rtl8139', "''"].map((model) => ({ name: `model ${model} (netiface_test)`, code: vm(iface(`model: ${model}`)) })),
    { name: 'Template parameter', code: template(iface('model: ${MODEL}')) },
    { name: 'junk does not throw', code: vm(iface('model: [1]')) },
  ],
  invalid: [
    {
      name: 'unsupported model (netiface_test)',
      code: vm(iface('model: gibberish')),
      errors: [{ messageId: 'unsupported', ...at.vm(6, 14), path: 'spec.template.spec.domain.devices.interfaces[0].model', message: "model 'gibberish'" }],
      output: null,
    },
    {
      name: 'models are case-sensitive',
      code: vmi(iface('model: VirtIO')),
      errors: [{ messageId: 'unsupported', message: "did you mean 'virtio'?" }],
      output: vmi(iface('model: virtio')),
    },
    // e1000 or e1000e? A look-alike is suggested, not written.
    { name: 'a near miss is not fixed', code: vmi(iface('model: e1000x')), errors: [{ messageId: 'unsupported' }], output: null },
  ],
});
