import rule from '../../rules/device-feature-gates.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, yaml } from './_manifests.js';

/** The base spec with extra device lines (flush left) starting at spec line 3. */
function withDevices(lines: string): string {
  return BASE_SPEC.replace('  devices:\n', `  devices:\n${lines.replace(/^/gm, '    ')}\n`);
}

const HOST_DEVICES = '- name: hostdev1\n  deviceName: vendor.com/hostdev_name';
const hostDevices = withDevices(`hostDevices:\n${HOST_DEVICES}`);

// A LUN disk with reservation on spec line 7.
const LUN = yaml`
  domain:
    devices:
      disks:
      - name: lun0
        lun:
          bus: scsi
          reservation: true
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: lun0
    persistentVolumeClaim:
      claimName: lun-pvc
`;

const REBOOT = BASE_SPEC.replace('domain:\n', 'domain:\n  rebootPolicy: Terminate\n');

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withDevices('autoattachVSOCK: false'))),
    { name: 'VSOCK with the gate (vmi-create-admitter_test.go:3055)', code: vmi(withDevices('autoattachVSOCK: true')), settings: { featureGates: ['VSOCK'] } },
    { name: 'downwardMetrics with the gate (2197)', code: vm(withDevices('downwardMetrics: {}')), settings: { featureGates: ['DownwardMetrics'] } },
    { name: 'hostDevices with the gate (1458)', code: vmi(hostDevices), settings: { featureGates: ['HostDevices'] } },
    { name: 'hostDevices: null is no list', code: vm(withDevices('hostDevices: null')) },
    { name: 'the mutating webhook drops an empty hostDevices list of a VM', code: vm(withDevices('hostDevices: []')) },
    { name: 'and of a VMI', code: vmi(withDevices('hostDevices: []')) },
    { name: 'and of a VM in an OpenShift Template', code: template(withDevices('hostDevices: []')) },
    { name: 'persistent reservation enabled (3736)', code: vmi(LUN), settings: { featureGates: ['PersistentReservation'] } },
    { name: 'a LUN without reservation (3731)', code: vm(LUN.replace('reservation: true', 'reservation: false')) },
    { name: 'rebootPolicy: RebootPolicy is Beta and on by default (3998)', code: vm(REBOOT) },
    { name: 'Template objects follow the same settings', code: template(withDevices('autoattachVSOCK: true')), settings: { featureGates: ['VSOCK'] } },
  ],
  invalid: [
    {
      name: 'VSOCK without the gate (3063)',
      code: vmi(withDevices('autoattachVSOCK: true')),
      errors: [{ messageId: 'vsock', message: 'VSOCK feature gate (Alpha, off by default)', ...at.vmi(3, 22), path: 'spec.domain.devices.autoattachVSOCK' }],
    },
    { name: 'downwardMetrics without the gate (2203)', code: vm(withDevices('downwardMetrics: {}')), errors: [{ messageId: 'downwardMetrics', ...at.vm(3, 5) }] },
    { name: 'hostDevices without the gate (1372)', code: vmi(hostDevices), errors: [{ messageId: 'hostDevices', ...at.vmi(3, 5) }] },
    { name: 'an empty hostDevices list counts in a ReplicaSet template', code: vmirs(withDevices('hostDevices: []')), errors: [{ messageId: 'hostDevices' }] },
    { name: 'and in a pool template', code: pool(withDevices('hostDevices: []')), errors: [{ messageId: 'hostDevices' }] },
    {
      name: 'persistent reservation on a default cluster (3744)',
      code: vmi(LUN),
      errors: [{ messageId: 'persistentReservation', data: { disk: 'lun0' }, ...at.vmi(7, 22), path: 'spec.domain.devices.disks[0].lun.reservation' }],
    },
    {
      name: 'rebootPolicy with the gate disabled (4010)',
      code: vmi(REBOOT),
      settings: { disabledFeatureGates: ['RebootPolicy'] },
      errors: [{ messageId: 'rebootPolicy', message: 'RebootPolicy feature gate (Beta, on by default) is disabled', ...at.vmi(2, 17) }],
    },
  ],
});
