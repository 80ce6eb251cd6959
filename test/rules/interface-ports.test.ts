import rule from '../../rules/interface-ports.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

const GATE = { featureGates: ['PortRangesSpec'] };

/** Interface `default` with `binding`; `fields` (indented for the interface) start on spec line 6. */
function spec(fields: string, network = 'pod: {}', binding = 'masquerade: {}'): string {
  return `domain:
  devices:
    interfaces:
    - name: default
      ${binding}
${fields
  .split('\n')
  .map((l) => `      ${l}`)
  .join('\n')}
  resources:
    requests:
      memory: 1Gi
networks:
- name: default
  ${network}
`;
}

const ports = (...items: string[]) => `ports:\n${items.map((i) => `- ${i}`).join('\n')}`;
const ranges = (...items: [string, number, number][]) => `portRanges:\n${items.map(([p, s, e]) => `- protocol: ${p}\n  start: ${s}\n  end: ${e}`).join('\n')}`;
const MULTUS = 'multus:\n    networkName: br1';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'named TCP and UDP ports (netiface_test)', code: vm(spec(ports('{name: http, port: 80}', '{name: dns, port: 53, protocol: UDP}', '{port: 22, protocol: TCP}'))) },
    { name: 'port 65535', code: vm(spec(ports('{port: 65535}'))) },
    { name: 'ports on a Multus network are not validated', code: vm(spec(ports('{name: HTTP, port: 0, protocol: tcp}', '{name: HTTP, port: 70000}'), MULTUS, 'bridge: {}')) },
    { name: 'port ranges with the gate (netiface_test)', code: vm(spec(ranges(['TCP', 1000, 2000], ['TCP', 2001, 3000], ['UDP', 1000, 2000]))), settings: GATE },
    { name: 'a single-port range', code: vm(spec(ranges(['TCP', 80, 80]))), settings: GATE },
    { name: 'port ranges on a Multus network with the gate are not validated', code: vm(spec(ranges(['SCTP', 0, 0]), MULTUS, 'bridge: {}')), settings: GATE },
    { name: 'Template parameter names are not judged', code: template(spec(ports('{name: "${PORT_NAME}", port: 80}'))) },
    { name: 'junk does not throw', code: vm(spec('ports: [1, {port: x}, null]')) },
  ],
  invalid: [
    {
      name: 'duplicate port names (netiface_test)',
      code: vm(spec(ports('{name: http, port: 80}', '{name: http, port: 8080}'))),
      errors: [{ messageId: 'portNameDuplicate', data: { name: 'default', port: 'http', first: 0 }, ...at.vm(8, 16), path: 'spec.template.spec.domain.devices.interfaces[0].ports[1].name' }],
    },
    {
      name: 'invalid port name (netiface_test)',
      code: vmi(spec(ports('{name: too-long-port-name, port: 80}'))),
      errors: [{ messageId: 'portNameInvalid', message: 'must be no more than 15 characters', ...at.vmi(7, 16) }],
    },
    { name: 'port name without a letter', code: vm(spec(ports("{name: '80', port: 80}"))), errors: [{ messageId: 'portNameInvalid', message: 'at least one letter' }] },
    { name: 'port 0 (netiface_test)', code: vm(spec(ports('{port: 0}'))), errors: [{ messageId: 'portRequired', ...at.vm(7, 16) }] },
    { name: 'port out of range (netiface_test)', code: vm(spec(ports('{port: 65536}'))), errors: [{ messageId: 'portOutOfRange', data: { name: 'default', port: 65536 } }] },
    { name: 'negative port', code: vm(spec(ports('{port: -1}'))), errors: [{ messageId: 'portOutOfRange' }] },
    { name: 'lower-case protocol (netiface_test)', code: vm(spec(ports('{port: 80, protocol: tcp}'))), errors: [{ messageId: 'portProtocol', data: { name: 'default', protocol: 'tcp' } }] },
    {
      name: 'portRanges without the gate, on any network (netiface_test)',
      code: vm(spec(ranges(['TCP', 1, 2]), MULTUS, 'bridge: {}')),
      errors: [{ messageId: 'portRangesGate', message: 'PortRangesSpec feature gate (Alpha, off by default)', ...at.vm(6, 7) }],
    },
    { name: 'empty portRanges without the gate', code: vm(spec('portRanges: []')), errors: [{ messageId: 'portRangesGate' }] },
    {
      name: 'ports and portRanges (netiface_test)',
      code: vm(spec(`${ranges(['TCP', 1, 2])}\n${ports('{port: 80}')}`)),
      settings: GATE,
      errors: [{ messageId: 'portRangesWithPorts', ...at.vm(6, 7) }],
    },
    { name: 'portRanges on a bridge interface (netiface_test)', code: vm(spec(ranges(['TCP', 1, 2]), 'pod: {}', 'bridge: {}')), settings: GATE, errors: [{ messageId: 'portRangesNotMasquerade' }] },
    {
      name: 'more than 10 ranges',
      code: vm(spec(ranges(...Array.from({ length: 11 }, (_, k) => ['TCP', k * 10 + 1, k * 10 + 5] as [string, number, number])))),
      settings: GATE,
      errors: [{ messageId: 'tooManyPortRanges', data: { name: 'default', count: 11 } }],
    },
    {
      name: 'unknown range protocol (netiface_test)',
      code: vm(spec(ranges(['SCTP', 0, 0]))),
      settings: GATE,
      errors: [{ messageId: 'rangeProtocol', data: { name: 'default', protocol: 'SCTP' }, ...at.vm(7, 19) }],
    },
    { name: 'start 0 (netiface_test)', code: vm(spec(ranges(['TCP', 0, 10]))), settings: GATE, errors: [{ messageId: 'rangeStart', data: { name: 'default', value: 0 } }] },
    { name: 'end 65536 (netiface_test)', code: vm(spec(ranges(['UDP', 10, 65536]))), settings: GATE, errors: [{ messageId: 'rangeEnd', data: { name: 'default', value: 65536 } }] },
    { name: 'start after end (netiface_test)', code: vm(spec(ranges(['TCP', 20, 10]))), settings: GATE, errors: [{ messageId: 'rangeOrder', data: { name: 'default', start: 20, end: 10 } }] },
    {
      name: 'overlapping ranges, inclusive (netiface_test)',
      code: vm(spec(ranges(['TCP', 2000, 3000], ['UDP', 1000, 2000], ['TCP', 1000, 2000]))),
      settings: GATE,
      errors: [{ messageId: 'rangesOverlap', data: { name: 'default', protocol: 'TCP', a: '1000-2000', b: '2000-3000' } }],
    },
  ],
});
