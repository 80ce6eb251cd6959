import { RESERVED_VMI_LABELS } from '../normalize/labels.js';
import { dig, firstChange, formatPath, isRecord, type Json, type UpdateFinding } from './types.js';

/**
 * VirtualMachineInstance updates (admitters/vmi-update-admitter.go): only KubeVirt's own service accounts may
 * change a VMI's spec, and nobody else may touch its reserved labels. Fields the desired object leaves out are
 * not a change (the cluster filled them in at creation).
 */
export function checkVmiUpdate(live: Json, desired: Json): UpdateFinding[] {
  const findings: UpdateFinding[] = [];
  const change = firstChange(desired['spec'], live['spec'], ['spec']);
  if (change !== undefined) {
    findings.push({
      catalog: 'vmi-spec-immutable',
      path: formatPath(change),
      message: `A VirtualMachineInstance's spec cannot be changed after creation (KubeVirt: "update of VMI object is restricted"), and ${formatPath(change)} differs from the running VMI. Delete and recreate the VMI, or manage it through a VirtualMachine, whose template changes take effect on restart.`,
      severity: 'error',
    });
  }
  const liveLabels = dig(live, 'metadata', 'labels');
  const desiredLabels = dig(desired, 'metadata', 'labels');
  if (isRecord(desiredLabels)) {
    for (const [key, value] of Object.entries(desiredLabels)) {
      if (!RESERVED_VMI_LABELS.has(key)) continue;
      const current = isRecord(liveLabels) ? liveLabels[key] : undefined;
      if (current === value) continue;
      findings.push({
        catalog: 'vmi-reserved-labels-immutable',
        path: `metadata.labels.${key}`,
        message: `Label ${key} is reserved for KubeVirt on a VirtualMachineInstance, and only KubeVirt may add, change or remove it. Remove it from the manifest.`,
        severity: 'error',
      });
    }
  }
  return findings;
}
