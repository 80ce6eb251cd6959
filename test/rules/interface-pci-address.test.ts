import rule from '../../rules/interface-pci-address.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { iface } from './_network.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    ...['0000:81:11.1', '0001:02:00.0', 'abcd:EF:0a.7', "''"].map((address) => ({ name: `PCI address ${address} (netiface_test)`, code: vm(iface(`pciAddress: ${address === "''" ? address : `'${address}'`}`)) })),
    { name: 'Template parameter', code: template(iface('pciAddress: ${PCI}')) },
  ],
  invalid: [
    {
      name: 'too many dots (netiface_test)',
      code: vm(iface("pciAddress: '0000:80.10.1'")),
      errors: [{ messageId: 'malformed', data: { name: 'default', address: '0000:80.10.1' }, ...at.vm(6, 19), path: 'spec.template.spec.domain.devices.interfaces[0].pciAddress' }],
    },
    { name: 'too many parts (netiface_test)', code: vmi(iface("pciAddress: '0000:80:80:1.0'")), errors: [{ messageId: 'malformed', ...at.vmi(6, 19) }] },
    { name: 'function out of range (netiface_test)', code: vm(iface("pciAddress: '0000:80:11.15'")), errors: [{ messageId: 'malformed' }] },
    { name: 'function 8', code: vm(iface("pciAddress: '0000:80:11.8'")), errors: [{ messageId: 'malformed' }] },
    { name: 'short domain', code: vm(iface("pciAddress: '00:80:11.0'")), errors: [{ messageId: 'malformed' }] },
  ],
});
