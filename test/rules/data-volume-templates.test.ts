import rule from '../../rules/data-volume-templates.js';
import { ruleTester } from '../helpers/rule-tester.js';

/**
 * A VirtualMachine in namespace `vms` with the given dataVolumeTemplates (flush left, list items) and a
 * template whose volumes are the given list. dataVolumeTemplates line 1 is on line 9, column 3.
 */
function vmWithTemplates(templates: string, volumes = '- name: rootdisk\n  dataVolume:\n    name: rootdisk', namespace = 'vms'): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: testvm
${namespace === '' ? '' : `  namespace: ${namespace}\n`}spec:
  runStrategy: Always
  dataVolumeTemplates:
${templates.replace(/^/gm, '  ')}
  template:
    spec:
      domain:
        devices: {}
        resources:
          requests:
            memory: 1Gi
      volumes:
${volumes.replace(/^/gm, '      ')}
`;
}

const STORAGE = 'storage:\n      resources:\n        requests:\n          storage: 10Gi';
const GOOD = `- metadata:\n    name: rootdisk\n  spec:\n    ${STORAGE}\n    sourceRef:\n      kind: DataSource\n      name: fedora`;

function dvt(spec: string, name = 'rootdisk'): string {
  return `- metadata:\n    name: ${name}\n  spec:\n${spec.replace(/^/gm, '    ')}`;
}

ruleTester.run(rule, {
  valid: [
    { name: 'sourceRef + storage, used as a dataVolume', code: vmWithTemplates(GOOD) },
    {
      name: 'source http + pvc, used as a persistentVolumeClaim',
      code: vmWithTemplates(dvt('pvc:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\nsource:\n  http:\n    url: https://example.com/disk.img'), '- name: rootdisk\n  persistentVolumeClaim:\n    claimName: rootdisk'),
    },
    { name: 'externally populated', code: vmWithTemplates(dvt('storage:\n  dataSourceRef:\n    kind: VolumeImportSource\n    name: src')) },
    { name: 'blank source', code: vmWithTemplates(dvt('storage: {}\nsource:\n  blank: {}')) },
    { name: 'null source kinds do not count', code: vmWithTemplates(dvt('storage: {}\nsource:\n  blank: {}\n  http: null')) },
    { name: 'same namespace as the VM', code: vmWithTemplates(GOOD.replace('name: rootdisk', 'name: rootdisk\n    namespace: vms')) },
    { name: 'VM without a namespace: decided at apply time', code: vmWithTemplates(GOOD.replace('name: rootdisk', 'name: rootdisk\n    namespace: other'), undefined, '') },
    { name: 'no templates', code: vmWithTemplates('[]').replace('  dataVolumeTemplates:\n  []\n', '') },
  ],
  invalid: [
    {
      name: 'template without a name',
      code: vmWithTemplates(`- metadata: {}\n  spec:\n    ${STORAGE}\n    sourceRef:\n      kind: DataSource\n      name: fedora`),
      errors: [{ messageId: 'nameMissing', line: 9, column: 5, path: 'spec.dataVolumeTemplates[0].metadata' }],
    },
    { name: 'neither pvc nor storage', code: vmWithTemplates(dvt('sourceRef:\n  kind: DataSource\n  name: fedora')), errors: [{ messageId: 'pvcOrStorageMissing', line: 11, column: 5 }] },
    {
      name: 'both pvc and storage',
      code: vmWithTemplates(dvt('pvc: {}\nstorage: {}\nsource:\n  blank: {}')),
      errors: [{ messageId: 'pvcAndStorage', line: 12, column: 7, path: 'spec.dataVolumeTemplates[0].spec.pvc' }],
    },
    {
      name: 'external population and a source',
      code: vmWithTemplates(dvt('storage:\n  dataSource:\n    kind: VolumeSnapshot\n    name: snap\nsource:\n  blank: {}')),
      errors: [{ messageId: 'externalPopulationWithSource', data: { name: 'rootdisk', populator: 'spec.storage.dataSource', source: 'spec.source' } }],
    },
    { name: 'no source at all', code: vmWithTemplates(dvt('storage: {}')), errors: [{ messageId: 'sourceMissing' }] },
    { name: 'empty source', code: vmWithTemplates(dvt('storage: {}\nsource: {}')), errors: [{ messageId: 'sourceEmpty', path: 'spec.dataVolumeTemplates[0].spec.source' }] },
    {
      name: 'two sources',
      code: vmWithTemplates(dvt('storage: {}\nsource:\n  blank: {}\n  registry:\n    url: docker://quay.io/containerdisks/fedora:41')),
      errors: [{ messageId: 'multipleSources', data: { name: 'rootdisk', count: 2, found: 'registry, blank' }, path: 'spec.dataVolumeTemplates[0].spec.source.blank' }],
    },
    {
      name: 'not referenced by any volume (only the first problem of an invalid template counts)',
      code: vmWithTemplates(`${GOOD}\n${dvt('storage: {}', 'broken')}`, '- name: other\n  dataVolume:\n    name: other'),
      errors: [
        { messageId: 'notReferenced', data: { name: 'rootdisk' }, line: 10, column: 13, path: 'spec.dataVolumeTemplates[0].metadata.name' },
        { messageId: 'sourceMissing' },
      ],
    },
    {
      name: 'namespace differs from the VM',
      code: vmWithTemplates(GOOD.replace('name: rootdisk', 'name: rootdisk\n    namespace: other')),
      errors: [{ messageId: 'namespaceDiffers', data: { name: 'rootdisk', namespace: 'other', vmNamespace: 'vms' }, line: 11, column: 18 }],
    },
    {
      name: 'a pool template is validated the same way',
      code: `apiVersion: pool.kubevirt.io/v1beta1
kind: VirtualMachinePool
metadata:
  name: testpool
spec:
  selector:
    matchLabels:
      app: testpool
  virtualMachineTemplate:
    metadata:
      labels:
        app: testpool
    spec:
      runStrategy: Always
      dataVolumeTemplates:
      - metadata:
          name: rootdisk
        spec:
          storage: {}
      template:
        spec:
          domain:
            devices: {}
`,
      errors: [{ messageId: 'sourceMissing', path: 'spec.virtualMachineTemplate.spec.dataVolumeTemplates[0].spec' }],
    },
  ],
});
