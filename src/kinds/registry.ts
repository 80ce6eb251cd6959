import type { FieldPath } from '../core/types.js';

/**
 * What virtops knows about each kind: the API group and the versions a current cluster serves,
 * and where a VirtualMachineInstance spec sits inside it (rules written once against that spec
 * run for every kind that holds one).
 */
export interface KindInfo {
  kind: string;
  group: string;
  /** Served versions, preferred first. */
  versions: readonly string[];
  /** Served but deprecated: accepted with a warning. */
  deprecatedVersions?: readonly string[];
  /** Versions that existed once and are no longer served. */
  removedVersions?: readonly string[];
  namespaced: boolean;
  /** Paths from the object root to each VirtualMachineInstance spec it holds. */
  instanceSpecPaths?: readonly FieldPath[];
}

const VM_SPEC: FieldPath = ['spec', 'template', 'spec'];

export const KINDS: readonly KindInfo[] = [
  { kind: 'VirtualMachine', group: 'kubevirt.io', versions: ['v1', 'v1alpha3'], deprecatedVersions: ['v1alpha3'], namespaced: true, instanceSpecPaths: [VM_SPEC] },
  { kind: 'VirtualMachineInstance', group: 'kubevirt.io', versions: ['v1', 'v1alpha3'], deprecatedVersions: ['v1alpha3'], namespaced: true, instanceSpecPaths: [['spec']] },
  { kind: 'VirtualMachineInstanceReplicaSet', group: 'kubevirt.io', versions: ['v1', 'v1alpha3'], deprecatedVersions: ['v1alpha3'], namespaced: true, instanceSpecPaths: [VM_SPEC] },
  { kind: 'VirtualMachineInstancePreset', group: 'kubevirt.io', versions: ['v1', 'v1alpha3'], deprecatedVersions: ['v1alpha3'], namespaced: true },
  { kind: 'VirtualMachineInstanceMigration', group: 'kubevirt.io', versions: ['v1', 'v1alpha3'], deprecatedVersions: ['v1alpha3'], namespaced: true },
  { kind: 'VirtualMachinePool', group: 'pool.kubevirt.io', versions: ['v1beta1', 'v1alpha1'], deprecatedVersions: ['v1alpha1'], namespaced: true, instanceSpecPaths: [['spec', 'virtualMachineTemplate', 'spec', 'template', 'spec']] },
  { kind: 'VirtualMachineInstancetype', group: 'instancetype.kubevirt.io', versions: ['v1beta1'], removedVersions: ['v1alpha1', 'v1alpha2'], namespaced: true },
  { kind: 'VirtualMachineClusterInstancetype', group: 'instancetype.kubevirt.io', versions: ['v1beta1'], removedVersions: ['v1alpha1', 'v1alpha2'], namespaced: false },
  { kind: 'VirtualMachinePreference', group: 'instancetype.kubevirt.io', versions: ['v1beta1'], removedVersions: ['v1alpha1', 'v1alpha2'], namespaced: true },
  { kind: 'VirtualMachineClusterPreference', group: 'instancetype.kubevirt.io', versions: ['v1beta1'], removedVersions: ['v1alpha1', 'v1alpha2'], namespaced: false },
  { kind: 'MigrationPolicy', group: 'migrations.kubevirt.io', versions: ['v1alpha1'], namespaced: false },
  { kind: 'VirtualMachineSnapshot', group: 'snapshot.kubevirt.io', versions: ['v1beta1', 'v1alpha1'], deprecatedVersions: ['v1alpha1'], namespaced: true },
  { kind: 'VirtualMachineRestore', group: 'snapshot.kubevirt.io', versions: ['v1beta1', 'v1alpha1'], deprecatedVersions: ['v1alpha1'], namespaced: true },
  { kind: 'VirtualMachineClone', group: 'clone.kubevirt.io', versions: ['v1beta1', 'v1alpha1'], deprecatedVersions: ['v1alpha1'], namespaced: true },
  { kind: 'VirtualMachineExport', group: 'export.kubevirt.io', versions: ['v1beta1', 'v1'], namespaced: true },
  { kind: 'DataVolume', group: 'cdi.kubevirt.io', versions: ['v1beta1'], removedVersions: ['v1alpha1'], namespaced: true },
  { kind: 'DataSource', group: 'cdi.kubevirt.io', versions: ['v1beta1'], namespaced: true },
  { kind: 'DataImportCron', group: 'cdi.kubevirt.io', versions: ['v1beta1'], namespaced: true },
  { kind: 'NetworkAttachmentDefinition', group: 'k8s.cni.cncf.io', versions: ['v1'], namespaced: true },
  { kind: 'Template', group: 'template.openshift.io', versions: ['v1'], namespaced: true },
];

const byKind = new Map<string, KindInfo>();
for (const info of KINDS) {
  if (byKind.has(info.kind)) throw new Error(`kind ${info.kind} registered twice`);
  byKind.set(info.kind, info);
}

export function kindInfo(kind: string): KindInfo | undefined {
  return byKind.get(kind);
}

const splitVersions = new Map<string, { group: string; version: string }>();

/** Every object asks this; a corpus has only a few distinct apiVersions, so the answers are kept (bounded). */
export function splitApiVersion(apiVersion: string): { readonly group: string; readonly version: string } {
  let split = splitVersions.get(apiVersion);
  if (split === undefined) {
    const slash = apiVersion.lastIndexOf('/');
    split = slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
    if (splitVersions.size >= 1024) splitVersions.clear();
    splitVersions.set(apiVersion, split);
  }
  return split;
}

export function preferredApiVersion(info: KindInfo): string {
  return `${info.group}/${info.versions[0]}`;
}

export type ApiVersionStatus = 'served' | 'deprecated' | 'removed' | 'unknown';

export function apiVersionStatus(info: KindInfo, apiVersion: string): ApiVersionStatus {
  const { group, version } = splitApiVersion(apiVersion);
  if (group !== info.group) return 'unknown';
  if (info.deprecatedVersions?.includes(version)) return 'deprecated';
  if (info.versions.includes(version)) return 'served';
  if (info.removedVersions?.includes(version)) return 'removed';
  return 'unknown';
}
