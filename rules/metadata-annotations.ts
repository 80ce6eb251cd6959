import type { FieldPath } from '../src/core/types.js';
import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled, type FeatureGate } from '../src/normalize/feature-gates.js';
import { RESERVED_VMI_LABELS } from '../src/normalize/labels.js';
import { digPath, isRecord, isTemplated } from '../src/normalize/values.js';

const GATED_ANNOTATIONS: readonly { key: string; gate: FeatureGate; what: string }[] = [
  { key: 'kubevirt.io/ignitiondata', gate: 'ExperimentalIgnitionSupport', what: 'Ignition data' },
  { key: 'hooks.kubevirt.io/hookSidecars', gate: 'Sidecar', what: 'Hook sidecars' },
];

/** Where the VMI metadata KubeVirt validates sits in each kind, and whether reserved labels are checked there. */
const METADATA: Readonly<Record<string, { path: FieldPath; labels: boolean }>> = {
  VirtualMachineInstance: { path: ['metadata'], labels: true },
  VirtualMachine: { path: ['spec', 'template', 'metadata'], labels: true },
  VirtualMachinePool: { path: ['spec', 'virtualMachineTemplate', 'spec', 'template', 'metadata'], labels: true },
  // The replica set's VMIs are created by KubeVirt's own service account, which may set reserved labels.
  VirtualMachineInstanceReplicaSet: { path: ['spec', 'template', 'metadata'], labels: false },
};

export default defineRule({
  meta: {
    id: 'metadata-annotations',
    type: 'problem',
    description: "VMI metadata must not set KubeVirt's reserved labels, nor feature-gated annotations the cluster does not enable",
    level: 'error',
    scope: 'object',
    kinds: Object.keys(METADATA),
    catalog: ['restricted-kubevirt-labels', 'ignition-annotation-gate', 'sidecar-annotation-gate'],
    messages: {
      reservedLabel: "Label '{{label}}' is reserved for KubeVirt itself: a VirtualMachineInstance created with it is rejected. Remove the label.",
      gatedAnnotation: "{{what}} (annotation '{{key}}') need the {{gate}} feature gate: {{hint}}.",
    },
  },
  check(ctx) {
    const where = METADATA[ctx.kind];
    if (where === undefined) return;
    const metadata = digPath(ctx.object, where.path as string[]);
    if (!isRecord(metadata)) return;

    const labels = metadata['labels'];
    if (where.labels && isRecord(labels)) {
      for (const label of Object.keys(labels)) {
        if (RESERVED_VMI_LABELS.has(label)) ctx.report({ path: [...where.path, 'labels', label], target: 'key', messageId: 'reservedLabel', data: { label } });
      }
    }

    const annotations = metadata['annotations'];
    if (!isRecord(annotations)) return;
    for (const { key, gate, what } of GATED_ANNOTATIONS) {
      const value = annotations[key];
      if (typeof value !== 'string' || value === '' || isTemplated(ctx, value)) continue;
      if (isFeatureGateEnabled(ctx.settings, gate)) continue;
      ctx.report({ path: [...where.path, 'annotations', key], target: 'key', messageId: 'gatedAnnotation', data: { what, key, gate, hint: featureGateHint(gate) } , ...gateSeverity(ctx.settings) });
    }
  },
});
