import rule from '../../rules/volume-sources.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi, vmirs } from './_manifests.js';
import { storageSpec } from './_storage.js';

/** Volumes only (line 5 is `volumes:`, the first volume on line 6); KubeVirt adds their disks. */
const volumes = (list: string, extra?: string) => storageSpec({ volumes: list, extra });

ruleTester.run(rule, {
  valid: [
    {
      name: 'one source each, of every kind',
      code: vm(
        volumes(
          [
            '- name: a\n  persistentVolumeClaim:\n    claimName: a',
            '- name: b\n  dataVolume:\n    name: b',
            '- name: c\n  cloudInitNoCloud:\n    userData: "#cloud-config"',
            '- name: d\n  configMap:\n    name: d',
            '- name: e\n  secret:\n    secretName: e',
            '- name: f\n  serviceAccount:\n    serviceAccountName: default',
            '- name: g\n  emptyDisk:\n    capacity: 1Gi',
            '- name: h\n  memoryDump:\n    claimName: h',
            '- name: i\n  downwardAPI:\n    fields: []',
            '- name: j\n  sysprep:\n    configMap:\n      name: j',
          ].join('\n'),
        ),
      ),
    },
    { name: 'a null second source does not count', code: vmi(volumes('- name: a\n  containerDisk:\n    image: x\n  emptyDisk: null')) },
    { name: 'utilityVolumes: null', code: vm(volumes('- name: a\n  containerDisk:\n    image: x', 'utilityVolumes: null')) },
    { name: 'Template parameter names', code: template(volumes('- name: a\n  configMap:\n    name: ${CM}')) },
    { name: 'a misspelt source is the schema check’s', code: vm(volumes('- name: a\n  pvc:\n    claimName: a')) },
    { name: 'junk does not throw', code: vm(volumes('- 3\n- name: a\n  configMap: 4\n  secret: []')) },
  ],
  invalid: [
    { name: 'no source', code: vm(volumes('- name: rootdisk')), errors: [{ messageId: 'noSource', data: { name: 'rootdisk' }, ...at.vm(7, 3) }] },
    {
      name: 'two sources',
      code: vmi(volumes('- name: rootdisk\n  containerDisk:\n    image: x\n  persistentVolumeClaim:\n    claimName: root')),
      errors: [{ messageId: 'manySources', data: { name: 'rootdisk', sources: '`containerDisk` and `persistentVolumeClaim`' }, ...at.vmi(10, 3) }],
    },
    { name: 'dataVolume with empty name', code: vm(volumes('- name: a\n  dataVolume:\n    name: ""')), errors: [{ messageId: 'dataVolumeName', ...at.vm(9, 11) }] },
    { name: 'configMap without name', code: vmirs(volumes('- name: a\n  configMap: {}')), errors: [{ messageId: 'configMapName', ...at.vmirs(8, 3) }] },
    { name: 'configMap with empty name', code: vm(volumes('- name: a\n  configMap:\n    name: ""')), errors: [{ messageId: 'configMapName' }] },
    { name: 'secret without secretName', code: vm(volumes('- name: a\n  secret:\n    optional: true')), errors: [{ messageId: 'secretName' }] },
    { name: 'serviceAccount without name', code: vmi(volumes('- name: a\n  serviceAccount: {}')), errors: [{ messageId: 'serviceAccountName' }] },
    {
      name: 'two serviceAccount volumes',
      code: vm(volumes('- name: a\n  serviceAccount:\n    serviceAccountName: a\n- name: b\n  serviceAccount:\n    serviceAccountName: b')),
      errors: [{ messageId: 'duplicateServiceAccount', data: { name: 'b', first: 0 } }],
    },
    {
      name: 'two memoryDump volumes',
      code: vm(volumes('- name: a\n  memoryDump:\n    claimName: a\n- name: b\n  memoryDump:\n    claimName: b')),
      errors: [{ messageId: 'duplicateMemoryDump', data: { name: 'b', first: 0 } }],
    },
    { name: 'utilityVolumes at creation (even empty)', code: vm(volumes('- name: a\n  containerDisk:\n    image: x', 'utilityVolumes: []')), errors: [{ messageId: 'utilityVolumes', ...at.vm(10, 1) }] },
  ],
});
