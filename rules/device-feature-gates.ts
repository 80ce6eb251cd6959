import { defineRule } from '../src/engine/rule.js';
import { featureGateHint, gateSeverity, isFeatureGateEnabled } from '../src/normalize/feature-gates.js';
import { dig, isRecord, isSet, nameOf } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'device-feature-gates',
    type: 'problem',
    description: 'VSOCK, downwardMetrics, host devices, persistent reservation and rebootPolicy need their feature gates enabled in the cluster',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['vsock-gate', 'downwardmetrics-device-gate', 'hostdevices-gate', 'persistent-reservation-gate', 'reboot-policy-gate'],
    messages: {
      vsock: '`autoattachVSOCK: true` needs the VSOCK feature gate. {{hint}}. Otherwise remove autoattachVSOCK.',
      downwardMetrics: 'domain.devices.downwardMetrics needs the DownwardMetrics feature gate. {{hint}}. Otherwise remove the downwardMetrics device.',
      hostDevices: 'domain.devices.hostDevices needs the HostDevices feature gate. {{hint}}. Otherwise remove hostDevices.',
      persistentReservation:
        "Disk '{{disk}}' asks for SCSI persistent reservation (`lun.reservation: true`), which KubeVirt rejects unless the KubeVirt CR enables it (PersistentReservation in developerConfiguration.featureGates, or persistentReservationConfiguration.enabled: true). If your cluster does, add PersistentReservation to settings.featureGates in virtops.config.yaml; otherwise remove `reservation: true`.",
      rebootPolicy: 'domain.rebootPolicy needs the RebootPolicy feature gate. {{hint}}; enable the gate again or remove rebootPolicy.',
    },
  },
  check(ctx) {
    const domain = ctx.spec['domain'];
    if (!isRecord(domain)) return;
    const devices = domain['devices'];
    const { settings } = ctx;
    if (isRecord(devices)) {
      if (devices['autoattachVSOCK'] === true && !isFeatureGateEnabled(settings, 'VSOCK')) {
        ctx.report({ path: ['domain', 'devices', 'autoattachVSOCK'], messageId: 'vsock', data: { hint: featureGateHint('VSOCK') } , ...gateSeverity(ctx.settings) });
      }
      if (isSet(devices['downwardMetrics']) && !isFeatureGateEnabled(settings, 'DownwardMetrics')) {
        ctx.report({ path: ['domain', 'devices', 'downwardMetrics'], target: 'key', messageId: 'downwardMetrics', data: { hint: featureGateHint('DownwardMetrics') } , ...gateSeverity(ctx.settings) });
      }
      // An empty list counts where the admitter reads the manifest as written (ReplicaSet and pool templates);
      // VMs and VMIs pass through KubeVirt's mutating webhook first, whose re-encoding drops `hostDevices: []`.
      const hostDevices = devices['hostDevices'];
      const counts = Array.isArray(hostDevices) && (hostDevices.length > 0 || ctx.kind === 'VirtualMachineInstanceReplicaSet' || ctx.kind === 'VirtualMachinePool');
      if (counts && !isFeatureGateEnabled(settings, 'HostDevices')) {
        ctx.report({ path: ['domain', 'devices', 'hostDevices'], target: 'key', messageId: 'hostDevices', data: { hint: featureGateHint('HostDevices') } , ...gateSeverity(ctx.settings) });
      }
      // Persistent reservation is GA, yet KubeVirt enables it only when the gate is listed or its configuration says so.
      const disks = devices['disks'];
      if (Array.isArray(disks) && !settings.featureGates.includes('PersistentReservation')) {
        disks.forEach((disk, i) => {
          if (dig(disk, 'lun', 'reservation') !== true) return;
          ctx.report({ path: ['domain', 'devices', 'disks', i, 'lun', 'reservation'], messageId: 'persistentReservation', data: { disk: nameOf(disk) ?? `#${i}` } });
        });
      }
    }
    if (isSet(domain['rebootPolicy']) && !isFeatureGateEnabled(settings, 'RebootPolicy')) {
      ctx.report({ path: ['domain', 'rebootPolicy'], messageId: 'rebootPolicy', data: { hint: featureGateHint('RebootPolicy') } , ...gateSeverity(ctx.settings) });
    }
  },
});
