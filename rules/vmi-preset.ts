import { defineRule } from '../src/engine/rule.js';
import { isRecord, isSet } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'vmi-preset',
    type: 'problem',
    description: 'A VirtualMachineInstancePreset needs spec.domain; presets are deprecated',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachineInstancePreset'],
    catalog: ['preset-domain-required', 'warn-vmi-preset'],
    messages: {
      domainMissing: 'spec.domain is missing: a preset exists to add domain settings to the VirtualMachineInstances it selects. Add `domain:` with the settings to apply.',
      deprecated:
        'VirtualMachineInstancePresets are deprecated and will be removed in kubevirt.io/v2: KubeVirt warns on every VirtualMachineInstance this preset matches. Move the settings to an instance type or preference (spec.instancetype / spec.preference of the VMs).',
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (isRecord(spec)) {
      if (!isSet(spec['domain'])) ctx.report({ path: ['spec'], target: 'key', messageId: 'domainMissing' });
    } else if (!isSet(spec)) {
      ctx.report({ path: ['kind'], messageId: 'domainMissing' });
    }
    ctx.report({ path: ['kind'], messageId: 'deprecated', severity: 'warning' });
  },
});
