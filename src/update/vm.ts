import { dig, isRecord, semanticEqual, type Json, type UpdateFinding } from './types.js';

/**
 * VirtualMachine updates (pkg/storage/admitters/vm-storage-status.go, pkg/instancetype/webhooks/vm/mutator.go):
 * while a snapshot is in progress the volumes and the running state are frozen; while a restore is in
 * progress the run strategy is; and a matcher's name cannot change while its revisionName stays.
 */
export function checkVmUpdate(live: Json, desired: Json): UpdateFinding[] {
  const findings: UpdateFinding[] = [];
  checkSnapshot(live, desired, findings);
  checkRestore(live, desired, findings);
  for (const key of ['instancetype', 'preference'] as const) checkMatcherRevision(live, desired, key, findings);
  return findings;
}

function checkSnapshot(live: Json, desired: Json, out: UpdateFinding[]): void {
  const snapshot = dig(live, 'status', 'snapshotInProgress');
  if (typeof snapshot !== 'string') return;
  const liveVolumes = dig(live, 'spec', 'template', 'spec', 'volumes');
  const desiredVolumes = dig(desired, 'spec', 'template', 'spec', 'volumes');
  if (!semanticEqual(liveVolumes, desiredVolumes)) {
    out.push({
      catalog: 'vm-snapshot-in-progress',
      path: 'spec.template.spec.volumes',
      message: `KubeVirt rejects changes to the VM's disks and volumes until snapshot "${snapshot}" completes. Wait for the snapshot to finish; the change is applied on the next sync.`,
      severity: 'error',
    });
    return;
  }
  if (!sameRunningSpec(dig(live, 'spec'), dig(desired, 'spec'))) {
    out.push({
      catalog: 'vm-snapshot-in-progress',
      path: 'spec.runStrategy',
      message: `KubeVirt rejects changes to the VM's running state until snapshot "${snapshot}" completes. Wait for the snapshot to finish; the change is applied on the next sync.`,
      severity: 'error',
    });
  }
}

/** compareRunningSpec: equal `running`, or equal `runStrategy`; anything else (including a switch between the two) is a change. */
function sameRunningSpec(live: unknown, desired: unknown): boolean {
  if (!isRecord(live) || !isRecord(desired)) return false;
  const set = (v: unknown) => v !== undefined && v !== null;
  if (set(live['running']) && set(desired['running'])) return live['running'] === desired['running'];
  if (set(live['runStrategy']) && set(desired['runStrategy'])) return live['runStrategy'] === desired['runStrategy'];
  return false;
}

/** VirtualMachine.RunStrategy(): running true/false means Always/Halted; undefined when neither or both are set. */
function runStrategyOf(spec: unknown): string | undefined {
  if (!isRecord(spec)) return undefined;
  const running = spec['running'];
  const strategy = spec['runStrategy'];
  const hasRunning = running !== undefined && running !== null;
  const hasStrategy = strategy !== undefined && strategy !== null;
  if (hasRunning === hasStrategy) return undefined;
  if (hasRunning) return running === true ? 'Always' : 'Halted';
  return typeof strategy === 'string' ? strategy : undefined;
}

function checkRestore(live: Json, desired: Json, out: UpdateFinding[]): void {
  const restore = dig(live, 'status', 'restoreInProgress');
  if (typeof restore !== 'string') return;
  const before = runStrategyOf(live['spec']);
  const after = runStrategyOf(desired['spec']);
  if (before === after) return;
  out.push({
    catalog: 'vm-restore-in-progress',
    path: 'spec.runStrategy',
    message: `KubeVirt rejects changing the VM's run strategy (${before ?? 'unset'} → ${after ?? 'unset'}) until restore "${restore}" completes. Wait for the restore to finish; the change is applied on the next sync.`,
    severity: 'error',
  });
}

/** validateMatcherUpdate: a changed name with the same, non-empty revisionName. */
function checkMatcherRevision(live: Json, desired: Json, key: 'instancetype' | 'preference', out: UpdateFinding[]): void {
  const before = dig(live, 'spec', key);
  const after = dig(desired, 'spec', key);
  if (!isRecord(before) || !isRecord(after)) return;
  const revision = after['revisionName'];
  if (typeof revision !== 'string' || revision === '' || revision !== before['revisionName']) return;
  if ((before['name'] ?? '') === (after['name'] ?? '')) return;
  out.push({
    catalog: 'matcher-revision-update',
    path: `spec.${key}.revisionName`,
    message: `spec.${key}.name changes from '${String(before['name'] ?? '')}' to '${String(after['name'] ?? '')}' but revisionName stays '${revision}', which belongs to the old ${key}: KubeVirt rejects the update. Clear revisionName (leave it out) so KubeVirt records the new ${key}'s revision.`,
    severity: 'error',
  });
}
