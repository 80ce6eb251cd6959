import type { ResolvedConfig } from '../engine/config.js';
import type { KubeClient } from '../kube/client.js';
import { KubeError } from '../kube/errors.js';
import { applyPlan, DEFAULT_APPLY_OPTIONS, type AppliedChange, type ApplyOptions } from './apply/apply.js';
import { gate, type GateVerdict } from './gate/gate.js';
import { dataVolumeHealth } from './health/datavolume.js';
import type { Health } from './health/types.js';
import { runStrategyOf, vmHealth } from './health/vm.js';
import { keyFromObject, ownerOf, stampOf, type InventoryEntry } from './inventory/inventory.js';
import { planObjects, type PlanShortcut } from './plan/dry-run.js';
import { subjectOf, type PlannedChange } from './plan/plan.js';
import { powerPolicyOf } from './plan/power.js';
import { DEFAULT_ORPHAN_KINDS, keyOf, planPrune, type BlockedPrune, type PruneAction } from './prune/plan-prune.js';
import { render, type Rendered } from './render/render.js';
import type { RenderCache } from './render/render-memo.js';
import type { Artifact } from './source/fetch.js';
import { SourceError } from './source/errors.js';
import type { Selection, SourceFile } from './source/read-files.js';
import { Conditions, type Condition } from './status/conditions.js';
import { verificationStage, type VerificationRecord, type VerifyRevision } from './source/verify-stage.js';

/**
 * One reconcile of one GitSync, stage by stage, each owning its status condition (Flux's split):
 * source → render + lint gate → plan (server-side dry run) → apply → prune → health → status.
 * I/O goes through the injected dependencies; a failing stage stops the ones after it, and the last
 * good revision stays applied.
 */

export interface SyncSpec {
  /** `<namespace>/<name>` of the GitSync: the owner written on every applied object. */
  owner: string;
  selection: Selection;
  prune: { enabled: boolean; maxShare: number; approveRevision?: string };
  healthTimeoutSeconds: number;
}

export interface VmSummaryEntry {
  namespace?: string;
  name: string;
  health: Health['status'];
  reason: string;
  runStrategy?: string;
  restartRequired?: boolean;
  powerOverride?: { declared: string; live: string };
}

export interface SyncRecord {
  revision: string;
  startedAt: string;
  finishedAt: string;
  result: 'Succeeded' | 'Failed' | 'HeldBack';
  applied: number;
  unchanged: number;
  pruned: number;
  blocked: number;
}

export interface SyncStatus {
  conditions: Condition[];
  lastFetchedRevision?: string;
  lastAttemptedRevision?: string;
  lastAppliedRevision?: string;
  lint?: Omit<GateVerdict, 'passed'>;
  inventory: InventoryEntry[];
  vms: VmSummaryEntry[];
  vmSummary?: { healthy: number; total: number; text: string };
  history: SyncRecord[];
  /** The signer of the last revision that passed spec.source.verify. */
  verification?: VerificationRecord;
}

export interface SyncEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export interface ReconcileDeps {
  kube: KubeClient;
  fetch(): Promise<Artifact>;
  readFiles(artifact: Artifact, selection: Selection): Promise<SourceFile[]>;
  lintConfig: ResolvedConfig;
  now(): Date;
  apply?: Partial<ApplyOptions>;
  signal?: AbortSignal;
  /** OpenPGP check of the fetched revision (spec.source.verify); none when not configured. */
  verify?: VerifyRevision;
  /** Renderings of earlier syncs (the agent's memory): an unchanged revision is not read and linted again. */
  renders?: RenderCache;
}

const HISTORY = 10;
export const SELF_HEAL_ANNOTATION = 'virtops.io/self-heal';

function selfHealDisabled(object: Record<string, unknown>): boolean {
  return (((object['metadata'] ?? {}) as { annotations?: Record<string, string> }).annotations ?? {})[SELF_HEAL_ANNOTATION] === 'disabled';
}

export interface ReconcileResult {
  status: SyncStatus;
  events: SyncEvent[];
  /** This sync's record (absent when it stopped before a revision was chosen); the history may not repeat it. */
  record?: SyncRecord;
}

type SyncOutcome = Omit<SyncRecord, 'startedAt' | 'finishedAt'>;

/**
 * A sync that changed nothing and ended as the last one did is not recorded again: otherwise every
 * idle interval would rewrite the status for a timestamp (Flux, too, writes status only when it changes).
 */
function repeatsLast(outcome: SyncOutcome, last: SyncRecord | undefined): boolean {
  if (!last || outcome.applied > 0 || outcome.pruned > 0) return false;
  return (Object.keys(outcome) as (keyof SyncOutcome)[]).every((key) => outcome[key] === last[key]);
}

export async function reconcile(spec: SyncSpec, previous: SyncStatus, deps: ReconcileDeps): Promise<ReconcileResult> {
  const startedAt = deps.now();
  const conditions = new Conditions(previous.conditions, deps.now);
  const status: SyncStatus = { ...previous, conditions: [], inventory: previous.inventory, vms: previous.vms, history: previous.history };
  const events: SyncEvent[] = [];
  const finish = (done: boolean, message: string, outcome?: SyncOutcome): ReconcileResult => {
    status.conditions = conditions.summarize(done, message);
    if (!outcome) return { status, events };
    const record: SyncRecord = { ...outcome, startedAt: startedAt.toISOString(), finishedAt: deps.now().toISOString() };
    if (!repeatsLast(outcome, previous.history[0])) status.history = [record, ...previous.history].slice(0, HISTORY);
    return { status, events, record };
  };

  // Source
  let artifact: Artifact;
  try {
    conditions.markReconciling('Fetching', 'fetching the source');
    artifact = await deps.fetch();
    conditions.markRecovered('FetchFailed');
  } catch (error) {
    const reason = error instanceof SourceError ? error.reason : 'FetchFailed';
    conditions.markFailed('FetchFailed', reason, (error as Error).message);
    events.push({ type: 'Warning', reason: 'FetchFailed', message: (error as Error).message });
    return finish(true, '');
  }
  status.lastFetchedRevision = artifact.revision;

  // Signature verification (when configured): an unverified revision goes no further.
  if (await verificationStage(deps.verify, artifact, status, conditions, events)) {
    return finish(true, '', { revision: artifact.revision, result: 'HeldBack', applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }

  // Render and lint gate
  const renderKey = `${artifact.commit} ${JSON.stringify(spec.selection)}`;
  let rendered: Rendered | undefined = deps.renders?.get(renderKey);
  if (!rendered) {
    let files: SourceFile[];
    try {
      files = await deps.readFiles(artifact, spec.selection);
    } catch (error) {
      conditions.markFailed('FetchFailed', error instanceof SourceError ? error.reason : 'FetchFailed', (error as Error).message);
      return finish(true, '');
    }
    rendered = render(files, deps.lintConfig);
    deps.renders?.set(renderKey, rendered);
  }
  const verdict = gate(rendered);
  const { passed: _passed, ...lint } = verdict;
  status.lint = lint;
  if (!verdict.passed) {
    const message = `revision ${artifact.revision} has ${verdict.errors} lint error${verdict.errors === 1 ? '' : 's'} (first: ${verdict.findings[0]?.file}:${verdict.findings[0]?.line} ${verdict.findings[0]?.message}); ${status.lastAppliedRevision ? `${status.lastAppliedRevision} stays applied` : 'nothing applied'}`;
    conditions.markFailed('LintFailed', 'LintErrors', message);
    events.push({ type: 'Warning', reason: 'LintFailed', message });
    return finish(true, '', { revision: artifact.revision, result: 'HeldBack', applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }
  conditions.markRecovered('LintFailed');

  // Plan: the server's dry run of each payload, so its defaults and webhooks take part.
  conditions.markReconciling('Planning', `planning ${rendered.objects.length} objects of ${artifact.revision}`);
  status.lastAttemptedRevision = artifact.revision;
  let plan: PlannedChange[];
  let shortcut: PlanShortcut | undefined;
  try {
    const unchangedRevision = previous.lastAppliedRevision === artifact.revision;
    shortcut = await listShortcut(deps.kube, rendered.objects.map(({ object }) => object), unchangedRevision ? previous.inventory : []);
    plan = await planObjects(deps.kube, rendered.objects.map(({ object }) => object), spec.owner, { ...(shortcut ? { shortcut } : {}), dryRunCreates: false });
    conditions.markRecovered('PlanFailed');
  } catch (error) {
    conditions.markFailed('PlanFailed', error instanceof KubeError ? error.reason : 'PlanFailed', (error as Error).message);
    return finish(true, '', { revision: artifact.revision, result: 'Failed', applied: 0, unchanged: 0, pruned: 0, blocked: 0 });
  }

  // Drift on an unchanged revision is healed, unless the object opts out.
  if (previous.lastAppliedRevision === artifact.revision) {
    plan = plan.map((change) => {
      if (change.action !== 'update' || !selfHealDisabled(change.payload)) return change;
      events.push({ type: 'Warning', reason: 'DriftDetected', message: `${change.subject} differs from git (${change.changes.join(', ')}); not healed: ${SELF_HEAL_ANNOTATION} is disabled` });
      return { ...change, action: 'unchanged' };
    });
  }
  for (const change of plan) {
    if (change.action === 'update' && previous.lastAppliedRevision === artifact.revision) events.push({ type: 'Normal', reason: 'DriftHealed', message: `${change.subject} was changed in the cluster (${change.changes.join(', ')}); restoring it from git` });
  }

  // Apply
  conditions.markReconciling('Applying', `applying ${plan.filter((c) => c.action === 'create' || c.action === 'update').length} changes`);
  const applied = await applyPlan(deps.kube, plan, { ...DEFAULT_APPLY_OPTIONS, ...deps.apply, ...(deps.signal ? { signal: deps.signal } : {}) });
  for (const change of plan) {
    if (change.powerOverride) events.push({ type: 'Normal', reason: 'PowerOverride', message: `${change.subject}: runStrategy ${change.powerOverride.live} set outside git is kept (git says ${change.powerOverride.declared}; power policy ${powerPolicyOf(change.payload)})` });
    if (change.impact === 'restart-required') events.push({ type: 'Normal', reason: 'RestartRequired', message: `${change.subject} needs a restart for ${change.restartPaths?.join(', ')}` });
  }
  const failed = applied.filter((a) => a.outcome === 'failed' || a.outcome === 'blocked' || a.outcome === 'skipped');
  if (failed.length > 0) {
    conditions.markFailed('ApplyFailed', applyFailureReason(plan, failed), failed.map((f) => `${f.subject}: ${f.message}`).join('; '));
    for (const f of failed) events.push({ type: 'Warning', reason: f.outcome === 'blocked' ? 'ApplyBlocked' : 'ApplyFailed', message: `${f.subject}: ${f.message}` });
  } else {
    conditions.markRecovered('ApplyFailed');
  }
  const stamps = new Map<string, string | undefined>(plan.map((change) => [change.subject, change.stamp]));
  for (const result of applied) if (result.object) stamps.set(result.subject, stampOf(result.object));
  const desiredKeys = rendered.objects.map(({ object }) => {
    const stamp = stamps.get(subjectOf(object));
    return { ...keyFromObject(object), ...(stamp ? { stamp } : {}) };
  });
  // Keep in the inventory what was applied before even if this apply failed: it must stay prunable.
  status.inventory = mergeInventory(desiredKeys, failed.length > 0 ? previous.inventory : []);

  // Prune
  const pruneOutcome = spec.prune.enabled && failed.length === 0 ? await prune(deps.kube, spec, previous.inventory, desiredKeys, artifact.revision, events) : { pruned: [], blocked: [] };
  if (pruneOutcome.error) {
    // What was not pruned stays in the inventory: the next sync retries it.
    const pruned = new Set(pruneOutcome.pruned.map(keyOf));
    status.inventory = mergeInventory(status.inventory, previous.inventory.filter((entry) => !pruned.has(keyOf(entry))));
    conditions.markFailed('PruneFailed', 'PruneFailed', `${pruneOutcome.error}; the prune is retried at the next sync`);
    events.push({ type: 'Warning', reason: 'PruneFailed', message: pruneOutcome.error });
  } else {
    conditions.markRecovered('PruneFailed');
  }
  if (pruneOutcome.blocked.length > 0) status.inventory = mergeInventory(status.inventory, pruneOutcome.blocked);

  // Health
  conditions.markReconciling('HealthCheck', 'checking VM and DataVolume health');
  // The freshest copy of each object this sync saw: the apply response, else the plan's LIST.
  const latest = new Map<string, Record<string, unknown>>(shortcut?.live);
  for (const result of applied) if (result.object) latest.set(keyOf(keyFromObject(result.object)), result.object);
  let healthResult: { vms: VmSummaryEntry[]; degraded: string[]; progressing: number };
  let healthUnknown = false;
  try {
    healthResult = await checkHealth(deps.kube, rendered.objects.map((o) => o.object), spec, deps.now(), shortcut ? latest : undefined);
  } catch (error) {
    // Health unknown, not bad: the applied changes stand, the last known VM summary stays, the next sync looks again.
    const message = `reading VM and DataVolume health failed: ${(error as Error).message}; retried at the next sync`;
    conditions.markFailed('HealthCheckFailed', 'HealthCheckFailed', message);
    events.push({ type: 'Warning', reason: 'HealthCheckFailed', message });
    healthResult = { vms: previous.vms, degraded: [], progressing: 0 };
    healthUnknown = true;
  }
  status.vms = healthResult.vms;
  const healthy = healthResult.vms.filter((v) => v.health === 'Healthy' || v.health === 'Suspended').length;
  status.vmSummary = { healthy, total: healthResult.vms.length, text: `${healthy}/${healthResult.vms.length}` };
  if (healthResult.degraded.length > 0) conditions.markFailed('HealthCheckFailed', 'Degraded', healthResult.degraded.join('; '));
  else if (!healthUnknown) conditions.markRecovered('HealthCheckFailed');
  const done = healthResult.progressing === 0;
  if (!done) conditions.markReconciling('HealthCheck', `${healthResult.progressing} object(s) still progressing`);
  if (failed.length === 0 && healthResult.degraded.length === 0) status.lastAppliedRevision = artifact.revision;

  const counts = countOutcomes(applied);
  return finish(done, `applied revision ${artifact.revision}`, {
    revision: artifact.revision,
    result: failed.length > 0 || healthResult.degraded.length > 0 || pruneOutcome.error || healthUnknown ? 'Failed' : 'Succeeded',
    applied: counts.applied,
    unchanged: counts.unchanged,
    pruned: pruneOutcome.pruned.length,
    blocked: pruneOutcome.blocked.length + applied.filter((a) => a.outcome === 'blocked').length,
  });
}

async function prune(kube: KubeClient, spec: SyncSpec, inventory: readonly InventoryEntry[], desired: readonly InventoryEntry[], revision: string, events: SyncEvent[]): Promise<{ pruned: PruneAction[]; blocked: BlockedPrune[]; error?: string }> {
  const wanted = new Set(desired.map(keyOf));
  const candidates = [];
  for (const entry of inventory) {
    if (wanted.has(keyOf(entry))) {
      candidates.push({ ...entry, annotations: {} });
      continue;
    }
    let live: Record<string, unknown> | undefined;
    try {
      live = await kube.get(entry);
    } catch (error) {
      // Without the live object there is no owner or prune annotation to respect: prune nothing this time.
      return { pruned: [], blocked: [], error: `reading ${entry.kind} ${entry.namespace ? `${entry.namespace}/` : ''}${entry.name} to prune it failed: ${(error as Error).message}` };
    }
    // Already gone, or taken over by someone else: not ours to delete.
    if (!live || ownerOf(live) !== spec.owner) continue;
    candidates.push({ ...entry, annotations: (((live['metadata'] ?? {}) as { annotations?: Record<string, string> }).annotations ?? {}) });
  }
  const plan = planPrune(candidates, desired, { maxShare: spec.prune.maxShare, approved: spec.prune.approveRevision === revision, orphanKinds: DEFAULT_ORPHAN_KINDS });
  for (const blocked of plan.blocked) events.push({ type: 'Warning', reason: 'PruneBlocked', message: `${blocked.kind} ${blocked.namespace ? `${blocked.namespace}/` : ''}${blocked.name}: ${blocked.reason}` });
  const pruned: PruneAction[] = [];
  try {
    for (const action of plan.prune) {
      await kube.delete(action, action.propagation);
      pruned.push(action);
      events.push({ type: 'Normal', reason: 'Pruned', message: `${action.kind} ${action.namespace ? `${action.namespace}/` : ''}${action.name} deleted (propagation ${action.propagation}) because it left git` });
    }
  } catch (error) {
    return { pruned, blocked: plan.blocked, error: `pruning failed after ${pruned.length} of ${plan.prune.length} deletions: ${(error as Error).message}` };
  }
  return { pruned, blocked: plan.blocked };
}

async function checkHealth(kube: KubeClient, objects: readonly Record<string, unknown>[], spec: SyncSpec, now: Date, listed?: ReadonlyMap<string, Record<string, unknown>>): Promise<{ vms: VmSummaryEntry[]; degraded: string[]; progressing: number }> {
  const vms: VmSummaryEntry[] = [];
  const degraded: string[] = [];
  let progressing = 0;
  for (const object of objects) {
    const kind = object['kind'];
    if (kind !== 'VirtualMachine' && kind !== 'DataVolume') continue;
    const ref = keyFromObject(object);
    // With a LIST behind `listed`, absence means it does not exist (e.g. its create failed).
    const live = listed ? listed.get(keyOf(ref)) : await kube.get(ref);
    if (!live) continue;
    const since = sinceOf(live);
    const deadline = { now, seconds: spec.healthTimeoutSeconds, ...(since ? { since } : {}) };
    const health = kind === 'VirtualMachine' ? vmHealth({ live, declaredRunStrategy: runStrategyOf(object['spec']), policy: powerPolicyOf(object), deadline }) : dataVolumeHealth(live, deadline);
    if (health.status === 'Degraded') degraded.push(`${kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}: ${health.message}`);
    if (health.status === 'Progressing') progressing++;
    if (kind === 'VirtualMachine') {
      vms.push({
        ...(ref.namespace ? { namespace: ref.namespace } : {}),
        name: ref.name,
        health: health.status,
        reason: health.reason,
        ...(runStrategyOf(live['spec']) ? { runStrategy: runStrategyOf(live['spec'])! } : {}),
        ...(health.restartRequired ? { restartRequired: true } : {}),
        ...(health.powerOverride ? { powerOverride: health.powerOverride } : {}),
      });
    }
  }
  return { vms, degraded, progressing };
}

/** The latest condition transition is when the object entered its current state, as far as the API tells. */
function sinceOf(live: Record<string, unknown>): Date | undefined {
  const conditions = ((live['status'] ?? {}) as { conditions?: { lastTransitionTime?: string }[] }).conditions ?? [];
  const times = conditions.map((c) => (c.lastTransitionTime ? Date.parse(c.lastTransitionTime) : NaN)).filter((t) => !Number.isNaN(t));
  if (times.length > 0) return new Date(Math.max(...times));
  const created = ((live['metadata'] ?? {}) as { creationTimestamp?: string }).creationTimestamp;
  return created ? new Date(created) : undefined;
}

function mergeInventory(primary: readonly InventoryEntry[], extra: readonly InventoryEntry[]): InventoryEntry[] {
  const seen = new Set(primary.map(keyOf));
  const entry = (e: InventoryEntry): InventoryEntry => ({ apiVersion: e.apiVersion, kind: e.kind, ...(e.namespace ? { namespace: e.namespace } : {}), name: e.name, ...(e.stamp ? { stamp: e.stamp } : {}) });
  const out = primary.map(entry);
  for (const e of extra) {
    if (!seen.has(keyOf(e))) {
      seen.add(keyOf(e));
      out.push(entry(e));
    }
  }
  return out;
}

/**
 * One LIST per kind instead of a GET per object; for a revision already applied, also the stamps that
 * let untouched objects skip their dry run. When any LIST fails (e.g. RBAC allows only get), the plan
 * takes the long way.
 */
async function listShortcut(kube: KubeClient, objects: readonly Record<string, unknown>[], inventory: readonly InventoryEntry[]): Promise<PlanShortcut | undefined> {
  const kinds = new Map<string, { apiVersion: string; kind: string }>();
  for (const object of objects) kinds.set(`${String(object['apiVersion'])}/${String(object['kind'])}`, { apiVersion: String(object['apiVersion']), kind: String(object['kind']) });
  const live = new Map<string, Record<string, unknown>>();
  try {
    for (const { apiVersion, kind } of kinds.values()) {
      for (const item of await kube.list(apiVersion, kind)) {
        // Items of a typed list carry no apiVersion/kind of their own.
        const full = { ...item, apiVersion, kind };
        live.set(keyOf(keyFromObject(full)), full);
      }
    }
  } catch {
    return undefined;
  }
  const known = new Map<string, string>();
  for (const entry of inventory) if (entry.stamp) known.set(keyOf(entry), entry.stamp);
  return { live, known };
}

/** The condition reason: an update KubeVirt's update rules refuse (e.g. during a snapshot) before an immutable field, before any other failure. */
function applyFailureReason(plan: readonly PlannedChange[], failed: readonly AppliedChange[]): string {
  if (plan.some((change) => change.action === 'blocked' && change.blockedBy === 'update-rule')) return 'UpdateRejected';
  return failed.some((f) => f.outcome === 'blocked') ? 'ImmutableChange' : 'ApplyFailed';
}

function countOutcomes(applied: readonly AppliedChange[]): { applied: number; unchanged: number } {
  return { applied: applied.filter((a) => a.outcome === 'applied').length, unchanged: applied.filter((a) => a.outcome === 'unchanged').length };
}

export function emptyStatus(): SyncStatus {
  return { conditions: [], inventory: [], vms: [], history: [] };
}
