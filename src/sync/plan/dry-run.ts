import { boundedEach } from '../../core/throttle.js';
import type { KubeClient } from '../../kube/client.js';
import { KubeError } from '../../kube/errors.js';
import { keyFromObject, stampOf, withOwner } from '../inventory/inventory.js';
import { keyOf } from '../prune/plan-prune.js';
import { classify, preparePayload, rejectedUpdate, subjectOf, type DryRunOutcome, type PlannedChange } from './plan.js';

/**
 * The plan stage's I/O: for each desired object, read the live one and ask the API server for a
 * server-side dry run of the payload (its defaulting and admission webhooks take part), then classify.
 * Transient API errors abort the plan (retry later); a rejection is a blocked change.
 */
export interface PlanShortcut {
  /** Live objects by key, from one LIST per kind (instead of a GET per object); absent = does not exist. */
  live: ReadonlyMap<string, Record<string, unknown>>;
  /** Stamps recorded when the same revision was last applied: an object whose stamp is unchanged needs no dry run. */
  known: ReadonlyMap<string, string>;
}

export interface PlanOptions {
  shortcut?: PlanShortcut;
  /** Requests in flight at once (the client's rate limit still applies). */
  concurrency?: number;
  /**
   * Dry-run objects that do not exist yet. `virtops plan` does, to show rejections before anything is
   * written; a sync need not: the real apply meets the same admission and reports the same rejection.
   */
  dryRunCreates?: boolean;
}

export async function planObjects(kube: KubeClient, objects: readonly Record<string, unknown>[], owner: string, options: PlanOptions = {}): Promise<PlannedChange[]> {
  const newNamespaces = new Set(objects.filter((object) => object['kind'] === 'Namespace').map((object) => keyFromObject(object).name));
  const plan: PlannedChange[] = new Array<PlannedChange>(objects.length);
  const indexed = objects.map((object, index) => ({ object, index }));
  await boundedEach(indexed, options.concurrency ?? 8, async ({ object, index }) => {
    plan[index] = await planOne(kube, withOwner(object, owner), newNamespaces, options);
  });
  return plan;
}

async function planOne(kube: KubeClient, desired: Record<string, unknown>, newNamespaces: ReadonlySet<string>, options: PlanOptions): Promise<PlannedChange> {
  const { shortcut } = options;
  const ref = keyFromObject(desired);
  const key = keyOf(ref);
  const live = shortcut ? shortcut.live.get(key) : await kube.get(ref);
  const stamp = stampOf(live);
  if (shortcut && stamp !== undefined && shortcut.known.get(key) === stamp) {
    // Same revision, untouched since it was applied: nothing can have changed.
    return { subject: subjectOf(desired), action: 'unchanged', payload: desired, changes: [], stamp };
  }
  const prepared = preparePayload(desired, live);
  if (!live && options.dryRunCreates === false) return classify(prepared.payload, undefined, { ok: true, object: prepared.payload }, prepared.powerOverride);
  const rejected = live ? rejectedUpdate(prepared.payload, live, prepared.powerOverride) : undefined;
  if (rejected) return stamp !== undefined ? { ...rejected, stamp } : rejected;
  let dryRun: DryRunOutcome;
  try {
    dryRun = { ok: true, object: await kube.apply(prepared.payload, { dryRun: true, force: true }) };
  } catch (error) {
    if (error instanceof KubeError && error.retryable) throw error;
    // Its namespace is created by this same sync (an earlier wave): nothing to dry-run against yet.
    if (!live && ref.namespace && newNamespaces.has(ref.namespace) && error instanceof KubeError && error.reason === 'NotFound' && error.message.includes(`namespaces "${ref.namespace}" not found`)) {
      return classify(prepared.payload, undefined, { ok: true, object: prepared.payload }, prepared.powerOverride);
    }
    dryRun = { ok: false, reason: error instanceof KubeError ? error.reason : 'Unknown', message: (error as Error).message, ...(error instanceof KubeError && error.code ? { code: error.code } : {}) };
  }
  const change = classify(prepared.payload, live, dryRun, prepared.powerOverride);
  return stamp !== undefined ? { ...change, stamp } : change;
}
