/** Health of one live object, in the words Argo CD users know, judged against what git declares. */
export type HealthStatus = 'Healthy' | 'Progressing' | 'Degraded' | 'Suspended' | 'Missing' | 'Unknown';

export interface Health {
  status: HealthStatus;
  /** A short machine-friendly reason (a KubeVirt printable status, a CDI phase, …). */
  reason: string;
  message: string;
  /** KubeVirt says the running VM must restart to pick up its spec (condition RestartRequired). */
  restartRequired?: boolean;
  /** The VM's power state was changed outside git and the power policy leaves it so. */
  powerOverride?: { declared: string; live: string };
}

/** Who owns a VM's power state: git (enforce runStrategy), git only at creation, or the people who run it. */
export type PowerPolicy = 'git' | 'initial' | 'operator';

export const POWER_POLICY_ANNOTATION = 'virtops.io/power';

export function isPowerPolicy(value: unknown): value is PowerPolicy {
  return value === 'git' || value === 'initial' || value === 'operator';
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

export function conditionsOf(status: unknown): Condition[] {
  const list = status !== null && typeof status === 'object' ? (status as { conditions?: unknown }).conditions : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter((c): c is Condition => c !== null && typeof c === 'object' && typeof (c as Condition).type === 'string' && typeof (c as Condition).status === 'string');
}

export function condition(status: unknown, type: string): Condition | undefined {
  return conditionsOf(status).find((c) => c.type === type);
}

/** Time spent in a transitional state before it counts as stuck. */
export interface Deadline {
  /** When the object entered its current state, if known (the agent tracks first sight). */
  since?: Date;
  now: Date;
  seconds: number;
}

export function pastDeadline(deadline: Deadline | undefined): boolean {
  if (!deadline?.since) return false;
  return deadline.now.getTime() - deadline.since.getTime() > deadline.seconds * 1000;
}
