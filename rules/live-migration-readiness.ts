import type { FieldPath } from '../src/core/types.js';
import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { defaultOrigin } from '../src/normalize/defaults.js';
import { effectiveArch } from '../src/normalize/arch.js';
import { isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { INTERFACES_PATH } from '../src/normalize/networks.js';
import { asArray, dig, digPath, has, holderVmSpec, isRecord, isTemplated, nameOf } from '../src/normalize/values.js';

/** KubeVirt's annotation that lets a bridge-bound pod interface migrate (pkg/network/vmispec VerifyVMIMigratable). */
const ALLOW_BRIDGE_MIGRATION = 'kubevirt.io/allow-pod-bridge-network-live-migration';

export default defineRule({
  meta: {
    id: 'live-migration-readiness',
    type: 'suggestion',
    description: 'With evictionStrategy LiveMigrate, the VM must be live-migratable, or node drains wait for it forever',
    level: 'warn',
    scope: 'instance-spec',
    messages: {
      rwoDataVolume:
        "{{strategy}}, but volume '{{volume}}' uses DataVolume template '{{dataVolume}}' with access modes {{modes}}: KubeVirt migrates only VMs whose PVCs are ReadWriteMany (DisksNotLiveMigratable), so a node drain cannot move this VM. Request `accessModes: [ReadWriteMany]` (on storage that supports it), or set `evictionStrategy: LiveMigrateIfPossible` or `None`.",
      hostDisk:
        "{{strategy}}, but hostDisk volume '{{volume}}' is not shared: KubeVirt cannot migrate a VM with a non-shared hostDisk (DisksNotLiveMigratable), so a node drain cannot move this VM. Set `shared: true` if the path is on storage every node sees, or set `evictionStrategy: LiveMigrateIfPossible` or `None`.",
      bridgeInterface:
        "{{strategy}}, but interface '{{name}}' connects to the pod network with the bridge binding, which KubeVirt does not migrate (InterfaceNotLiveMigratable). Use `masquerade: {}` for the pod network, or add the annotation `kubevirt.io/allow-pod-bridge-network-live-migration` to the VMI's metadata if the guest copes with a new IP address after migration.",
      defaultBridgeInterface:
        "{{strategy}}, but no interfaces are listed, so KubeVirt adds the default pod interface with the cluster's default binding, bridge (settings.defaultNetworkInterface), which it does not migrate (InterfaceNotLiveMigratable). Add an interface `- name: default` with `masquerade: {}` and a network `- name: default` with `pod: {}`.",
      hostDevices:
        '{{strategy}}, but the VM passes host devices through (domain.devices.hostDevices), which KubeVirt never migrates (HostDeviceNotLiveMigratable): a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.',
      gpus:
        '{{strategy}}, but the VM has {{count}} GPUs, and KubeVirt migrates at most one, a mediated device (vGPU) (HostDeviceNotLiveMigratable): a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.',
      gpuGate:
        '{{strategy}}, but the VM has a GPU, and KubeVirt migrates a GPU only when it is a mediated device (vGPU) and the VGPULiveMigration feature gate (Alpha) is enabled (HostDeviceNotLiveMigratable). Set `evictionStrategy: None` (or LiveMigrateIfPossible); if your cluster enables the gate and this is a vGPU, add VGPULiveMigration to settings.featureGates.',
      launchSecurity:
        '{{strategy}}, but the VM uses {{technology}}, whose encrypted memory KubeVirt cannot migrate: a node drain cannot move this VM. Set `evictionStrategy: None` (or LiveMigrateIfPossible) so it is shut down instead.',
      hypervPassthrough:
        '{{strategy}}, but domain.features.hypervPassthrough is enabled, which KubeVirt does not migrate (HypervPassthroughNotLiveMigratable). Turn off hypervPassthrough, or set `evictionStrategy: None` (or LiveMigrateIfPossible).',
    },
  },
  check(ctx) {
    const strategy = liveMigrateSource(ctx);
    if (strategy === undefined) return;
    checkVolumes(ctx, strategy);
    checkPodInterface(ctx, strategy);
    checkDevices(ctx, strategy);
  },
});

/** Why the VMI must migrate on eviction, or undefined when it need not (None, LiveMigrateIfPossible, External). */
function liveMigrateSource(ctx: InstanceSpecContext): string | undefined {
  const own = ctx.spec['evictionStrategy'];
  if (typeof own === 'string' && own !== '') {
    return own === 'LiveMigrate' ? 'evictionStrategy is LiveMigrate' : undefined;
  }
  if (own !== undefined && own !== null) return undefined;
  return ctx.settings.evictionStrategy === 'LiveMigrate' ? "The cluster's default evictionStrategy is LiveMigrate (settings.evictionStrategy)" : undefined;
}

/** Access modes of a DataVolume template as written (`spec.pvc` or `spec.storage`); undefined when left to CDI. */
function templateAccessModes(template: unknown): string[] | undefined {
  for (const key of ['pvc', 'storage']) {
    const modes = dig(template, 'spec', key, 'accessModes');
    if (Array.isArray(modes) && modes.length > 0 && modes.every((m) => typeof m === 'string')) return modes as string[];
  }
  return undefined;
}

function checkVolumes(ctx: InstanceSpecContext, strategy: string): void {
  const templates = asArray(holderVmSpec(ctx)?.spec['dataVolumeTemplates']);
  asArray(ctx.spec['volumes']).forEach((volume, i) => {
    if (!isRecord(volume)) return;
    const name = nameOf(volume) ?? `volumes[${i}]`;
    const hostDisk = volume['hostDisk'];
    if (isRecord(hostDisk) && hostDisk['shared'] !== true) {
      ctx.report({ path: ['volumes', i, 'hostDisk'], target: 'key', messageId: 'hostDisk', data: { strategy, volume: name } });
      return;
    }
    const dataVolume = dig(volume, 'dataVolume', 'name');
    if (typeof dataVolume !== 'string' || isTemplated(ctx, dataVolume)) return;
    // A DataVolume defined elsewhere (or a PVC) is the cross-object check's: only inline templates are judged here.
    const template = templates.find((t) => dig(t, 'metadata', 'name') === dataVolume);
    const modes = templateAccessModes(template);
    if (modes === undefined || modes.includes('ReadWriteMany') || modes.some((m) => isTemplated(ctx, m))) return;
    ctx.report({ path: ['volumes', i, 'dataVolume'], target: 'key', messageId: 'rwoDataVolume', data: { strategy, volume: name, dataVolume, modes: modes.join(', ') } });
  });
}

/** Path of the VMI metadata for this spec: the object's own for a VMI, the template's for VMs, pools and replica sets. */
function instanceMetadataPath(specPath: FieldPath): FieldPath {
  return [...specPath.slice(0, -1), 'metadata'];
}

function checkPodInterface(ctx: InstanceSpecContext, strategy: string): void {
  // KubeVirt checks the interface of the first pod network only, after defaulting.
  const podNetwork = asArray(ctx.normalized['networks']).find((n) => has(n, 'pod'));
  const podName = nameOf(podNetwork);
  if (podName === undefined || isTemplated(ctx, podName)) return;
  const interfaces = asArray(digPath(ctx.normalized, INTERFACES_PATH));
  const index = interfaces.findIndex((iface) => nameOf(iface) === podName);
  const iface = interfaces[index];
  if (!has(iface, 'bridge') && defaultOrigin(iface)?.reason !== 'pod-interface') return;
  const annotations = digPath(ctx.object, [...instanceMetadataPath(ctx.specPath).map(String), 'annotations']);
  if (isRecord(annotations) && ALLOW_BRIDGE_MIGRATION in annotations) return;
  if (defaultOrigin(iface)?.reason === 'pod-interface') {
    if (ctx.settings.defaultNetworkInterface !== 'bridge') return;
    ctx.report({ path: ['domain'], target: 'key', messageId: 'defaultBridgeInterface', data: { strategy } });
    return;
  }
  ctx.report({ path: [...INTERFACES_PATH, index, 'bridge'], target: 'key', messageId: 'bridgeInterface', data: { strategy, name: podName } });
}

function checkDevices(ctx: InstanceSpecContext, strategy: string): void {
  const devices = dig(ctx.spec, 'domain', 'devices');
  const hostDevices = asArray(dig(devices, 'hostDevices'));
  if (hostDevices.length > 0) ctx.report({ path: ['domain', 'devices', 'hostDevices'], target: 'key', messageId: 'hostDevices', data: { strategy } });
  const gpus = asArray(dig(devices, 'gpus'));
  if (gpus.length > 1) ctx.report({ path: ['domain', 'devices', 'gpus'], target: 'key', messageId: 'gpus', data: { strategy, count: gpus.length } });
  // With the gate, whether the one GPU is a mediated device depends on the cluster's permittedHostDevices: not judged.
  else if (gpus.length === 1 && !isFeatureGateEnabled(ctx.settings, 'VGPULiveMigration')) {
    ctx.report({ path: ['domain', 'devices', 'gpus'], target: 'key', messageId: 'gpuGate', data: { strategy } });
  }

  const launchSecurity = dig(ctx.spec, 'domain', 'launchSecurity');
  if (isRecord(launchSecurity)) {
    const technology = has(launchSecurity, 'tdx')
      ? 'Intel TDX (launchSecurity.tdx)'
      : has(launchSecurity, 'sev') || has(launchSecurity, 'snp')
        ? 'AMD SEV (launchSecurity)'
        : effectiveArch(ctx.normalized, ctx.settings.arch) === 's390x'
          ? 'IBM Secure Execution (launchSecurity on s390x)'
          : undefined;
    if (technology !== undefined) ctx.report({ path: ['domain', 'launchSecurity'], target: 'key', messageId: 'launchSecurity', data: { strategy, technology } });
  }

  if (dig(ctx.spec, 'domain', 'features', 'hypervPassthrough', 'enabled') === true) {
    ctx.report({ path: ['domain', 'features', 'hypervPassthrough'], target: 'key', messageId: 'hypervPassthrough', data: { strategy } });
  }
}
