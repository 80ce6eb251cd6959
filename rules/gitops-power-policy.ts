import { defineRule } from '../src/engine/rule.js';
import { isPowerPolicy, POWER_POLICY_ANNOTATION } from '../src/sync/health/types.js';
import { DEFAULT_POWER_POLICY } from '../src/sync/plan/power.js';
import { dig, digPath, isRecord, isTemplated } from '../src/normalize/values.js';

/** Run strategies that `virtctl start`/`stop` rewrite in the VM spec (KubeVirt pkg/virt-api/rest/lifecycle.go). */
const REWRITTEN_BY_START_STOP = new Set(['Always', 'Halted', 'Once']);

export default defineRule({
  meta: {
    id: 'gitops-power-policy',
    type: 'suggestion',
    description: "A VM whose power git owns (virtops.io/power: git) should use runStrategy Manual, or people's start and stop are undone",
    level: 'warn',
    scope: 'object',
    kinds: ['VirtualMachine'],
    messages: {
      fightsStartStop:
        "virtops.io/power is git, so the reconciler puts back runStrategy {{runStrategy}} on its next sync: a `virtctl {{action}}` (which rewrites it to {{rewritten}}) is undone and the VM {{undone}}. Use `runStrategy: Manual` (start and stop then leave the spec alone), or drop the annotation: the default policy, {{default}}, keeps a start or stop until git changes runStrategy.",
      unknownPolicy:
        "virtops.io/power is {{value}}, which virtops does not know, so it uses the default policy, {{default}}. Use git (git's runStrategy always wins), initial (git decides at creation only) or operator (a start or stop is kept until git changes runStrategy).",
    },
  },
  check(ctx) {
    const annotationsPath = ['metadata', 'annotations'];
    const annotations = digPath(ctx.object, annotationsPath);
    if (!isRecord(annotations) || !(POWER_POLICY_ANNOTATION in annotations)) return;
    const policy = annotations[POWER_POLICY_ANNOTATION];
    const at = [...annotationsPath, POWER_POLICY_ANNOTATION];
    if (isTemplated(ctx, policy)) return;
    if (!isPowerPolicy(policy)) {
      ctx.report({ path: at, messageId: 'unknownPolicy', data: { value: JSON.stringify(policy), default: DEFAULT_POWER_POLICY } });
      return;
    }
    if (policy !== 'git') return;
    const spec = ctx.object['spec'];
    const runStrategy = dig(spec, 'runStrategy');
    const running = dig(spec, 'running');
    // The legacy `running` is the run-strategy rule's to replace; it means Always (true) or Halted (false).
    const effective = typeof runStrategy === 'string' ? runStrategy : typeof running === 'boolean' ? (running ? 'Always' : 'Halted') : undefined;
    if (effective === undefined || isTemplated(ctx, effective) || !REWRITTEN_BY_START_STOP.has(effective)) return;
    const stopped = effective === 'Halted';
    ctx.report({
      path: typeof runStrategy === 'string' ? ['spec', 'runStrategy'] : ['spec', 'running'],
      messageId: 'fightsStartStop',
      data: {
        runStrategy: effective,
        action: stopped ? 'start' : 'stop',
        rewritten: stopped ? 'Always' : 'Halted',
        undone: stopped ? 'is stopped again' : 'starts again',
        default: DEFAULT_POWER_POLICY,
      },
    });
  },
});
