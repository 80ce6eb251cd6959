import rule from '../../rules/interface-dhcp-options.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';
import { iface } from './_network.js';

const ntp = (...servers: string[]) => `dhcpOptions:\n        ntpServers: [${servers.map((s) => `'${s}'`).join(', ')}]`;
const options = (...numbers: number[]) => `dhcpOptions:\n        privateOptions:\n${numbers.map((n) => `        - option: ${n}\n          value: extra`).join('\n')}`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'IPv4 NTP servers (netiface_test)', code: vm(iface(ntp('127.0.0.1', '10.0.0.254', '::ffff:192.168.1.1'))) },
    { name: 'private options 224 and 254 (netiface_test)', code: vm(iface(options(224, 254))) },
    { name: 'other DHCP options only', code: vmi(iface('dhcpOptions:\n        bootFileName: pxelinux.0\n        tftpServerName: tftp.example.com')) },
    { name: 'Template parameter', code: template(iface(ntp('${NTP}'))) },
    { name: 'junk does not throw', code: vm(iface('dhcpOptions:\n        ntpServers: [1]\n        privateOptions: [3, {option: x}]')) },
  ],
  invalid: [
    {
      name: 'duplicate private options (netiface_test)',
      code: vm(iface(options(240, 240))),
      errors: [{ messageId: 'duplicateOption', data: { name: 'default', option: 240, first: 0 }, ...at.vm(10, 19), path: 'spec.template.spec.domain.devices.interfaces[0].dhcpOptions.privateOptions[1].option' }],
    },
    { name: 'private option 223 (netiface_test)', code: vmi(iface(options(223))), errors: [{ messageId: 'optionRange', data: { name: 'default', option: 223 }, ...at.vmi(8, 19) }] },
    { name: 'private option 255', code: vm(iface(options(255))), errors: [{ messageId: 'optionRange' }] },
    {
      name: 'NTP server not IPv4 (netiface_test)',
      code: vm(iface(ntp('127.0.0.1', 'pool.ntp.org', '::1', '010.0.0.1', '1.2.3.256'))),
      errors: [
        { messageId: 'ntpNotIPv4', data: { name: 'default', server: 'pool.ntp.org' } },
        { messageId: 'ntpNotIPv4', data: { name: 'default', server: '::1' } },
        { messageId: 'ntpNotIPv4', data: { name: 'default', server: '010.0.0.1' } },
        { messageId: 'ntpNotIPv4', data: { name: 'default', server: '1.2.3.256' } },
      ],
    },
  ],
});
