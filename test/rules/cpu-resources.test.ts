import rule from '../../rules/cpu-resources.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** Line 1 domain, 2 devices, 3 resources, then the resource lines; `cpu` lines (under domain.cpu) follow. */
function spec(resources: string, cpu = ''): string {
  let out = `domain:\n  devices: {}\n  resources:\n${resources.replace(/^/gm, '    ')}\n`;
  if (cpu !== '') out += `  cpu:\n${cpu.replace(/^/gm, '    ')}\n`;
  return out;
}
const MEM = 'requests:\n  memory: 1Gi';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'request equal to limit (500m = 0.5)', code: vmi(spec('requests:\n  memory: 1Gi\n  cpu: 500m\nlimits:\n  cpu: "0.5"')) },
    { name: 'a limit of 0 is no limit', code: vm(spec('requests:\n  memory: 1Gi\n  cpu: "4"\nlimits:\n  cpu: "0"')) },
    { name: 'known feature policies', code: vm(spec(MEM, 'features:\n- name: vmx\n  policy: require\n- name: pcid\n- name: ssbd\n  policy: forbid')) },
    { name: 'sockets equal to maxSockets', code: vm(spec(MEM, 'sockets: 4\nmaxSockets: 4')) },
    { name: 'defaulted sockets from a CPU limit within maxSockets', code: vm(spec('requests:\n  memory: 1Gi\nlimits:\n  cpu: "2"', 'maxSockets: 4')) },
    { name: 'host-passthrough on arm64', code: vmi(spec(MEM, 'model: host-passthrough')), settings: { arch: 'arm64' } },
    { name: 'any model on amd64', code: vmi(spec(MEM, 'model: Haswell-noTSX')) },
    { name: 'arm64 model rule follows spec.architecture', code: vmi(`architecture: amd64\n${spec(MEM, 'model: Haswell-noTSX')}`), settings: { arch: 'arm64' } },
    { name: 'Template parameters are not judged', code: template(spec('requests:\n  memory: 1Gi\n  cpu: ${CPU}\nlimits:\n  cpu: "1"')) },
  ],
  invalid: [
    {
      name: 'negative CPU request',
      code: vmi(spec('requests:\n  memory: 1Gi\n  cpu: -1')),
      errors: [{ messageId: 'requestNegative', data: { value: '-1' }, ...at.vmi(6, 12), path: 'spec.domain.resources.requests.cpu' }],
    },
    { name: 'negative CPU limit', code: vm(spec('requests:\n  memory: 1Gi\nlimits:\n  cpu: -500m')), errors: [{ messageId: 'limitNegative', data: { value: '-500m' } }] },
    {
      name: 'request above limit by a millicore',
      code: vm(spec('requests:\n  memory: 1Gi\n  cpu: 1001m\nlimits:\n  cpu: "1"')),
      errors: [{ messageId: 'requestAboveLimit', data: { request: '1001m', limit: '1' }, path: 'spec.template.spec.domain.resources.requests.cpu' }],
    },
    {
      name: 'unknown feature policy',
      code: vmi(spec(MEM, 'features:\n- name: vmx\n  policy: required')),
      errors: [{ messageId: 'featurePolicy', data: { name: "'vmx'", policy: "'required'" }, ...at.vmi(9, 15), path: 'spec.domain.cpu.features[0].policy' }],
    },
    { name: 'sockets above maxSockets', code: vm(spec(MEM, 'sockets: 8\nmaxSockets: 4')), errors: [{ messageId: 'socketsAboveMax', path: 'spec.template.spec.domain.cpu.sockets' }] },
    {
      name: 'sockets derived from the CPU limit exceed maxSockets',
      code: vmi(spec('requests:\n  memory: 1Gi\nlimits:\n  cpu: "8"', 'maxSockets: 4')),
      errors: [{ messageId: 'socketsAboveMax', path: 'spec.domain.cpu.maxSockets' }],
    },
    { name: 'other CPU model on arm64', code: vmi(spec(MEM, 'model: cortex-a57')), settings: { arch: 'arm64' }, errors: [{ messageId: 'arm64CpuModel', data: { model: "'cortex-a57'" } }] },
    { name: 'arm64 by spec.architecture (VM)', code: vm(`architecture: arm64\n${spec(MEM, 'model: host-model')}`), errors: [{ messageId: 'arm64CpuModel' }] },
  ],
});
