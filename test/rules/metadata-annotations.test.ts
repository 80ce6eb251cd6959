import rule from '../../rules/metadata-annotations.js';
import { ruleTester } from '../helpers/rule-tester.js';

const SPEC = `    domain:
      devices: {}
      resources:
        requests:
          memory: 1Gi`;

function vmi(metadata: string): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: testvmi
${metadata.replace(/^/gm, '  ')}
spec:
  domain:
    devices: {}
    resources:
      requests:
        memory: 1Gi
`;
}

function holder(kind: string, metadata: string): string {
  const head = kind === 'VirtualMachine' ? 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: testvm\nspec:\n  runStrategy: Always\n' : 'apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstanceReplicaSet\nmetadata:\n  name: testrs\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: x\n';
  return `${head}  template:\n    metadata:\n${metadata.replace(/^/gm, '      ')}\n    spec:\n${SPEC}\n`;
}

const IGNITION = 'annotations:\n  kubevirt.io/ignitiondata: \'{"ignition":{"version":"3.2.0"}}\'';
const SIDECAR = 'annotations:\n  hooks.kubevirt.io/hookSidecars: \'[{"image": "quay.io/kubevirt/sidecar-shim"}]\'';

ruleTester.run(rule, {
  valid: [
    { name: 'ordinary kubevirt.io labels', code: vmi('labels:\n  kubevirt.io/domain: testvmi\n  kubevirt.io/size: small') },
    { name: 'ignition with its gate', code: vmi(IGNITION), settings: { featureGates: ['ExperimentalIgnitionSupport'] } },
    { name: 'sidecars with their gate', code: holder('VirtualMachine', SIDECAR), settings: { featureGates: ['Sidecar'] } },
    { name: 'an empty ignition annotation', code: vmi("annotations:\n  kubevirt.io/ignitiondata: ''") },
    { name: 'reserved labels on a VMIRS template (its VMIs are created by KubeVirt)', code: holder('VirtualMachineInstanceReplicaSet', 'labels:\n  app: x\n  kubevirt.io/nodeName: node01') },
  ],
  invalid: [
    {
      name: 'a reserved label on a VMI',
      code: vmi('labels:\n  kubevirt.io/nodeName: node01'),
      errors: [{ messageId: 'reservedLabel', data: { label: 'kubevirt.io/nodeName' }, line: 6, column: 5, path: 'metadata.labels["kubevirt.io/nodeName"]' }],
    },
    { name: 'a reserved label on a VM template', code: holder('VirtualMachine', 'labels:\n  kubevirt.io/created-by: me'), errors: [{ messageId: 'reservedLabel', data: { label: 'kubevirt.io/created-by' } }] },
    { name: 'ignition without its gate', code: vmi(IGNITION), errors: [{ messageId: 'gatedAnnotation', message: 'ExperimentalIgnitionSupport feature gate (Alpha', line: 6, column: 5 }] },
    { name: 'sidecars without their gate on a VMIRS template', code: holder('VirtualMachineInstanceReplicaSet', SIDECAR), errors: [{ messageId: 'gatedAnnotation', message: 'Sidecar feature gate (Alpha' }] },
  ],
});
