import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { defaultDependentSeverity, diskViews, specArch, type DiskView } from '../src/normalize/disks.js';
import { isTemplated, nameOf } from '../src/normalize/values.js';

const KNOWN_BUSES = new Set(['virtio', 'scsi', 'sata', 'usb']);
const ARM64_BUSES = new Set(['virtio', 'scsi']);
const PCI_ADDRESS = /^[\da-fA-F]{4}:[\da-fA-F]{2}:[\da-fA-F]{2}\.[0-7]$/;

export default defineRule({
  meta: {
    id: 'disk-bus',
    type: 'problem',
    description: 'Disk buses must be virtio, scsi, sata or usb, and fit the target, architecture, read-only flag, IO thread and PCI address',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'disk-bus-ide-unsupported',
      'cdrom-bus-not-virtio',
      'sata-disk-not-readonly',
      'disk-bus-known',
      'disk-dedicated-iothread-virtio',
      'arm64-disk-bus',
      'disk-pci-address-virtio-only',
      'disk-pci-address-format',
    ],
    messages: {
      ide: "Disk '{{name}}' uses the ide bus, which KubeVirt does not support. Use `bus: virtio` (best performance, needs virtio drivers in the guest), `sata` or `scsi`.",
      unknownBus: "Disk '{{name}}' has an unrecognized bus '{{bus}}'. Use one of virtio, scsi, sata or usb.",
      cdromVirtio:
        "CD-ROM '{{name}}' {{how}} the virtio bus, which cannot carry a CD-ROM. Set `bus: sata` or `bus: scsi` under cdrom{{archHint}}.",
      sataReadOnly:
        "Disk '{{name}}' is read-only on the sata bus{{how}}, and SATA hard disks cannot be read-only. Set `bus: virtio` or `bus: scsi` under disk, or remove `readonly: true`.",
      ioThreadBus:
        "Disk '{{name}}' asks for a dedicated IO thread, which only virtio disks support, but its bus is {{bus}}{{how}}. Set `bus: virtio` on the disk, or remove `dedicatedIOThread: true`.",
      arm64Bus: "Disk '{{name}}' uses the {{bus}} bus, which KubeVirt does not support on arm64. Use `bus: virtio` or `bus: scsi`.",
      pciAddressBus:
        "Disk '{{name}}' sets a PCI address, which needs the virtio bus, but its bus is {{bus}}. Set `bus: virtio` under disk, or remove pciAddress.",
      pciAddressFormat:
        "Disk '{{name}}' has a malformed PCI address '{{address}}': it must be domain:bus:slot.function in hex, like 0000:81:01.0. Fix the address or remove it.",
    },
  },
  check(ctx) {
    const arch = specArch(ctx);
    const isVmi = ctx.kind === 'VirtualMachineInstance';
    const softSeverity = defaultDependentSeverity(ctx);
    for (const view of diskViews(ctx)) {
      const name = nameOf(view.disk) ?? '';
      if (isTemplated(ctx, view.writtenBus)) continue;
      const busPath = view.added ? view.path : [...view.path, view.target, 'bus'];
      const how = (soft: boolean) => (view.busDefaulted ? ` (the ${arch} default when no bus is set${soft ? '; unless the VM preference sets one' : ''})` : '');
      const soft = view.busDefaulted ? softSeverity : undefined;
      const bus = view.bus;

      let busReported = false;
      if (bus === 'ide') {
        ctx.report({ path: busPath, messageId: 'ide', data: { name } });
        busReported = true;
      } else if (bus === 'virtio') {
        if (view.target === 'cdrom') {
          ctx.report({
            path: busPath,
            messageId: 'cdromVirtio',
            data: {
              name,
              how: view.busDefaulted ? `gets ${arch}'s default, ` : 'uses',
              archHint: view.busDefaulted ? ` (on ${arch} a CD-ROM without a bus defaults to virtio${soft ? ', unless the VM preference sets preferredCdromBus' : ''})` : '',
            },
            severity: soft,
          });
        }
      } else if (bus === 'sata') {
        if (view.target === 'disk' && view.targetValue['readonly'] === true) {
          ctx.report({
            path: view.busDefaulted ? [...view.path, 'disk', 'readonly'] : busPath,
            messageId: 'sataReadOnly',
            data: { name, how: how(soft !== undefined) },
            severity: soft,
          });
        }
      } else if (!KNOWN_BUSES.has(bus)) {
        ctx.report({ path: busPath, messageId: 'unknownBus', data: { name, bus } });
        busReported = true;
      }

      if (view.disk['dedicatedIOThread'] === true && bus !== 'virtio') {
        ctx.report({
          path: view.busDefaulted ? [...view.path, 'dedicatedIOThread'] : busPath,
          messageId: 'ioThreadBus',
          data: { name, bus, how: how(soft !== undefined) },
          severity: soft,
        });
      }

      // Per-architecture check of the VMI-create admitter, on every target (written buses only: the
      // arm64 default is virtio). Unknown and ide buses are already reported above.
      if (arch === 'arm64' && !busReported) {
        for (const key of ['disk', 'cdrom', 'lun'] as const) {
          const target = view.disk[key];
          if (typeof target !== 'object' || target === null) continue;
          const targetBus = (target as Record<string, unknown>)['bus'];
          if (typeof targetBus !== 'string' || targetBus === '' || ARM64_BUSES.has(targetBus) || isTemplated(ctx, targetBus)) continue;
          ctx.report({ path: [...view.path, key, 'bus'], messageId: 'arm64Bus', data: { name, bus: targetBus } });
        }
      }

      checkPciAddress(ctx, view, name, isVmi, arch);
    }
  },
});

function checkPciAddress(ctx: InstanceSpecContext, view: DiskView, name: string, isVmi: boolean, arch: string): void {
  const disk = view.disk['disk'];
  if (typeof disk !== 'object' || disk === null || Array.isArray(disk)) return;
  const address = (disk as Record<string, unknown>)['pciAddress'];
  if (typeof address !== 'string' || address === '' || isTemplated(ctx, address)) return;
  const path = [...view.path, 'disk', 'pciAddress'];
  // The VM admitter sees the bus as written (a preference may fill it in); a VMI has the default already.
  const bus = isVmi ? view.bus : view.writtenBus;
  if (bus !== 'virtio') {
    const shown = view.busDefaulted ? `unset (${isVmi ? `KubeVirt gives it the ${arch} default, ${view.bus}` : 'a VirtualMachine is checked before any default is applied'})` : `'${bus}'`;
    ctx.report({ path, messageId: 'pciAddressBus', data: { name, bus: shown }, severity: view.busDefaulted ? defaultDependentSeverity(ctx) : undefined });
  }
  if (!PCI_ADDRESS.test(address)) ctx.report({ path, messageId: 'pciAddressFormat', data: { name, address } });
}
