import rule from '../../rules/access-credentials.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, vm, vmi, vmirs } from './_manifests.js';
import { CONTAINER_VOLUME, storageSpec } from './_storage.js';

const NOCLOUD = '- name: cloudinitdisk\n  cloudInitNoCloud:\n    userData: "#cloud-config"';
const CONFIGDRIVE = '- name: cloudinitdisk\n  cloudInitConfigDrive:\n    userData: "#cloud-config"';
/** Volumes (lines 7-12 with a cloud-init volume), then accessCredentials (line 13 on with NOCLOUD/CONFIGDRIVE). */
const spec = (credentials: string, cloudInit = NOCLOUD) => storageSpec({ volumes: `${CONTAINER_VOLUME}\n${cloudInit}`, extra: `accessCredentials:\n${credentials}` });
const SECRET = 'source:\n  secret:\n    secretName: my-keys';
const ssh = (method: string, source = SECRET) => `- sshPublicKey:\n${source.replace(/^/gm, '    ')}\n    propagationMethod:\n${method.replace(/^/gm, '      ')}`;
const password = (method: string, source = SECRET) => `- userPassword:\n${source.replace(/^/gm, '    ')}\n    propagationMethod:\n${method.replace(/^/gm, '      ')}`;

ruleTester.run(rule, {
  valid: [
    { name: 'ssh via noCloud', code: vm(spec(ssh('noCloud: {}'))) },
    { name: 'ssh via configDrive', code: vmi(spec(ssh('configDrive: {}'), CONFIGDRIVE)) },
    { name: 'ssh via the guest agent', code: vm(spec(ssh('qemuGuestAgent:\n  users:\n  - fedora'))) },
    { name: 'password via the guest agent', code: vm(spec(password('qemuGuestAgent: {}'))) },
    { name: 'missing source/propagationMethod: the schema check reports them', code: vm(spec('- sshPublicKey: {}')) },
  ],
  invalid: [
    { name: 'no type', code: vm(spec('- {}')), errors: [{ messageId: 'noType', data: { index: 0 }, ...at.vm(14, 3) }] },
    { name: 'both types', code: vmi(spec(`${ssh('noCloud: {}')}\n  userPassword:\n    source:\n      secret:\n        secretName: pw\n    propagationMethod:\n      qemuGuestAgent: {}`)), errors: [{ messageId: 'bothTypes' }] },
    { name: 'ssh without secret', code: vm(spec(ssh('noCloud: {}', 'source: {}'))), errors: [{ messageId: 'noSecret', data: { index: 0, type: 'sshPublicKey' }, ...at.vm(15, 5) }] },
    { name: 'ssh without method', code: vm(spec(ssh('{}').replace('propagationMethod:\n      {}', 'propagationMethod: {}'))), errors: [{ messageId: 'noMethod' }] },
    { name: 'ssh with two methods', code: vm(spec(ssh('noCloud: {}\nqemuGuestAgent:\n  users: [fedora]'))), errors: [{ messageId: 'manyMethods', data: { index: 0, methods: 'noCloud and qemuGuestAgent' } }] },
    { name: 'noCloud without a noCloud volume', code: vm(spec(ssh('noCloud: {}'), CONFIGDRIVE)), errors: [{ messageId: 'noCloudVolume' }] },
    { name: 'configDrive without a configDrive volume', code: vmirs(spec(ssh('configDrive: {}'))), errors: [{ messageId: 'configDriveVolume' }] },
    { name: 'guest agent without users', code: vm(spec(ssh('qemuGuestAgent:\n  users: []'))), errors: [{ messageId: 'noUsers' }] },
    { name: 'password without secret', code: vm(spec(password('qemuGuestAgent: {}', 'source: {}'))), errors: [{ messageId: 'noSecret', data: { index: 0, type: 'userPassword' } }] },
    { name: 'password without method', code: vmi(spec(password('{}').replace('propagationMethod:\n      {}', 'propagationMethod: {}'))), errors: [{ messageId: 'passwordMethod' }] },
  ],
});
