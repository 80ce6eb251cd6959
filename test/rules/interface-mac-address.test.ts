import rule from '../../rules/interface-mac-address.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { iface } from './_network.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    ...['de:ad:00:00:be:af', 'DE:AD:00:00:BE:AF', 'de-ad-00-00-be-af', 'DE-AD-00-00-BE-AF', 'dead.0000.beaf', "''"].map((mac) => ({
      name: `MAC ${mac} (netiface_test)`,
      code: vm(iface(`macAddress: ${mac.includes('.') || mac === "''" ? mac : `'${mac}'`}`)),
    })),
    { name: 'the reserved MAC on a bridge interface', code: vm(iface("macAddress: '02:00:00:00:00:00'", 'bridge: {}')) },
    { name: 'Template parameter', code: template(iface('macAddress: ${MAC}')) },
    { name: 'junk does not throw', code: vm(iface('macAddress: 12')) },
  ],
  invalid: [
    {
      name: 'too short (netiface_test)',
      code: vm(iface("macAddress: 'de:ad:00:00:be'")),
      errors: [{ messageId: 'malformed', data: { name: 'default', mac: 'de:ad:00:00:be' }, ...at.vm(6, 19), path: 'spec.template.spec.domain.devices.interfaces[0].macAddress' }],
    },
    { name: "too short with '-' (netiface_test)", code: vmi(iface('macAddress: de-ad-00-00-be')), errors: [{ messageId: 'malformed', ...at.vmi(6, 19) }] },
    { name: 'mixed separators', code: vm(iface("macAddress: 'de:ad-00:00:be:af'")), errors: [{ messageId: 'malformed' }] },
    { name: 'not hex', code: vm(iface("macAddress: 'zz:ad:00:00:be:af'")), errors: [{ messageId: 'malformed' }] },
    {
      name: 'too long (netiface_test)',
      code: vm(iface("macAddress: 'de:ad:00:00:be:af:be:af'")),
      errors: [{ messageId: 'tooLong', data: { name: 'default', mac: 'de:ad:00:00:be:af:be:af', octets: 8 } }],
    },
    {
      name: 'the reserved MAC on a masquerade interface (binding_test)',
      code: vm(iface("macAddress: '02:00:00:00:00:00'")),
      errors: [{ messageId: 'reserved', data: { name: 'default' }, ...at.vm(6, 19) }],
    },
  ],
});
