import { defineRule } from '../src/engine/rule.js';
import { asArray, has, isRecord, isSet } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'access-credentials',
    type: 'problem',
    description: 'Each access credential needs one type, a secret source and one propagation method, and cloud-init propagation needs a matching cloud-init volume',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'ac-single-type',
      'ac-ssh-single-source',
      'ac-ssh-single-propagation',
      'ac-ssh-nocloud-needs-volume',
      'ac-ssh-configdrive-needs-volume',
      'ac-ssh-qga-users-required',
      'ac-password-single-source',
      'ac-password-single-propagation',
    ],
    messages: {
      noType: 'accessCredentials[{{index}}] sets no credential type. Add `sshPublicKey` or `userPassword` (one per entry).',
      bothTypes: 'accessCredentials[{{index}}] sets both sshPublicKey and userPassword, but an entry can have only one. Split it into two entries.',
      noSecret: 'accessCredentials[{{index}}].{{type}} has no source secret. Set `source: {secret: {secretName: ...}}`.',
      noMethod: 'accessCredentials[{{index}}].sshPublicKey has no propagation method. Set exactly one of noCloud, configDrive or qemuGuestAgent under propagationMethod.',
      manyMethods: 'accessCredentials[{{index}}].sshPublicKey sets {{methods}} as propagation methods, but only one is allowed. Keep one of them.',
      passwordMethod: 'accessCredentials[{{index}}].userPassword has no propagation method. Set `propagationMethod: {qemuGuestAgent: {}}` (the only one for passwords).',
      noCloudVolume:
        'accessCredentials[{{index}}] propagates SSH keys with noCloud, but the VM has no cloudInitNoCloud volume to carry them. Add a cloudInitNoCloud volume (with its disk), or use configDrive or qemuGuestAgent.',
      configDriveVolume:
        'accessCredentials[{{index}}] propagates SSH keys with configDrive, but the VM has no cloudInitConfigDrive volume to carry them. Add a cloudInitConfigDrive volume (with its disk), or use noCloud or qemuGuestAgent.',
      noUsers: 'accessCredentials[{{index}}] propagates SSH keys with the guest agent but lists no users. Add at least one user under qemuGuestAgent.users.',
    },
  },
  check(ctx) {
    const credentials = asArray(ctx.spec['accessCredentials']);
    if (credentials.length === 0) return;
    const volumes = asArray(ctx.spec['volumes']);
    const hasNoCloud = volumes.some((v) => has(v, 'cloudInitNoCloud'));
    const hasConfigDrive = volumes.some((v) => has(v, 'cloudInitConfigDrive'));
    credentials.forEach((credential, index) => {
      if (!isRecord(credential)) return;
      const at = ['accessCredentials', index];
      const ssh = credential['sshPublicKey'];
      const password = credential['userPassword'];
      if (!isSet(ssh) && !isSet(password)) {
        ctx.report({ path: at, messageId: 'noType', data: { index } });
        return;
      }
      if (isSet(ssh) && isSet(password)) ctx.report({ path: [...at, 'userPassword'], target: 'key', messageId: 'bothTypes', data: { index } });

      if (isRecord(ssh)) {
        const sshAt = [...at, 'sshPublicKey'];
        // A missing source or propagationMethod is the schema check's (both are required there).
        const source = ssh['source'];
        if (isRecord(source) && !isSet(source['secret'])) ctx.report({ path: [...sshAt, 'source'], target: 'key', messageId: 'noSecret', data: { index, type: 'sshPublicKey' } });
        const method = ssh['propagationMethod'];
        if (isRecord(method)) {
          const methodAt = [...sshAt, 'propagationMethod'];
          const methods = (['noCloud', 'configDrive', 'qemuGuestAgent'] as const).filter((m) => isSet(method[m]));
          if (methods.includes('noCloud') && !hasNoCloud) ctx.report({ path: [...methodAt, 'noCloud'], target: 'key', messageId: 'noCloudVolume', data: { index } });
          if (methods.includes('configDrive') && !hasConfigDrive) ctx.report({ path: [...methodAt, 'configDrive'], target: 'key', messageId: 'configDriveVolume', data: { index } });
          const users = isRecord(method['qemuGuestAgent']) ? method['qemuGuestAgent']['users'] : undefined;
          if (Array.isArray(users) && users.length === 0) ctx.report({ path: [...methodAt, 'qemuGuestAgent', 'users'], messageId: 'noUsers', data: { index } });
          if (methods.length === 0) ctx.report({ path: methodAt, target: 'key', messageId: 'noMethod', data: { index } });
          else if (methods.length > 1) ctx.report({ path: [...methodAt, methods[1]!], target: 'key', messageId: 'manyMethods', data: { index, methods: methods.join(' and ') } });
        }
      }
      if (isRecord(password)) {
        const passwordAt = [...at, 'userPassword'];
        const source = password['source'];
        if (isRecord(source) && !isSet(source['secret'])) ctx.report({ path: [...passwordAt, 'source'], target: 'key', messageId: 'noSecret', data: { index, type: 'userPassword' } });
        const method = password['propagationMethod'];
        if (isRecord(method) && !isSet(method['qemuGuestAgent'])) ctx.report({ path: [...passwordAt, 'propagationMethod'], target: 'key', messageId: 'passwordMethod', data: { index } });
      }
    });
  },
});
