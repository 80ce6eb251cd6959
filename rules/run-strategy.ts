import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { isSet, isTemplated } from '../src/normalize/values.js';
import { vmSpecOf } from '../src/normalize/vm-spec.js';

/** The run strategies KubeVirt accepts (WaitAsReceiver only with the DecentralizedLiveMigration gate). */
const RUN_STRATEGIES = ['Always', 'RerunOnFailure', 'Manual', 'Halted', 'Once'] as const;
const BY_LOWER = new Map<string, string>([...RUN_STRATEGIES, 'WaitAsReceiver'].map((s) => [s.toLowerCase(), s]));

export default defineRule({
  meta: {
    id: 'run-strategy',
    type: 'problem',
    description: 'A VirtualMachine needs exactly one of runStrategy and the deprecated running, and runStrategy must be one KubeVirt knows',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachine', 'VirtualMachinePool'],
    catalog: ['vm-running-vs-runstrategy', 'vm-runstrategy-required', 'vm-runstrategy-valid', 'vm-runstrategy-waitasreceiver-gate', 'vm-running-deprecated'],
    fixable: true,
    messages: {
      bothSet:
        'running and runStrategy are both set, and KubeVirt accepts only one of them. Remove `running` (deprecated) and keep `runStrategy: {{runStrategy}}`.',
      missing:
        'Neither runStrategy nor running is set, and KubeVirt has no default: the VirtualMachine is rejected. Add `runStrategy: Always` (start it and keep it running) or `runStrategy: Halted` (keep it stopped) under this spec.',
      invalid: "runStrategy {{value}} is not one KubeVirt knows{{suggestion}}. Use one of Always, RerunOnFailure, Manual, Halted or Once.",
      waitAsReceiverGate:
        'runStrategy WaitAsReceiver needs the DecentralizedLiveMigration feature gate: {{hint}}. Use another run strategy (Always, RerunOnFailure, Manual, Halted or Once), or enable the gate.',
      runningDeprecated:
        'running is deprecated, and KubeVirt answers every apply of this VirtualMachine with a warning. Replace `running: {{running}}` with `runStrategy: {{replacement}}`.',
    },
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === undefined) return;
    const { spec, path } = at;
    const running = spec['running'];
    const runStrategy = spec['runStrategy'];
    const hasRunning = isSet(running);
    const hasStrategy = isSet(runStrategy);

    if (hasRunning && hasStrategy) {
      ctx.report({ path: [...path, 'running'], target: 'key', messageId: 'bothSet', data: { runStrategy: String(runStrategy) }, fix: [{ op: 'delete', path: [...path, 'running'] }] });
    } else if (!hasRunning && !hasStrategy) {
      ctx.report({ path, target: 'key', messageId: 'missing' });
    } else if (hasRunning && typeof running === 'boolean') {
      const replacement = running ? 'Always' : 'Halted';
      ctx.report({
        path: [...path, 'running'],
        target: 'key',
        messageId: 'runningDeprecated',
        data: { running: String(running), replacement },
        severity: 'warning',
        // KubeVirt itself maps running: true to Always and false to Halted.
        fix: [{ op: 'rename', path: [...path, 'running'], to: 'runStrategy', value: replacement }],
      });
    }

    // A non-string is the schema rule's problem; a template parameter is filled in later.
    if (typeof runStrategy !== 'string' || isTemplated(ctx, runStrategy)) return;
    if (runStrategy === 'WaitAsReceiver') {
      if (!isFeatureGateEnabled(ctx.settings, 'DecentralizedLiveMigration')) {
        ctx.report({ path: [...path, 'runStrategy'], messageId: 'waitAsReceiverGate', data: { hint: featureGateHint('DecentralizedLiveMigration') } , ...gateSeverity(ctx.settings) });
      }
      return;
    }
    if ((RUN_STRATEGIES as readonly string[]).includes(runStrategy)) return;
    const close = BY_LOWER.get(runStrategy.trim().toLowerCase());
    ctx.report({
      path: [...path, 'runStrategy'],
      messageId: 'invalid',
      data: { value: `'${runStrategy}'`, suggestion: close !== undefined ? ` (names are case-sensitive: did you mean '${close}'?)` : '' },
      // Only a difference in case or surrounding spaces: the intended strategy is not in doubt.
      ...(close !== undefined ? { fix: [{ op: 'set' as const, path: [...path, 'runStrategy'], value: close }] } : {}),
    });
  },
});
