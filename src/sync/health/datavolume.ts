import { condition, pastDeadline, type Deadline, type Health } from './types.js';

/** DataVolume health from CDI's phase and conditions. */
export function dataVolumeHealth(live: Record<string, unknown>, deadline?: Deadline): Health {
  const status = (live['status'] ?? {}) as { phase?: string; progress?: string };
  const phase = status.phase ?? '';
  const progress = status.progress && status.progress !== 'N/A' ? ` (${status.progress})` : '';
  if (phase === 'Succeeded') return { status: 'Healthy', reason: phase, message: 'the disk is populated' };
  if (phase === 'Failed') return { status: 'Degraded', reason: phase, message: condition(status, 'Running')?.message ?? 'CDI could not populate the disk' };
  // Nothing to do until a VM uses the disk: a Halted VM with a WaitForFirstConsumer volume is fine.
  if (phase === 'WaitForFirstConsumer' || phase === 'PendingPopulation') {
    return { status: 'Healthy', reason: phase, message: 'waiting for the first consumer (a VM start) before populating' };
  }
  if (phase === 'Paused') return { status: 'Suspended', reason: phase, message: 'the multi-stage import is paused' };
  const running = condition(status, 'Running');
  if (running?.status === 'False' && running.reason && /Error|Failed|BackOff/.test(running.reason)) {
    return { status: 'Degraded', reason: running.reason, message: running.message ?? `CDI reports ${running.reason}` };
  }
  if (phase === '' || phase === 'Unknown') return { status: 'Progressing', reason: phase || 'NoStatus', message: 'waiting for CDI to report a phase' };
  if (pastDeadline(deadline)) return { status: 'Degraded', reason: phase, message: `stuck in ${phase} for more than ${deadline!.seconds}s${progress}` };
  return { status: 'Progressing', reason: phase, message: `${phase}${progress}` };
}
