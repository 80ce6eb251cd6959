/**
 * kstatus-style conditions for a GitSync, Flux's way: each stage owns one negative-polarity condition
 * (FetchFailed, LintFailed, …), set while it fails and removed when it recovers; Ready is derived
 * from them by a table, never set by hand in each branch.
 */

export type ConditionStatus = 'True' | 'False' | 'Unknown';

export interface Condition {
  type: string;
  status: ConditionStatus;
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

/** The stage conditions, in pipeline order: the first one present explains why the sync is not Ready. */
export const STAGE_CONDITIONS = ['FetchFailed', 'VerificationFailed', 'LintFailed', 'PlanFailed', 'ApplyFailed', 'PruneFailed', 'HealthCheckFailed'] as const;
export type StageCondition = (typeof STAGE_CONDITIONS)[number];

/**
 * Errors that retrying cannot fix (bad config, lint errors in this revision, a revision whose
 * signature does not verify): the sync is Stalled until git or the configuration changes.
 */
export const STALLING_REASONS = new Set([
  'LintErrors', 'InvalidConfig', 'SSHNotSupported', 'AccessDenied', 'SignatureInvalid',
  // Signature verification (src/sync/source/verify.ts)
  'Unsigned', 'UnsupportedSignature', 'UnknownKey', 'BadSignature', 'KeyExpired', 'KeyRevoked', 'InvalidKeys',
]);

export class Conditions {
  private readonly list: Condition[];

  constructor(existing: readonly Condition[] = [], private readonly now: () => Date = () => new Date()) {
    this.list = existing.map((c) => ({ ...c }));
  }

  get(type: string): Condition | undefined {
    return this.list.find((c) => c.type === type);
  }

  /** Sets a condition; the transition time changes only when the status does. */
  set(type: string, status: ConditionStatus, reason: string, message: string): void {
    const existing = this.get(type);
    if (existing) {
      if (existing.status !== status) existing.lastTransitionTime = this.now().toISOString();
      existing.status = status;
      existing.reason = reason;
      existing.message = message;
    } else {
      this.list.push({ type, status, reason, message, lastTransitionTime: this.now().toISOString() });
    }
  }

  delete(type: string): void {
    const index = this.list.findIndex((c) => c.type === type);
    if (index >= 0) this.list.splice(index, 1);
  }

  markFailed(stage: StageCondition, reason: string, message: string): void {
    this.set(stage, 'True', reason, message);
  }

  markRecovered(stage: StageCondition): void {
    this.delete(stage);
  }

  markReconciling(reason: string, message: string): void {
    this.set('Reconciling', 'True', reason, message);
  }

  /** Derives Ready, Stalled and (when done) clears Reconciling from the stage conditions. */
  summarize(done: boolean, readyMessage: string): Condition[] {
    const failing = STAGE_CONDITIONS.map((type) => this.get(type)).find((c) => c?.status === 'True');
    if (failing) {
      this.set('Ready', 'False', failing.reason, failing.message);
      if (STALLING_REASONS.has(failing.reason)) this.set('Stalled', 'True', failing.reason, failing.message);
      else this.delete('Stalled');
    } else if (done) {
      this.set('Ready', 'True', 'Succeeded', readyMessage);
      this.delete('Stalled');
    } else {
      this.set('Ready', 'Unknown', 'Progressing', this.get('Reconciling')?.message ?? 'reconciliation in progress');
    }
    if (done) this.delete('Reconciling');
    return this.snapshot();
  }

  snapshot(): Condition[] {
    const order = (type: string): number => (type === 'Ready' ? 0 : type === 'Reconciling' ? 1 : type === 'Stalled' ? 2 : 3);
    return this.list.map((c) => ({ ...c })).sort((a, b) => order(a.type) - order(b.type) || a.type.localeCompare(b.type));
  }
}
