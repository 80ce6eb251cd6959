import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { digPath, isRecord, isSet } from '../src/normalize/values.js';

const WATCHDOG = ['domain', 'devices', 'watchdog'];

export default defineRule({
  meta: {
    id: 'watchdog-device',
    type: 'problem',
    description: 'The watchdog model must match the architecture: i6300esb on amd64, diag288 on s390x, none on arm64',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['watchdog-amd64-i6300esb', 'watchdog-s390x-diag288', 'watchdog-arm64-unsupported'],
    messages: {
      amd64: 'The diag288 watchdog exists only on s390x, and amd64 supports only i6300esb, so the {{what}} is rejected. Replace `diag288` with `i6300esb` (or leave the model out).',
      s390x: 'The i6300esb watchdog is not available on s390x, which supports only diag288, so the {{what}} is rejected. Replace `i6300esb` with `diag288` (or leave the model out).',
      arm64: 'KubeVirt does not support a watchdog device on arm64, so the {{what}} is rejected. Remove domain.devices.watchdog, or run the VM on amd64 or s390x.',
    },
  },
  check(ctx) {
    const watchdog = digPath(ctx.spec, WATCHDOG);
    if (!isRecord(watchdog)) return;
    // Per-architecture checks run when a VirtualMachineInstance is created, including one started from a template.
    // KubeVirt first adds the architecture's own model when it is missing, so only a foreign model is rejected.
    const arch = effectiveArch(ctx.spec, ctx.settings.arch);
    const what = ctx.kind === 'VirtualMachineInstance' ? 'VirtualMachineInstance' : 'VirtualMachineInstance started from this template';
    if (arch === 'amd64' && isSet(watchdog['diag288'])) ctx.report({ path: [...WATCHDOG, 'diag288'], target: 'key', messageId: 'amd64', data: { what } });
    else if (arch === 's390x' && isSet(watchdog['i6300esb'])) ctx.report({ path: [...WATCHDOG, 'i6300esb'], target: 'key', messageId: 's390x', data: { what } });
    else if (arch === 'arm64') ctx.report({ path: WATCHDOG, target: 'key', messageId: 'arm64', data: { what } });
  },
});
