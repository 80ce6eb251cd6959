import rule from '../../rules/dra-devices.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** GPUs (`gpus:` on spec line 3, entries from line 4) and host devices, then resourceClaims. */
function spec(gpus: string, hostDevices = '', claims = '- name: gpu\n  resourceClaimTemplateName: gpu-template', networks = ''): string {
  const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');
  return `domain:
  devices:
    gpus:
${indent(gpus)}
${hostDevices === '' ? '' : `    hostDevices:\n${indent(hostDevices)}\n`}  resources:
    requests:
      memory: 1Gi
resourceClaims:
${claims}
${networks}`;
}

const DRA_GPU = (name = 'gpu1', claim = 'gpu', request = 'g') => `- name: ${name}\n  claimName: ${claim}\n  requestName: ${request}`;
const PLUGIN_GPU = '- name: gpu0\n  deviceName: nvidia.com/A100';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'DRA GPU (dra_admitter_test)', code: vm(spec(DRA_GPU())) },
    { name: 'device-plugin GPU (dra_admitter_test)', code: vm(spec(PLUGIN_GPU)) },
    { name: 'two DRA GPUs with different requests', code: vmi(spec(`${DRA_GPU()}\n${DRA_GPU('gpu2', 'gpu', 'g2')}`)) },
    { name: 'host devices may mix DRA and device plugins', code: vm(spec(DRA_GPU(), `- name: hd0\n  deviceName: vendor.com/nic\n${DRA_GPU('hd1', 'gpu', 'h')}`)) },
    {
      name: 'a network pair equal to a GPU pair is not compared when NetworkDevicesWithDRA is off',
      code: vm(spec(DRA_GPU(), '', undefined, 'networks:\n- name: net1\n  resourceClaim:\n    claimName: gpu\n    requestName: g\n')),
    },
    { name: 'Template parameter claims are not judged', code: template(spec(DRA_GPU('gpu1', '${CLAIM}'))) },
    { name: 'junk does not throw', code: vm(spec('- 3\n- name: x\n  deviceName: 5')) },
  ],
  invalid: [
    {
      name: 'GPUs mixing DRA and device plugins (dra_admitter_test)',
      code: vm(spec(`${PLUGIN_GPU}\n${DRA_GPU()}`)),
      errors: [{ messageId: 'gpuMix', ...at.vm(3, 5), path: 'spec.template.spec.domain.devices.gpus' }],
    },
    {
      name: 'neither deviceName nor claim (vmi-create-admitter_test)',
      code: vmi(spec('- name: gpu0')),
      errors: [{ messageId: 'nameOrClaimRequired', data: { Kind: 'GPU', name: 'gpu0' }, ...at.vmi(4, 7) }],
    },
    {
      name: 'deviceName and claim (vmi-create-admitter_test)',
      code: vm(spec(`${PLUGIN_GPU}\n  claimName: gpu\n  requestName: g`)),
      errors: [{ messageId: 'nameAndClaim', data: { Kind: 'GPU', name: 'gpu0' }, ...at.vm(6, 7) }],
    },
    {
      name: 'DRA GPU with GPUsWithDRA disabled (vmi-create-admitter_test)',
      code: vm(spec(DRA_GPU())),
      settings: { disabledFeatureGates: ['GPUsWithDRA'] },
      errors: [{ messageId: 'gate', message: 'GPUsWithDRA feature gate (Beta, on by default) is disabled' }],
    },
    {
      name: 'DRA host device with HostDevicesWithDRA disabled (dra_admitter_test)',
      code: vm(spec(PLUGIN_GPU, DRA_GPU('hd1'))),
      settings: { disabledFeatureGates: ['HostDevicesWithDRA'] },
      errors: [{ messageId: 'gate', message: 'Host device' }],
    },
    { name: 'missing claimName (dra_admitter_test)', code: vm(spec('- name: gpu1\n  requestName: g')), errors: [{ messageId: 'claimNameRequired', data: { kind: 'GPU', name: 'gpu1' } }] },
    { name: 'empty requestName (dra_admitter_test)', code: vm(spec("- name: gpu1\n  claimName: gpu\n  requestName: ''")), errors: [{ messageId: 'requestNameRequired', data: { kind: 'GPU', name: 'gpu1' } }] },
    {
      name: 'duplicate pair in one list (dra_admitter_test)',
      code: vm(spec(`${DRA_GPU()}\n${DRA_GPU('gpu2')}`)),
      errors: [{ messageId: 'duplicatePair', data: { Kind: 'GPU', name: 'gpu2', pair: 'gpu/g', list: 'gpus', first: 0 } }],
    },
    {
      name: 'same pair in GPUs and host devices (dra_admitter_test)',
      code: vm(spec(DRA_GPU(), DRA_GPU('hd1'))),
      errors: [{ messageId: 'crossListPair', data: { Kind: 'Host device', name: 'hd1', pair: 'gpu/g', owner: 'GPUs', first: 0 } }],
    },
    {
      name: 'same pair in GPUs and a DRA network (vmi-create-admitter_test)',
      code: vm(spec(DRA_GPU(), '', undefined, 'networks:\n- name: net1\n  resourceClaim:\n    claimName: gpu\n    requestName: g\n')),
      settings: { featureGates: ['NetworkDevicesWithDRA'] },
      errors: [{ messageId: 'crossListPair', data: { Kind: 'Network', name: 'net1', pair: 'gpu/g', owner: 'GPUs', first: 0 } }],
    },
    {
      name: 'claim not declared in resourceClaims (vmi-create-admitter_test)',
      code: vm(spec(DRA_GPU('gpu1', 'other'))),
      errors: [{ messageId: 'claimNotDeclared', data: { Kind: 'GPU', name: 'gpu1', claim: 'other' }, ...at.vm(5, 18) }],
    },
  ],
});
