import { formatPath } from '../../core/path.js';
import { checkUpdate } from '../../update/check-update.js';
import { changedPaths, comparable } from './diff.js';
import { carryOverKubevirtFields } from './kubevirt-fields.js';
import { applyPowerPolicy } from './power.js';
import { vmImpact, type VmImpact } from './vm-impact.js';

/**
 * The plan, in VM terms: for each desired object, what applying it will do. Pure: it takes the live
 * objects and the server's dry-run answers as inputs (the apply stage does the I/O).
 */

type Json = Record<string, unknown>;

export type DryRunOutcome = { ok: true; object: Json } | { ok: false; reason: string; message: string; code?: number };

export type ChangeAction = 'create' | 'update' | 'unchanged' | 'blocked';

export interface PlannedChange {
  subject: string;
  action: ChangeAction;
  /** What the apply stage sends (KubeVirt-written fields carried over, power policy applied). */
  payload: Json;
  /** Changed fields, dotted (update only). */
  changes: string[];
  /** For VirtualMachines: what the change means for the running guest. */
  impact?: VmImpact;
  restartPaths?: string[];
  /** git's power state was not applied because people changed it (power policy). */
  powerOverride?: { declared: string; live: string };
  /** Why the object cannot be applied (blocked). */
  reason?: string;
  /** What blocked it: KubeVirt's update-time rules (checkUpdate), or the server's dry run. */
  blockedBy?: 'update-rule' | 'dry-run';
  /** The live object's stamp (see inventory), for the next sync's shortcut. */
  stamp?: string;
}

export function subjectOf(object: Json): string {
  const metadata = (object['metadata'] ?? {}) as { namespace?: string; name?: string };
  return `${String(object['kind'])}/${metadata.namespace ? `${metadata.namespace}/` : ''}${metadata.name ?? ''}`;
}

/** Step 1 (before the dry run): the payload to apply over `live`. */
export function preparePayload(desired: Json, live: Json | undefined): { payload: Json; powerOverride?: { declared: string; live: string } } {
  const carried = carryOverKubevirtFields(desired, live);
  const { payload, keptLive } = applyPowerPolicy(carried, live);
  return keptLive ? { payload, powerOverride: keptLive } : { payload };
}

/**
 * Step 1b (before the dry run, objects that exist): KubeVirt's update-time rules, which need the live
 * object. A payload they reject is blocked here; applying it would only be refused at admission,
 * sync after sync.
 */
export function rejectedUpdate(payload: Json, live: Json, powerOverride?: { declared: string; live: string }): PlannedChange | undefined {
  const errors = checkUpdate(live, payload).filter((finding) => finding.severity === 'error');
  if (errors.length === 0) return undefined;
  const reason = errors.map((finding) => `${finding.path}: ${finding.message} [${finding.catalog}]`).join('; ');
  return { subject: subjectOf(payload), action: 'blocked', payload, changes: [], reason, blockedBy: 'update-rule', ...(powerOverride ? { powerOverride } : {}) };
}

/** Step 2 (after the dry run): what the apply will do. */
export function classify(payload: Json, live: Json | undefined, dryRun: DryRunOutcome, powerOverride?: { declared: string; live: string }): PlannedChange {
  const subject = subjectOf(payload);
  const extra = powerOverride ? { powerOverride } : {};
  if (!dryRun.ok) {
    return { subject, action: 'blocked', payload, changes: [], reason: explainRejection(payload, dryRun), blockedBy: 'dry-run', ...extra };
  }
  if (!live) return { subject, action: 'create', payload, changes: [], ...extra };
  const paths = changedPaths(comparable(live), comparable(dryRun.object));
  if (paths.length === 0) return { subject, action: 'unchanged', payload, changes: [], ...extra };
  const change: PlannedChange = { subject, action: 'update', payload, changes: paths.map(formatPath).sort(), ...extra };
  if (payload['kind'] === 'VirtualMachine') {
    const { impact, restartPaths } = vmImpact(paths);
    change.impact = impact;
    if (restartPaths.length > 0) change.restartPaths = restartPaths;
  }
  return change;
}

/** Immutable fields are the common rejection: say what to do instead of deleting and recreating. */
function explainRejection(payload: Json, dryRun: Extract<DryRunOutcome, { ok: false }>): string {
  const kind = String(payload['kind']);
  if (/immutable|Cannot update DataVolume Spec/i.test(dryRun.message)) {
    const hint = kind === 'DataVolume'
      ? 'a DataVolume spec cannot change after creation: give the new disk a new name (virtops never deletes and recreates disks)'
      : 'the field cannot change after creation: virtops never deletes and recreates it; change it by hand or give the object a new name';
    return `${dryRun.message} (${hint})`;
  }
  return `${dryRun.reason}: ${dryRun.message}`;
}
