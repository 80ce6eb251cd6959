import { defineRule } from '../src/engine/rule.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { countField, readResource, showQuantity } from '../src/normalize/compute.js';
import { asArray, dig, isRecord, isSet, isTemplated, nameOf, quote } from '../src/normalize/values.js';

const FEATURE_POLICIES = new Set(['', 'force', 'require', 'optional', 'disable', 'forbid']);

export default defineRule({
  meta: {
    id: 'cpu-resources',
    type: 'problem',
    description: 'CPU requests, limits, feature policies, socket counts and the CPU model must be ones KubeVirt accepts',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['cpu-request-non-negative', 'cpu-limit-non-negative', 'cpu-request-le-limit', 'cpu-feature-policy', 'cpu-sockets-le-max-sockets', 'vm-liveupdate-sockets-le-max', 'arm64-cpu-model'],
    messages: {
      requestNegative: "CPU request '{{value}}' is negative. Set domain.resources.requests.cpu to a positive amount, e.g. '1' or '500m'.",
      limitNegative: "CPU limit '{{value}}' is negative. Set domain.resources.limits.cpu to at least the request, or remove it.",
      requestAboveLimit:
        "CPU request '{{request}}' is greater than the CPU limit '{{limit}}'. Lower domain.resources.requests.cpu or raise domain.resources.limits.cpu to at least '{{request}}'.",
      featurePolicy:
        "CPU feature {{name}} has policy {{policy}}, which KubeVirt does not know. Use one of force, require, optional, disable or forbid (or leave it out for require).",
      socketsAboveMax:
        'The CPU topology has {{sockets}} sockets{{origin}}, more than maxSockets {{maxSockets}}. Raise domain.cpu.maxSockets to at least {{sockets}} or lower the socket count.',
      arm64CpuModel:
        "CPU model {{model}} is not supported on arm64: KubeVirt only runs arm64 guests with host-passthrough. Set domain.cpu.model to host-passthrough or remove it.",
    },
  },
  check(ctx) {
    const request = readResource(ctx, ctx.spec, 'requests', 'cpu');
    const limit = readResource(ctx, ctx.spec, 'limits', 'cpu');
    if (request !== undefined && request.milli < 0n) ctx.report({ path: request.path, messageId: 'requestNegative', data: { value: showQuantity(request.raw) } });
    if (limit !== undefined && limit.milli < 0n) ctx.report({ path: limit.path, messageId: 'limitNegative', data: { value: showQuantity(limit.raw) } });
    if (request !== undefined && limit !== undefined && limit.milli > 0n && request.milli > limit.milli) {
      ctx.report({ path: request.path, messageId: 'requestAboveLimit', data: { request: showQuantity(request.raw), limit: showQuantity(limit.raw) } });
    }

    const cpu = dig(ctx.spec, 'domain', 'cpu');
    if (!isRecord(cpu)) return;

    asArray(cpu['features']).forEach((feature, i) => {
      if (!isRecord(feature)) return;
      const policy = feature['policy'];
      if (typeof policy !== 'string' || FEATURE_POLICIES.has(policy) || isTemplated(ctx, policy)) return;
      const name = nameOf(feature);
      ctx.report({ path: ['domain', 'cpu', 'features', i, 'policy'], messageId: 'featurePolicy', data: { name: name === undefined ? `#${i + 1}` : quote(name), policy: quote(policy) } });
    });

    // Sockets as validated: after defaulting (from the CPU limit or request when no topology is written).
    const maxSockets = countField(cpu, 'maxSockets');
    if (maxSockets !== undefined && maxSockets !== 0) {
      const sockets = countField(dig(ctx.normalized, 'domain', 'cpu'), 'sockets');
      if (sockets !== undefined && sockets > maxSockets) {
        const written = isSet(cpu['sockets']);
        ctx.report({
          path: written ? ['domain', 'cpu', 'sockets'] : ['domain', 'cpu', 'maxSockets'],
          messageId: 'socketsAboveMax',
          data: { sockets, maxSockets, origin: written ? '' : ' (KubeVirt derives them from the CPU limit or request when no topology is given)' },
        });
      }
    }

    const model = cpu['model'];
    if (typeof model === 'string' && model !== '' && model !== 'host-passthrough' && !isTemplated(ctx, model) && effectiveArch(ctx.spec, ctx.settings.arch) === 'arm64') {
      ctx.report({ path: ['domain', 'cpu', 'model'], messageId: 'arm64CpuModel', data: { model: quote(model) } });
    }
  },
});
