/**
 * KubeVirt feature gates that admission consults, with their maturity at the KubeVirt release the
 * catalogue describes (../shared/reference/kubevirt-rules.md, section 2.7). Alpha gates are off unless
 * the cluster lists them in `developerConfiguration.featureGates`; Beta gates are on unless listed in
 * `disabledFeatureGates`; GA gates are always on. virtops cannot see the cluster, so the user's
 * `settings.featureGates` / `settings.disabledFeatureGates` stand in for those two lists.
 */
export const FEATURE_GATES = {
  ExperimentalIgnitionSupport: 'alpha',
  Sidecar: 'alpha',
  HostDevices: 'alpha',
  HostDisk: 'alpha',
  DownwardMetrics: 'alpha',
  VSOCK: 'alpha',
  EnableVirtioFsStorageVolumes: 'alpha',
  ReservedOverheadMemlock: 'alpha',
  WorkloadEncryptionTDX: 'alpha',
  NetworkDevicesWithDRA: 'alpha',
  PortRangesSpec: 'alpha',
  UtilityVolumes: 'alpha',
  GraceIOVirtualization: 'alpha',
  PCINUMAAwareTopology: 'alpha',
  IOMMUFD: 'alpha',
  VGPULiveMigration: 'alpha',
  WorkloadEncryptionSEV: 'beta',
  DeclarativeHotplugVolumes: 'beta',
  PasstBinding: 'beta',
  RebootPolicy: 'beta',
  DecentralizedLiveMigration: 'beta',
  GPUsWithDRA: 'beta',
  HostDevicesWithDRA: 'beta',
  NodeRestriction: 'beta',
  NUMA: 'ga',
  PersistentReservation: 'ga',
  VideoConfig: 'ga',
  PanicDevices: 'ga',
  GPU: 'ga',
  LiveMigration: 'ga',
} as const satisfies Record<string, 'alpha' | 'beta' | 'ga'>;

export type FeatureGate = keyof typeof FEATURE_GATES;

export function isKnownFeatureGate(name: string): name is FeatureGate {
  return Object.hasOwn(FEATURE_GATES, name);
}

export interface FeatureGateSettings {
  featureGates: readonly string[];
  disabledFeatureGates: readonly string[];
}

export function isFeatureGateEnabled(settings: FeatureGateSettings, gate: FeatureGate): boolean {
  switch (FEATURE_GATES[gate]) {
    case 'alpha':
      return settings.featureGates.includes(gate);
    case 'beta':
      return !settings.disabledFeatureGates.includes(gate);
    case 'ga':
      return true;
  }
}

/** The sentence a finding about a disabled gate ends with: how to tell virtops the cluster has it. */
export function featureGateHint(gate: FeatureGate): string {
  return FEATURE_GATES[gate] === 'alpha'
    ? `KubeVirt rejects this unless the ${gate} feature gate (Alpha, off by default) is enabled in the KubeVirt CR; if your cluster enables it, add ${gate} to settings.featureGates in virtops.config.yaml`
    : `KubeVirt rejects this because the ${gate} feature gate (Beta, on by default) is disabled in settings.disabledFeatureGates`;
}

/**
 * How sure a gate finding is. Until the config states the cluster's gates (settings.featureGates or
 * disabledFeatureGates), virtops cannot know them: a gated feature is then a warning, since the
 * cluster that runs it most likely enables the gate. Once stated, the finding keeps its rule's level.
 */
export function gateSeverity(settings: { featureGatesConfigured: boolean }): { severity?: 'warning' } {
  return settings.featureGatesConfigured ? {} : { severity: 'warning' };
}
