import rule from '../../rules/watchdog-device.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi, vmirs } from './_manifests.js';

/** The base spec with `watchdog:` under devices; its fields (flush left) start at spec line 4. */
function withWatchdog(fields: string, prefix = ''): string {
  return `${prefix}${BASE_SPEC.replace('  devices:\n', `  devices:\n    watchdog:\n${fields.replace(/^/gm, '      ')}\n`)}`;
}

const I6300ESB = 'name: w1\ni6300esb:\n  action: poweroff';
const DIAG288 = 'name: w2\ndiag288:\n  action: poweroff';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withWatchdog(I6300ESB))),
    { name: 'amd64: no model gets i6300esb', code: vm(withWatchdog('name: w')) },
    { name: 's390x: diag288 (vmi-create-admitter_test.go:3871)', code: vmi(withWatchdog(DIAG288)), settings: { arch: 's390x' } },
    { name: 's390x: no model gets diag288', code: vm(withWatchdog('name: w')), settings: { arch: 's390x' } },
    { name: 'arm64 without a watchdog (3915)', code: vmi(BASE_SPEC), settings: { arch: 'arm64' } },
    { name: 'amd64 architecture field on an s390x cluster', code: vm(withWatchdog(I6300ESB, 'architecture: amd64\n')), settings: { arch: 's390x' } },
    { name: 'an unknown architecture is reported elsewhere', code: vm(withWatchdog(DIAG288, 'architecture: ppc64le\n')) },
    { name: 'diag288: null is no model', code: vm(withWatchdog('name: w\ndiag288: null')) },
  ],
  invalid: [
    {
      name: 'amd64: diag288 (3848)',
      code: vmi(withWatchdog(DIAG288)),
      errors: [{ messageId: 'amd64', data: { what: 'VirtualMachineInstance' }, ...at.vmi(5, 7), path: 'spec.domain.devices.watchdog.diag288' }],
    },
    { name: 'amd64: both models', code: vm(withWatchdog(`${I6300ESB}\ndiag288: {}`)), errors: [{ messageId: 'amd64', data: { what: 'VirtualMachineInstance started from this template' } }] },
    { name: 's390x: i6300esb (3878)', code: vmi(withWatchdog(I6300ESB)), settings: { arch: 's390x' }, errors: [{ messageId: 's390x', ...at.vmi(5, 7) }] },
    { name: 'arm64: i6300esb (3901)', code: vmi(withWatchdog(I6300ESB)), settings: { arch: 'arm64' }, errors: [{ messageId: 'arm64', ...at.vmi(3, 5) }] },
    { name: 'arm64: diag288 (3908)', code: vmirs(withWatchdog(DIAG288, 'architecture: arm64\n')), errors: [{ messageId: 'arm64' }] },
    { name: 'arm64: a watchdog with no model', code: vm(withWatchdog('name: w')), settings: { arch: 'arm64' }, errors: [{ messageId: 'arm64' }] },
  ],
});
