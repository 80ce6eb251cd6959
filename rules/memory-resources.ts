import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { readResource, showQuantity } from '../src/normalize/compute.js';
import { compare, parseQuantity } from '../src/normalize/quantity.js';
import { dig, has, holderVmSpec, isRecord, isSet } from '../src/normalize/values.js';

const ONE_MEGABYTE = parseQuantity('1M')!;

export default defineRule({
  meta: {
    id: 'memory-resources',
    type: 'problem',
    description: 'Memory requests and limits must be sane, and the guest must get some memory',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['memory-request-non-negative', 'memory-request-min-1M', 'memory-limit-non-negative', 'memory-request-le-limit', 'memory-required', 'reserved-overhead-gate'],
    messages: {
      requestNegative: "Memory request '{{value}}' is negative. Set domain.resources.requests.memory to the guest's memory, e.g. '2Gi'.",
      requestTooSmall: "Memory request '{{value}}' is below 1M, the smallest KubeVirt accepts. Set domain.resources.requests.memory to a real amount, e.g. '2Gi'.",
      limitNegative: "Memory limit '{{value}}' is negative. Set domain.resources.limits.memory to at least the request, or remove it.",
      requestAboveLimit:
        "Memory request '{{request}}' is greater than the memory limit '{{limit}}'. Lower domain.resources.requests.memory or raise domain.resources.limits.memory to at least '{{request}}'.",
      memoryRequired:
        'No memory is set for the guest: KubeVirt rejects {{subject}} without domain.resources.requests.memory, domain.memory.guest or domain.memory.hugepages. Set domain.resources.requests.memory (e.g. 2Gi), or use an instancetype.',
      reservedOverheadGate: 'domain.memory.reservedOverhead needs the ReservedOverheadMemlock feature gate: {{hint}}.',
    },
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, 'requests', 'memory');
    const limit = readResource(ctx, ctx.spec, 'limits', 'memory');

    if (request !== undefined) {
      if (request.value < 0n) {
        ctx.report({ path: request.path, messageId: 'requestNegative', data: { value: showQuantity(request.raw) } });
      } else if (request.value > 0n && compare(request.quantity, ONE_MEGABYTE) < 0) {
        ctx.report({ path: request.path, messageId: 'requestTooSmall', data: { value: showQuantity(request.raw) } });
      }
    }
    if (limit !== undefined) {
      if (limit.value < 0n) ctx.report({ path: limit.path, messageId: 'limitNegative', data: { value: showQuantity(limit.raw) } });
      if (request !== undefined && limit.value > 0n && request.value > limit.value) {
        ctx.report({ path: request.path, messageId: 'requestAboveLimit', data: { request: showQuantity(request.raw), limit: showQuantity(limit.raw) } });
      }
    }

    const memory = dig(ctx.spec, 'domain', 'memory');
    if (isRecord(memory) && isSet(memory['reservedOverhead']) && !isFeatureGateEnabled(ctx.settings, 'ReservedOverheadMemlock')) {
      ctx.report({ path: ['domain', 'memory', 'reservedOverhead'], target: 'key', messageId: 'reservedOverheadGate', data: { hint: featureGateHint('ReservedOverheadMemlock') } , ...gateSeverity(ctx.settings) });
    }

    checkMemoryRequired(ctx, request);
  },
});

/**
 * The VMI create admission (after defaulting copied requests/limits/page size into memory.guest) needs some
 * memory. A VM, VMIRS or pool is accepted without it, but every VMI it creates is rejected, unless an
 * instancetype supplies the memory. With dedicatedCpuPlacement the dedicated-cpu rule reports the same gap.
 */
function checkMemoryRequired(ctx: InstanceSpecContext, request: ReturnType<typeof readResource>): void {
  if (request === undefined || request.value !== 0n) return;
  const domain = ctx.spec['domain'];
  if (!isRecord(domain)) return;
  if (dig(domain, 'cpu', 'dedicatedCpuPlacement') === true) return;
  const memory = dig(ctx.normalized, 'domain', 'memory');
  if (isSet(memory) && !isRecord(memory)) return;
  if (has(memory, 'guest') || has(memory, 'hugepages')) return;
  // Junk in limits or guest is the schema check's to report.
  const limit = dig(domain, 'resources', 'limits', 'memory');
  if (isSet(limit) && parseQuantity(limit) === undefined) return;
  const holder = holderVmSpec(ctx);
  if (holder !== undefined && has(holder.spec, 'instancetype')) return;
  const subject = ctx.kind === 'VirtualMachineInstance' ? 'this VirtualMachineInstance' : 'every VirtualMachineInstance this object starts';
  ctx.report({ path: ['domain'], target: 'key', messageId: 'memoryRequired', data: { subject } });
}
