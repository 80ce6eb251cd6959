import { defineRule } from '../src/engine/rule.js';
import { dig, isRecord, isSet } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'instancetype-spec',
    type: 'problem',
    description: 'An instance type may not overcommit memory backed by hugepages; launchSecurity in an instance type is deprecated',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachineInstancetype', 'VirtualMachineClusterInstancetype'],
    catalog: ['instancetype-overcommit-hugepages', 'warn-instancetype-launchsecurity'],
    messages: {
      overcommitWithHugepages:
        'memory.overcommitPercent ({{percent}}) and memory.hugepages cannot be requested together: hugepages cannot be overcommitted. Remove overcommitPercent, or remove hugepages.',
      launchSecurityDeprecated:
        'launchSecurity in an instance type is deprecated and will be removed in a future KubeVirt release (KubeVirt warns on every apply). Move it to a preference as `preferredLaunchSecurity`.',
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (!isRecord(spec)) return;
    const memory = spec['memory'];
    const percent = dig(memory, 'overcommitPercent');
    if (typeof percent === 'number' && percent !== 0 && isSet(dig(memory, 'hugepages'))) {
      ctx.report({ path: ['spec', 'memory', 'overcommitPercent'], messageId: 'overcommitWithHugepages', data: { percent } });
    }
    if (isSet(spec['launchSecurity'])) {
      ctx.report({ path: ['spec', 'launchSecurity'], target: 'key', messageId: 'launchSecurityDeprecated', severity: 'warning' });
    }
  },
});
