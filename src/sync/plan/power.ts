import { isPowerPolicy, POWER_POLICY_ANNOTATION, type PowerPolicy } from '../health/types.js';
import { runStrategyOf } from '../health/vm.js';

/**
 * Who decides whether a VM runs. `git`: git's runStrategy always wins (a virtctl stop is reverted).
 * `initial`: git's runStrategy is used when the VM is created; afterwards people own power.
 * `operator` (the default): a change of runStrategy in git is applied (a commit is a decision), but
 * a start or stop done with virtctl or the console is kept until git changes it again.
 */
export const DEFAULT_POWER_POLICY: PowerPolicy = 'operator';
/** Remembers git's runStrategy as last applied, so `operator` can tell a git change from a live one. */
export const APPLIED_RUN_STRATEGY_ANNOTATION = 'virtops.io/applied-run-strategy';

type Json = Record<string, unknown>;

export function powerPolicyOf(object: Json): PowerPolicy {
  const annotations = ((object['metadata'] ?? {}) as { annotations?: Record<string, unknown> }).annotations ?? {};
  const value = annotations[POWER_POLICY_ANNOTATION];
  return isPowerPolicy(value) ? value : DEFAULT_POWER_POLICY;
}

export interface PowerDecision {
  /** The payload to apply (a copy when it changed). */
  payload: Json;
  /** The live power state is kept against git's: shown as an override. */
  keptLive?: { declared: string; live: string };
}

/** Applies the VM's power policy to the payload about to be applied over `live`. */
export function applyPowerPolicy(desired: Json, live: Json | undefined): PowerDecision {
  if (desired['kind'] !== 'VirtualMachine') return { payload: desired };
  const declared = runStrategyOf(desired['spec']);
  const payload = withAnnotation(desired, APPLIED_RUN_STRATEGY_ANNOTATION, declared);
  if (!live || declared === undefined) return { payload };
  const liveStrategy = runStrategyOf(live['spec']);
  if (liveStrategy === undefined || liveStrategy === declared) return { payload };
  const policy = powerPolicyOf(desired);
  const lastApplied = (((live['metadata'] ?? {}) as { annotations?: Record<string, string> }).annotations ?? {})[APPLIED_RUN_STRATEGY_ANNOTATION];
  const keepLive = policy === 'initial' || (policy === 'operator' && lastApplied === declared);
  if (!keepLive) return { payload };
  return { payload: withLivePower(payload, live), keptLive: { declared, live: liveStrategy } };
}

function withAnnotation(object: Json, key: string, value: string | undefined): Json {
  if (value === undefined) return object;
  const metadata = (object['metadata'] ?? {}) as Json;
  const annotations = (metadata['annotations'] ?? {}) as Json;
  return { ...object, metadata: { ...metadata, annotations: { ...annotations, [key]: value } } };
}

/** Takes the live runStrategy (or legacy running) in place of git's. */
function withLivePower(payload: Json, live: Json): Json {
  const spec = { ...((payload['spec'] ?? {}) as Json) };
  const liveSpec = (live['spec'] ?? {}) as Json;
  delete spec['runStrategy'];
  delete spec['running'];
  if (liveSpec['runStrategy'] !== undefined) spec['runStrategy'] = liveSpec['runStrategy'];
  if (liveSpec['running'] !== undefined) spec['running'] = liveSpec['running'];
  return { ...payload, spec };
}
