import { dig, firstChange, formatPath, isRecord, type Json, type UpdateFinding } from './types.js';

const SELECTOR_LABEL = 'kubevirt.io/vmi-name';

/**
 * VirtualMachineInstanceMigration updates (admitters/migration-update-admitter.go): the spec is immutable, and
 * a migration still in flight keeps its kubevirt.io/vmi-name label.
 */
export function checkMigrationUpdate(live: Json, desired: Json): UpdateFinding[] {
  const findings: UpdateFinding[] = [];
  const change = firstChange(desired['spec'], live['spec'], ['spec']);
  if (change !== undefined) {
    findings.push({
      catalog: 'migration-spec-immutable',
      path: formatPath(change),
      message: `A migration's spec cannot be changed after creation, and ${formatPath(change)} differs. Create a new VirtualMachineInstanceMigration (with a new name) instead.`,
      severity: 'error',
    });
  }
  const phase = dig(live, 'status', 'phase');
  if (phase === 'Succeeded' || phase === 'Failed') return findings;
  const liveLabels = dig(live, 'metadata', 'labels');
  if (!isRecord(liveLabels) || typeof liveLabels[SELECTOR_LABEL] !== 'string') return findings;
  const desiredLabels = dig(desired, 'metadata', 'labels');
  const value = isRecord(desiredLabels) ? desiredLabels[SELECTOR_LABEL] : undefined;
  if (value === liveLabels[SELECTOR_LABEL]) return findings;
  const removed = value === undefined || value === null;
  findings.push({
    catalog: 'migration-selector-label-immutable',
    path: `metadata.labels.${SELECTOR_LABEL}`,
    message: removed
      ? `The migration is in flight, and KubeVirt does not allow removing its ${SELECTOR_LABEL} label (KubeVirt set it to '${String(liveLabels[SELECTOR_LABEL])}'). Add the label with that value to the manifest, or wait until the migration has finished.`
      : `The migration is in flight, and KubeVirt does not allow changing its ${SELECTOR_LABEL} label from '${String(liveLabels[SELECTOR_LABEL])}'. Keep that value, or wait until the migration has finished.`,
    severity: 'error',
  });
  return findings;
}
