import { defineRule } from '../src/engine/rule.js';
import { isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const STRATEGIES = ['unmanaged', 'opportunistic', 'proactive'] as const;
const INT32_MAX = 2 ** 31 - 1;
const ATOI = /^[+-]?\d+$/;

export default defineRule({
  meta: {
    id: 'pool-update-strategy',
    type: 'problem',
    description: "A VirtualMachinePool's maxUnavailable must be a positive number or a percentage from 1% to 100%, and its update and scale-in strategies may each name only one strategy",
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachinePool'],
    catalog: ['vmpool-max-unavailable', 'vmpool-single-strategy'],
    messages: {
      percentSuffix: "maxUnavailable {{value}} is a string, so KubeVirt reads it as a percentage, and it must end with '%'. Write `maxUnavailable: {{number}}` (a number of VMs, without quotes) or `maxUnavailable: \"{{number}}%\"`.",
      percentInvalid: "maxUnavailable {{value}} is not a whole-number percentage. Write a percentage from 1% to 100% such as \"25%\", or a number of VMs.",
      percentRange: 'maxUnavailable {{value}} must be a percentage from 1% to 100%.',
      notPositive: 'maxUnavailable {{value}} must be greater than 0: it is how many VMs the pool may take down at once. Use at least 1.',
      multipleStrategies:
        '{{strategy}} configures {{found}}, but only one strategy can be configured at a time. Keep one of them and remove the others.',
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (!isRecord(spec)) return;
    const maxUnavailable = spec['maxUnavailable'];
    const path = ['spec', 'maxUnavailable'];
    if (typeof maxUnavailable === 'string' && !isTemplated(ctx, maxUnavailable)) {
      const value = `'${maxUnavailable}'`;
      if (!maxUnavailable.endsWith('%')) {
        const number = ATOI.test(maxUnavailable) ? String(Number(maxUnavailable)) : '1';
        ctx.report({ path, messageId: 'percentSuffix', data: { value, number } });
      } else {
        const digits = maxUnavailable.slice(0, -1);
        if (!ATOI.test(digits)) ctx.report({ path, messageId: 'percentInvalid', data: { value } });
        else if (Number(digits) <= 0 || Number(digits) > 100) ctx.report({ path, messageId: 'percentRange', data: { value } });
      }
    } else if (typeof maxUnavailable === 'number' && Number.isInteger(maxUnavailable) && maxUnavailable <= INT32_MAX && maxUnavailable <= 0) {
      ctx.report({ path, messageId: 'notPositive', data: { value: maxUnavailable } });
    }

    for (const key of ['updateStrategy', 'scaleInStrategy']) {
      const strategy = spec[key];
      if (!isRecord(strategy)) continue;
      const found = STRATEGIES.filter((s) => isSet(strategy[s]));
      if (found.length < 2) continue;
      ctx.report({ path: ['spec', key, found[1]!], target: 'key', messageId: 'multipleStrategies', data: { strategy: `spec.${key}`, found: found.join(', ') } });
    }
  },
});
