import { defineRule } from '../src/engine/rule.js';
import { checkLabelSelector, LABEL_SELECTOR_MESSAGES, qualifiedNameErrors } from '../src/normalize/labels.js';
import { asInteger, asString, isRecord, isTemplated } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'topology-spread-constraints',
    type: 'problem',
    description: 'Topology spread constraints must pass the Kubernetes validation KubeVirt applies to them',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['tsc-max-skew', 'tsc-topology-key', 'tsc-label-selector', 'tsc-duplicate'],
    messages: {
      maxSkewNotPositive: 'maxSkew {{maxSkew}} must be greater than zero: it is the largest allowed difference in matching pods between topology domains. Set maxSkew to 1 or more.',
      topologyKeyEmpty: 'topologyKey is empty: a topology spread constraint needs the node label that defines the domains. Set it, e.g. to kubernetes.io/hostname or topology.kubernetes.io/zone.',
      topologyKeyInvalid:
        "topologyKey '{{key}}' is not a valid label name: {{problems}}. Use a node label key such as kubernetes.io/hostname or topology.kubernetes.io/zone.",
      duplicate:
        "topologySpreadConstraints[{{first}}] already spreads by topologyKey '{{key}}' with whenUnsatisfiable '{{action}}': each pair may appear only once. Merge the two constraints or change one of them.",
      ...LABEL_SELECTOR_MESSAGES,
    },
  },
  check(ctx) {
    const constraints = ctx.spec['topologySpreadConstraints'];
    if (!Array.isArray(constraints) || constraints.length === 0) return;
    const firstOf = new Map<string, number>();
    constraints.forEach((constraint, i) => {
      if (!isRecord(constraint)) return;
      const base = ['topologySpreadConstraints', i];
      const maxSkew = asInteger(constraint['maxSkew']);
      if (maxSkew !== undefined && maxSkew <= 0) ctx.report({ path: [...base, 'maxSkew'], messageId: 'maxSkewNotPositive', data: { maxSkew } });

      const key = asString(constraint['topologyKey']);
      if (key !== undefined && !isTemplated(ctx, key)) {
        if (key === '') ctx.report({ path: [...base, 'topologyKey'], messageId: 'topologyKeyEmpty' });
        else {
          const problems = qualifiedNameErrors(key);
          if (problems.length > 0) ctx.report({ path: [...base, 'topologyKey'], messageId: 'topologyKeyInvalid', data: { key, problems: problems.join('; ') } });
        }
      }

      checkLabelSelector(ctx, constraint['labelSelector'], [...base, 'labelSelector']);

      // Kubernetes rejects a repeated {topologyKey, whenUnsatisfiable} pair (missing values compare as "").
      const rawAction = constraint['whenUnsatisfiable'];
      const action = rawAction === undefined || rawAction === null ? '' : asString(rawAction);
      const rawKey = constraint['topologyKey'];
      const pairKey = rawKey === undefined || rawKey === null ? '' : asString(rawKey);
      if (action === undefined || pairKey === undefined || isTemplated(ctx, action) || isTemplated(ctx, pairKey)) return;
      const pair = JSON.stringify([pairKey, action]);
      const first = firstOf.get(pair);
      if (first === undefined) firstOf.set(pair, i);
      else ctx.report({ path: [...base, 'topologyKey'], messageId: 'duplicate', data: { first, key: pairKey, action } });
    });
  },
});
