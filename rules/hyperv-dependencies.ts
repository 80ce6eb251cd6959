import { defineRule } from '../src/engine/rule.js';
import { asArray, dig, isRecord, isSet } from '../src/normalize/values.js';

type State = 'missing' | 'enabled' | 'disabled';

/** Hyper-V enlightenments and the one each needs, in the order KubeVirt's defaulting walks them (pkg/defaults/hyperv.go). */
const DEPENDENCIES: readonly (readonly [feature: string, requires: string])[] = [
  ['evmcs', 'vapic'],
  ['ipi', 'vpindex'],
  ['tlbflush', 'vpindex'],
  ['synictimer', 'synic'],
  ['synic', 'vpindex'],
];

const HYPERV = ['domain', 'features', 'hyperv'];

/** A present feature is enabled unless it says `enabled: false` (KubeVirt defaults `enabled` to true); undefined for junk. */
function stateOf(hyperv: Record<string, unknown>, key: string): State | undefined {
  const value = hyperv[key];
  if (!isSet(value)) return 'missing';
  if (!isRecord(value)) return undefined;
  const enabled = value['enabled'];
  if (!isSet(enabled)) return 'enabled';
  if (typeof enabled !== 'boolean') return undefined;
  return enabled ? 'enabled' : 'disabled';
}

export default defineRule({
  meta: {
    id: 'hyperv-dependencies',
    type: 'problem',
    description: 'Hyper-V enlightenments must not have the enlightenments they depend on disabled, and cannot be combined with hypervPassthrough',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'hyperv-synic-requires-vpindex',
      'hyperv-synictimer-requires-synic',
      'hyperv-tlbflush-requires-vpindex',
      'hyperv-ipi-requires-vpindex',
      'hyperv-evmcs-requires-vapic',
      'hyperv-evmcs-requires-vmx',
      'hyperv-evmcs-vmx-policy',
      'hyperv-passthrough-exclusive',
    ],
    messages: {
      requiresDisabled:
        "Hyper-V '{{feature}}' needs '{{requires}}', which has `enabled: false`. Enable {{requires}} (remove `enabled: false`), or disable {{feature}}.",
      requiresMissing:
        "Hyper-V '{{feature}}' needs '{{requires}}', which is not set. KubeVirt usually turns it on by itself, but not here, because another Hyper-V dependency is disabled. Add `{{requires}}: {}` under domain.features.hyperv, or disable {{feature}}.",
      evmcsNeedsVmx:
        "Hyper-V 'evmcs' needs the CPU feature vmx with policy require, and KubeVirt does not add it here, because a Hyper-V dependency is disabled. Add `{name: vmx, policy: require}` to domain.cpu.features, and fix the disabled dependency.",
      evmcsVmxPolicy: "Hyper-V 'evmcs' needs the CPU feature vmx with policy require, not {{policy}}. Set policy: require on it.",
      passthroughExclusive:
        'domain.features.hyperv and domain.features.hypervPassthrough cannot both be set: passthrough already exposes every Hyper-V enlightenment. Remove one of them.',
    },
  },
  check(ctx) {
    const features = dig(ctx.spec, 'domain', 'features');
    if (!isRecord(features)) return;
    const hyperv = features['hyperv'];
    if (isSet(hyperv) && isSet(features['hypervPassthrough'])) {
      ctx.report({ path: [...HYPERV], target: 'key', messageId: 'passthroughExclusive' });
    }
    if (!isRecord(hyperv)) return;

    const state = new Map<string, State>();
    for (const key of ['evmcs', 'vapic', 'ipi', 'vpindex', 'tlbflush', 'synictimer', 'synic']) {
      const s = stateOf(hyperv, key);
      if (s === undefined) return;
      state.set(key, s);
    }
    const written = new Map(state);

    // Defaulting: a missing dependency of an enabled feature is turned on; a disabled one stops the walk.
    let stopped = false;
    for (const [feature, requires] of DEPENDENCIES) {
      if (state.get(feature) !== 'enabled') continue;
      const req = state.get(requires);
      if (req === 'missing') state.set(requires, 'enabled');
      else if (req === 'disabled') {
        stopped = true;
        break;
      }
    }
    if (!stopped) return;

    for (const [feature, requires] of DEPENDENCIES) {
      if (state.get(feature) !== 'enabled' || state.get(requires) === 'enabled') continue;
      const messageId = written.get(requires) === 'disabled' ? 'requiresDisabled' : 'requiresMissing';
      ctx.report({ path: [...HYPERV, feature], target: 'key', messageId, data: { feature, requires } });
    }

    // The vmx CPU feature is added by the same defaulting step, which the conflict cut short.
    if (state.get('evmcs') !== 'enabled') return;
    const cpuFeatures = dig(ctx.spec, 'domain', 'cpu', 'features');
    if (isSet(cpuFeatures) && !Array.isArray(cpuFeatures)) return;
    const list = asArray(cpuFeatures);
    if (list.length === 0) {
      ctx.report({ path: [...HYPERV, 'evmcs'], target: 'key', messageId: 'evmcsNeedsVmx' });
      return;
    }
    list.forEach((feature, i) => {
      if (!isRecord(feature) || feature['name'] !== 'vmx') return;
      const policy = feature['policy'];
      if (policy === 'require' || (isSet(policy) && typeof policy !== 'string')) return;
      const shown = typeof policy === 'string' && policy !== '' ? `'${policy}'` : 'an empty policy';
      ctx.report({ path: isSet(policy) ? ['domain', 'cpu', 'features', i, 'policy'] : ['domain', 'cpu', 'features', i], messageId: 'evmcsVmxPolicy', data: { policy: shown } });
    });
  },
});
