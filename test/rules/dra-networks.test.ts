import rule from '../../rules/dra-networks.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

const GATE = { featureGates: ['NetworkDevicesWithDRA'] };

/** Interfaces (flush left under `interfaces:`), networks (under `networks:`, which is spec line 8 + interface lines) and resourceClaims. */
function spec(interfaces: string, networks: string, claims = '- name: sriov\n  resourceClaimTemplateName: sriov-template'): string {
  const indent = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');
  return `domain:
  devices:
    interfaces:
${indent(interfaces)}
  resources:
    requests:
      memory: 1Gi
networks:
${networks}
resourceClaims:
${claims}
`;
}

const SRIOV = '- name: net1\n  sriov: {}';
const DRA = (name = 'net1', claim = 'sriov', request = 'vf') => `- name: ${name}\n  resourceClaim:\n    claimName: ${claim}\n    requestName: ${request}`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'DRA network with SR-IOV and the gate (dra_test)', code: vm(spec(SRIOV, DRA())), settings: GATE },
    { name: 'DRA network with a binding plugin', code: vm(spec('- name: net1\n  binding:\n    name: plugin', DRA())), settings: GATE },
    { name: 'two DRA networks with different requests', code: vmi(spec(`${SRIOV}\n- name: net2\n  sriov: {}`, `${DRA()}\n${DRA('net2', 'sriov', 'vf2')}`)), settings: GATE },
    { name: 'pod network with DRA networks', code: vm(spec(`${SRIOV}\n- name: default\n  masquerade: {}`, `${DRA()}\n- name: default\n  pod: {}`)), settings: GATE },
    { name: 'Template parameter claim names are not judged', code: template(spec(SRIOV, DRA('net1', '${CLAIM}'))), settings: GATE },
    { name: 'junk does not throw', code: vm(spec(SRIOV, '- 3\n- name: net1\n  resourceClaim: 5')), settings: GATE },
  ],
  invalid: [
    {
      name: 'DRA network without the gate (dra_test)',
      code: vm(spec(SRIOV, DRA())),
      errors: [{ messageId: 'gate', message: 'NetworkDevicesWithDRA feature gate (Alpha, off by default)', ...at.vm(11, 3), path: 'spec.template.spec.networks[0].resourceClaim' }],
    },
    {
      name: 'DRA and Multus networks (dra_test)',
      code: vm(spec(`${SRIOV}\n- name: net2\n  bridge: {}`, `${DRA()}\n- name: net2\n  multus:\n    networkName: br`)),
      settings: GATE,
      errors: [{ messageId: 'multusMix', data: { name: 'net2' } }],
    },
    {
      name: 'DRA network with a bridge interface (dra_test)',
      code: vmi(spec('- name: net1\n  bridge: {}', DRA())),
      settings: GATE,
      errors: [{ messageId: 'binding', data: { name: 'net1' }, ...at.vmi(4, 13) }],
    },
    { name: 'empty claimName (dra_test)', code: vm(spec(SRIOV, DRA('net1', "''"))), settings: GATE, errors: [{ messageId: 'claimNameRequired', data: { name: 'net1' }, ...at.vm(12, 16) }] },
    { name: 'missing requestName (dra_test)', code: vm(spec(SRIOV, '- name: net1\n  resourceClaim:\n    claimName: sriov')), settings: GATE, errors: [{ messageId: 'requestNameRequired' }] },
    { name: 'undeclared claim (dra_test)', code: vm(spec(SRIOV, DRA('net1', 'other'))), settings: GATE, errors: [{ messageId: 'claimNotDeclared', data: { name: 'net1', claim: 'other' } }] },
    {
      name: 'duplicate claim/request (dra_test)',
      code: vm(spec(`${SRIOV}\n- name: net2\n  sriov: {}`, `${DRA()}\n${DRA('net2')}`)),
      settings: GATE,
      errors: [{ messageId: 'duplicatePair', data: { name: 'net2', pair: 'sriov/vf', first: 0 } }],
    },
  ],
});
