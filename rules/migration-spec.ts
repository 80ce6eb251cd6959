import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { asString, dig, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'migration-spec',
    type: 'problem',
    description: 'A VirtualMachineInstanceMigration needs vmiName, may not set priority, and sendTo/receive need the DecentralizedLiveMigration gate and one migrationID',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachineInstanceMigration'],
    catalog: ['migration-vmi-name-required', 'migration-priority-controller-only', 'migration-decentralized-gate', 'migration-id-match'],
    messages: {
      vmiNameMissing: 'spec.vmiName is missing: name the VirtualMachineInstance to migrate (the VM of the same name).',
      priority:
        'spec.priority is reserved for KubeVirt: only virt-controller may set it (it queues the migrations it creates itself), so KubeVirt rejects this migration. Remove priority.',
      decentralizedGate:
        '{{field}} makes this a decentralized (cross-cluster) live migration, which needs the DecentralizedLiveMigration feature gate: {{hint}}.',
      idMismatch:
        "spec.sendTo.migrationID '{{sendTo}}' does not match spec.receive.migrationID '{{receive}}': both sides of a decentralized migration use the same id. Make them equal.",
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (!isRecord(spec)) return; // the schema rule reports a missing spec
    const vmiName = spec['vmiName'];
    if (!isSet(vmiName) || vmiName === '') ctx.report({ path: isSet(vmiName) ? ['spec', 'vmiName'] : ['spec'], target: 'key', messageId: 'vmiNameMissing' });
    if (isSet(spec['priority'])) ctx.report({ path: ['spec', 'priority'], target: 'key', messageId: 'priority' });

    const sendTo = spec['sendTo'];
    const receive = spec['receive'];
    if (!isSet(sendTo) && !isSet(receive)) return;
    if (!isFeatureGateEnabled(ctx.settings, 'DecentralizedLiveMigration')) {
      const field = isSet(sendTo) ? 'spec.sendTo' : 'spec.receive';
      ctx.report({ path: ['spec', isSet(sendTo) ? 'sendTo' : 'receive'], target: 'key', messageId: 'decentralizedGate', data: { field, hint: featureGateHint('DecentralizedLiveMigration') } , ...gateSeverity(ctx.settings) });
      return;
    }
    if (!isSet(sendTo) || !isSet(receive)) return;
    const sendId = asString(dig(sendTo, 'migrationID'));
    const receiveId = asString(dig(receive, 'migrationID'));
    if (sendId === undefined || receiveId === undefined || sendId === receiveId) return;
    if (isTemplated(ctx, sendId) || isTemplated(ctx, receiveId)) return;
    ctx.report({ path: ['spec', 'receive', 'migrationID'], messageId: 'idMismatch', data: { sendTo: sendId, receive: receiveId } });
  },
});
