import rule from '../../rules/cloud-init.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi, vmirs } from './_manifests.js';
import { storageSpec } from './_storage.js';

/** A cloudinitdisk volume (line 7) with the given source (line 8) and fields (line 9 on). */
const cloud = (fields: string, source = 'cloudInitNoCloud') =>
  storageSpec({ volumes: `- name: cloudinitdisk\n  ${source}:${fields === '{}' ? ' {}' : `\n${fields.replace(/^/gm, '    ')}`}` });
const b64 = (bytes: number) => Buffer.from('a'.repeat(bytes)).toString('base64');

ruleTester.run(rule, {
  valid: [
    { name: 'userData', code: vm(cloud('userData: |\n  #cloud-config\n  password: fedora')) },
    { name: 'networkData only', code: vmi(cloud('networkData: " "')) },
    { name: 'secretRef (the user data secret)', code: vm(cloud('secretRef:\n  name: my-user-data')) },
    { name: 'networkDataSecretRef only, configDrive', code: vm(cloud('networkDataSecretRef:\n  name: net', 'cloudInitConfigDrive')) },
    { name: 'userData of exactly 2048 bytes', code: vm(cloud(`userData: ${'a'.repeat(2048)}`)) },
    { name: 'userDataBase64 of exactly 2048 bytes decoded', code: vm(cloud(`userDataBase64: ${b64(2048)}`)) },
    { name: 'base64 split over lines (Go ignores newlines)', code: vm(cloud(`userDataBase64: |\n  ${b64(60).slice(0, 40)}\n  ${b64(60).slice(40)}`)) },
    { name: 'both user and network data', code: vmirs(cloud('userData: x\nnetworkDataBase64: eA==')) },
    { name: 'an empty secretRef name does not count, but userData does', code: vm(cloud('secretRef:\n  name: ""\nuserData: x')) },
    { name: 'Template parameter in base64', code: template(cloud('userDataBase64: ${USER_DATA}')) },
  ],
  invalid: [
    { name: 'no data', code: vm(cloud('{}')), errors: [{ messageId: 'noData', data: { name: 'cloudinitdisk', source: 'cloudInitNoCloud' }, ...at.vm(8, 3) }] },
    { name: 'only an empty secretRef', code: vmi(cloud('secretRef:\n  name: ""', 'cloudInitConfigDrive')), errors: [{ messageId: 'noData', data: { name: 'cloudinitdisk', source: 'cloudInitConfigDrive' } }] },
    {
      name: 'userData and userDataBase64',
      code: vm(cloud('userData: x\nuserDataBase64: eA==')),
      errors: [{ messageId: 'manyUserData', data: { name: 'cloudinitdisk', source: 'cloudInitNoCloud', fields: '`userDataBase64` and `userData`' }, ...at.vm(9, 5) }],
    },
    { name: 'secretRef and userData', code: vm(cloud('secretRef:\n  name: s\nuserData: x')), errors: [{ messageId: 'manyUserData' }] },
    { name: 'networkData and networkDataSecretRef', code: vm(cloud('networkData: x\nnetworkDataSecretRef:\n  name: net')), errors: [{ messageId: 'manyNetworkData' }] },
    { name: 'bad userDataBase64', code: vm(cloud('userDataBase64: not base64!')), errors: [{ messageId: 'badBase64', data: { name: 'cloudinitdisk', field: 'userDataBase64', plain: 'userData' }, ...at.vm(9, 21) }] },
    { name: 'base64 without padding', code: vmi(cloud('networkDataBase64: eA')), errors: [{ messageId: 'badBase64', data: { name: 'cloudinitdisk', field: 'networkDataBase64', plain: 'networkData' } }] },
    { name: 'userData over 2048 bytes', code: vm(cloud(`userData: ${'a'.repeat(2049)}`)), errors: [{ messageId: 'tooLarge', data: { name: 'cloudinitdisk', size: 2049, what: 'user', ref: 'secretRef' } }] },
    { name: 'multi-byte userData over 2048 bytes', code: vm(cloud(`userData: ${'é'.repeat(1025)}`)), errors: [{ messageId: 'tooLarge', data: { name: 'cloudinitdisk', size: 2050, what: 'user', ref: 'secretRef' } }] },
    { name: 'decoded userDataBase64 over 2048 bytes', code: vm(cloud(`userDataBase64: ${b64(2049)}`)), errors: [{ messageId: 'tooLarge' }] },
    { name: 'networkData over 2048 bytes', code: vm(cloud(`networkData: ${'a'.repeat(3000)}`, 'cloudInitConfigDrive')), errors: [{ messageId: 'tooLarge', data: { name: 'cloudinitdisk', size: 3000, what: 'network', ref: 'networkDataSecretRef' } }] },
  ],
});
