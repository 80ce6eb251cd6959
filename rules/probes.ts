import { defineRule } from '../src/engine/rule.js';
import { validatedSpecs } from '../src/normalize/compute.js';
import { asArray, has, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'guestAgentPing'] as const;
const EVICTION_STRATEGIES = new Set(['None', 'LiveMigrate', 'LiveMigrateIfPossible', 'External']);

export default defineRule({
  meta: {
    id: 'probes',
    type: 'problem',
    description: 'Probes need exactly one handler (network ones a pod network); startStrategy and evictionStrategy must be known values',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['probe-single-handler', 'probe-handler-required', 'probe-network-needs-pod-network', 'start-strategy-valid', 'paused-start-no-liveness', 'eviction-strategy-valid'],
    messages: {
      manyHandlers: '{{probe}} sets {{handlers}}, but a probe has exactly one check. Keep one of them.',
      noHandler: '{{probe}} has no check. Add one of httpGet, tcpSocket, exec or guestAgentPing, or remove the probe.',
      needsPodNetwork:
        '{{probe}}.{{handler}} reaches the guest through the pod network, which this VM does not have. Attach the pod network (a network with `pod: {}`), or use an exec or guestAgentPing probe.',
      startStrategy: "startStrategy '{{value}}' is not known: the only value is Paused. Set `startStrategy: Paused` or remove it.",
      pausedWithLiveness: 'A VM started Paused cannot have a livenessProbe (it would fail while paused). Remove livenessProbe or startStrategy.',
      evictionStrategy: "evictionStrategy '{{value}}' is not known. Use None, LiveMigrate, LiveMigrateIfPossible or External.",
    },
  },
  check(ctx) {
    const probes = (['readinessProbe', 'livenessProbe'] as const).filter((p) => isRecord(ctx.spec[p]));
    for (const probe of probes) {
      const value = ctx.spec[probe] as Record<string, unknown>;
      const set = HANDLERS.filter((h) => isSet(value[h]));
      if (set.length > 1) ctx.report({ path: [probe], target: 'key', messageId: 'manyHandlers', data: { probe, handlers: set.join(' and ') } });
      else if (set.length === 0) ctx.report({ path: [probe], target: 'key', messageId: 'noHandler', data: { probe } });
    }
    if (probes.some((p) => has(ctx.spec[p], 'httpGet') || has(ctx.spec[p], 'tcpSocket'))) {
      // The pod network as validated: defaulting adds one when networks and interfaces are both empty.
      const withoutPod = validatedSpecs(ctx).some((spec) => {
        const networks = spec['networks'];
        if (isSet(networks) && !Array.isArray(networks)) return false;
        return !asArray(networks).some((n) => has(n, 'pod'));
      });
      if (withoutPod) {
        for (const probe of probes) {
          for (const handler of ['httpGet', 'tcpSocket'] as const) {
            if (has(ctx.spec[probe], handler)) ctx.report({ path: [probe, handler], target: 'key', messageId: 'needsPodNetwork', data: { probe, handler } });
          }
        }
      }
    }

    const start = ctx.spec['startStrategy'];
    if (typeof start === 'string' && !isTemplated(ctx, start)) {
      if (start !== 'Paused') ctx.report({ path: ['startStrategy'], messageId: 'startStrategy', data: { value: start } });
      else if (isSet(ctx.spec['livenessProbe'])) ctx.report({ path: ['startStrategy'], messageId: 'pausedWithLiveness' });
    }
    const eviction = ctx.spec['evictionStrategy'];
    if (typeof eviction === 'string' && !EVICTION_STRATEGIES.has(eviction) && !isTemplated(ctx, eviction)) {
      ctx.report({ path: ['evictionStrategy'], messageId: 'evictionStrategy', data: { value: eviction } });
    }
  },
});
