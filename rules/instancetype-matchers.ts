import { defineRule, type ObjectContext } from '../src/engine/rule.js';
import type { FieldPath } from '../src/core/types.js';
import { asString, isRecord, isSet, isTemplated } from '../src/normalize/values.js';
import { vmSpecOf } from '../src/normalize/vm-spec.js';

const MATCHERS = [
  { key: 'instancetype', label: 'instancetype', ids: ['instancetype-matcher-name-or-infer', 'instancetype-matcher-infer-exclusive', 'instancetype-infer-failure-policy'] },
  { key: 'preference', label: 'preference', ids: ['preference-matcher-name-or-infer', 'preference-matcher-infer-exclusive', 'preference-infer-failure-policy'] },
] as const;

export default defineRule({
  meta: {
    id: 'instancetype-matchers',
    type: 'problem',
    description: 'spec.instancetype and spec.preference need a name or inferFromVolume (not both), and a failure policy of Ignore or Reject',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachine', 'VirtualMachinePool'],
    catalog: MATCHERS.flatMap((m) => m.ids),
    messages: {
      nameOrInfer:
        'spec.{{matcher}} names no {{matcher}}: set `name` (with `kind` when it is not the cluster-wide one), or `inferFromVolume` with the name of the volume whose labels name it.',
      inferWithName:
        "spec.{{matcher}} sets both inferFromVolume and {{field}}: KubeVirt fills in {{field}} itself from the volume's labels. Remove `{{field}}`, or remove `inferFromVolume`.",
      failurePolicy:
        "inferFromVolumeFailurePolicy {{value}} is not one KubeVirt knows. Use `Reject` (the default: the VM is rejected when nothing can be inferred) or `Ignore`.",
    },
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === undefined) return;
    for (const { key, label } of MATCHERS) {
      const matcher = at.spec[key];
      if (isRecord(matcher)) checkMatcher(ctx, matcher, [...at.path, key], label);
    }
  },
});

/** KubeVirt's VM mutating webhook (validateInstancetypeMatcher / validatePreferenceMatcher). */
function checkMatcher(ctx: ObjectContext, matcher: Readonly<Record<string, unknown>>, path: FieldPath, label: string): void {
  const name = asString(matcher['name']) ?? '';
  const infer = asString(matcher['inferFromVolume']) ?? '';
  if (name === '' && infer === '') {
    ctx.report({ path, target: 'key', messageId: 'nameOrInfer', data: { matcher: label } });
  }
  if (infer !== '') {
    for (const field of ['name', 'kind']) {
      const value = asString(matcher[field]) ?? '';
      if (value !== '') ctx.report({ path: [...path, field], target: 'key', messageId: 'inferWithName', data: { matcher: label, field } });
    }
  }
  const policy = matcher['inferFromVolumeFailurePolicy'];
  if (!isSet(policy) || typeof policy !== 'string' || isTemplated(ctx, policy)) return;
  if (policy === 'Ignore' || policy === 'Reject') return;
  ctx.report({ path: [...path, 'inferFromVolumeFailurePolicy'], messageId: 'failurePolicy', data: { value: `'${policy}'` } });
}
