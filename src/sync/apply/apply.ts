import type { KubeClient } from '../../kube/client.js';
import { KubeError } from '../../kube/errors.js';
import type { PlannedChange } from '../plan/plan.js';
import { inWaves } from './order.js';
import { boundedEach, withRetry, type Clock } from '../../core/throttle.js';

/**
 * The apply stage: executes a plan with server-side apply, wave by wave (a wave starts when the
 * previous one is done), with bounded concurrency and per-object retries (the client holds the rate limit).
 * It never deletes and recreates: a blocked change stays blocked and is reported.
 */

export type ApplyOutcome = 'applied' | 'unchanged' | 'blocked' | 'failed' | 'skipped';

export interface AppliedChange {
  subject: string;
  action: PlannedChange['action'];
  outcome: ApplyOutcome;
  message?: string;
  /** The object as the API server stored it (applied changes only). */
  object?: Record<string, unknown>;
}

export interface ApplyOptions {
  concurrency: number;
  attempts: number;
  signal?: AbortSignal;
  clock?: Clock;
}

export const DEFAULT_APPLY_OPTIONS: ApplyOptions = { concurrency: 8, attempts: 4 };

export async function applyPlan(client: KubeClient, changes: readonly PlannedChange[], options: ApplyOptions = DEFAULT_APPLY_OPTIONS): Promise<AppliedChange[]> {
  const results = new Map<string, AppliedChange>();
  for (const change of changes) {
    if (change.action === 'unchanged') results.set(change.subject, { subject: change.subject, action: change.action, outcome: 'unchanged' });
    if (change.action === 'blocked') results.set(change.subject, { subject: change.subject, action: change.action, outcome: 'blocked', message: change.reason ?? 'blocked' });
  }
  const toApply = changes.filter((c) => c.action === 'create' || c.action === 'update');
  for (const wave of inWaves(toApply, (c) => String(c.payload['kind']), (c) => c.subject)) {
    await boundedEach(wave, options.concurrency, async (change) => {
      try {
        const stored = await withRetry(
          // force: git is the owner of what it declares; a kubectl edit of those fields is drift to heal.
          () => client.apply(change.payload, { force: true }),
          { attempts: options.attempts, baseMs: 250, maxMs: 5000, retryable: (e) => e instanceof KubeError && e.retryable, ...(options.clock ? { clock: options.clock } : {}), ...(options.signal ? { signal: options.signal } : {}) },
        );
        results.set(change.subject, { subject: change.subject, action: change.action, outcome: 'applied', object: stored });
      } catch (error) {
        results.set(change.subject, { subject: change.subject, action: change.action, outcome: 'failed', message: (error as Error).message });
      }
    }, options.signal);
  }
  for (const change of toApply) {
    if (!results.has(change.subject)) results.set(change.subject, { subject: change.subject, action: change.action, outcome: 'skipped', message: 'not applied: the sync was stopped' });
  }
  return changes.map((c) => results.get(c.subject)!);
}
