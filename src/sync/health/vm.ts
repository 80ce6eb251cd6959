import { condition, pastDeadline, type Deadline, type Health, type PowerPolicy } from './types.js';

/**
 * VirtualMachine health that knows the declared power state: a Stopped VM is healthy when git says
 * Halted, and degraded when git says Always and it stays down. printableStatus values and conditions
 * are KubeVirt's (staging/src/kubevirt.io/api/core/v1/types.go).
 */

const ERROR_STATES = new Set(['ErrorUnschedulable', 'ErrImagePull', 'ImagePullBackOff', 'ErrorPvcNotFound', 'DataVolumeError', 'CrashLoopBackOff']);
const TRANSITIONAL_STATES = new Set(['Provisioning', 'Starting', 'Migrating', 'Stopping', 'Terminating', 'WaitingForVolumeBinding', 'WaitingForReceiver']);

export interface VmHealthInput {
  /** The live VirtualMachine (spec and status as the API server returns them). */
  live: Record<string, unknown>;
  /** spec.runStrategy as git declares it (after `running: true/false` is mapped to Always/Halted). */
  declaredRunStrategy: string | undefined;
  policy: PowerPolicy;
  /** For Progressing states: how long before they count as stuck. */
  deadline?: Deadline;
}

export function vmHealth(input: VmHealthInput): Health {
  const { live } = input;
  const metadata = (live['metadata'] ?? {}) as { generation?: number };
  const status = (live['status'] ?? {}) as { printableStatus?: string; observedGeneration?: number; ready?: boolean };
  const liveRunStrategy = runStrategyOf(live['spec']);
  const override = powerOverride(input.declaredRunStrategy, liveRunStrategy, input.policy);
  // Judge against the power state that is supposed to hold: git's, unless people own it.
  const expected = override ? liveRunStrategy : input.declaredRunStrategy ?? liveRunStrategy;
  const restartRequired = condition(status, 'RestartRequired')?.status === 'True';
  const extra = { ...(restartRequired ? { restartRequired } : {}), ...(override ? { powerOverride: override } : {}) };

  if (metadata.generation !== undefined && status.observedGeneration !== undefined && status.observedGeneration < metadata.generation) {
    return { status: 'Progressing', reason: 'Reconciling', message: `virt-controller has not yet seen generation ${metadata.generation}`, ...extra };
  }
  const failure = condition(status, 'Failure');
  if (failure?.status === 'True') {
    return { status: 'Degraded', reason: failure.reason ?? 'Failure', message: failure.message ?? 'the VM reports a Failure condition', ...extra };
  }
  const printable = status.printableStatus ?? '';
  if (ERROR_STATES.has(printable)) {
    return { status: 'Degraded', reason: printable, message: describeError(printable, status), ...extra };
  }
  if (TRANSITIONAL_STATES.has(printable)) {
    if (pastDeadline(input.deadline)) return { status: 'Degraded', reason: printable, message: `stuck in ${printable} for more than ${input.deadline!.seconds}s`, ...extra };
    return { status: 'Progressing', reason: printable, message: `the VM is ${printable.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`, ...extra };
  }
  if (printable === 'Paused') return { status: 'Suspended', reason: 'Paused', message: 'the VM is paused', ...extra };
  if (printable === 'Running') {
    if (expected === 'Halted') return { status: 'Progressing', reason: 'Running', message: 'git declares the VM Halted; it is still running', ...extra };
    const ready = condition(status, 'Ready');
    if (ready?.status === 'True' || status.ready === true) return { status: 'Healthy', reason: 'Running', message: 'running and ready', ...extra };
    if (pastDeadline(input.deadline)) return { status: 'Degraded', reason: 'NotReady', message: `running but not ready for more than ${input.deadline!.seconds}s`, ...extra };
    return { status: 'Progressing', reason: 'NotReady', message: 'running, not ready yet', ...extra };
  }
  if (printable === 'Stopped') {
    if (expected === 'Always') {
      if (pastDeadline(input.deadline)) return { status: 'Degraded', reason: 'Stopped', message: 'runStrategy Always, but the VM stays stopped', ...extra };
      return { status: 'Progressing', reason: 'Stopped', message: 'runStrategy Always: waiting for the VM to start', ...extra };
    }
    return { status: 'Healthy', reason: 'Stopped', message: expected ? `stopped, as runStrategy ${expected} allows` : 'stopped', ...extra };
  }
  if (printable === '' && status.observedGeneration === undefined) {
    return { status: 'Progressing', reason: 'NoStatus', message: 'waiting for virt-controller to report a status', ...extra };
  }
  return { status: 'Unknown', reason: printable || 'Unknown', message: `unrecognised VM status ${JSON.stringify(printable)}`, ...extra };
}

/** runStrategy, or the deprecated `running` mapped to its equivalent. */
export function runStrategyOf(spec: unknown): string | undefined {
  if (spec === null || typeof spec !== 'object') return undefined;
  const { runStrategy, running } = spec as { runStrategy?: unknown; running?: unknown };
  if (typeof runStrategy === 'string') return runStrategy;
  if (typeof running === 'boolean') return running ? 'Always' : 'Halted';
  return undefined;
}

function powerOverride(declared: string | undefined, live: string | undefined, policy: PowerPolicy): Health['powerOverride'] {
  if (policy === 'git' || declared === undefined || live === undefined || declared === live) return undefined;
  return { declared, live };
}

function describeError(printable: string, status: Record<string, unknown>): string {
  const failure = condition(status, 'Ready');
  const detail = failure?.status === 'False' && failure.message ? `: ${failure.message}` : '';
  switch (printable) {
    case 'ErrorUnschedulable':
      return `no node can run the VM${detail}`;
    case 'ErrImagePull':
    case 'ImagePullBackOff':
      return `a container disk image cannot be pulled${detail}`;
    case 'ErrorPvcNotFound':
      return `a PersistentVolumeClaim the VM uses does not exist${detail}`;
    case 'DataVolumeError':
      return `a DataVolume the VM uses failed${detail}`;
    default:
      return `the VM keeps crashing${detail}`;
  }
}
