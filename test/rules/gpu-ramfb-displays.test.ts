import rule from '../../rules/gpu-ramfb-displays.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi, vmirs } from './_manifests.js';

/** The base spec with GPUs whose display options are given (flush left, `{}` = display with nothing set); gpus[0] starts at spec line 4. */
function withGpus(...displays: (string | undefined)[]): string {
  const gpus = displays.map((display, i) => {
    const head = `- name: gpu${i}\n  deviceName: nvidia.com/GRID_T4-1Q`;
    if (display === undefined) return head;
    return `${head}\n  virtualGPUOptions:\n    display:${display === '{}' ? ' {}' : `\n${display.replace(/^/gm, '      ')}`}`;
  });
  return BASE_SPEC.replace('  devices:\n', `  devices:\n    gpus:\n${gpus.join('\n').replace(/^/gm, '    ')}\n`);
}

const ON = 'enabled: true';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withGpus(ON, undefined))),
    { name: 'one ramfb display (vmi-create-admitter_test.go:1299)', code: vmi(withGpus('enabled: true\nramFB: {}')) },
    { name: 'ramfb disabled on both (1301)', code: vm(withGpus('enabled: true\nramFB:\n  enabled: false', 'enabled: true\nramFB:\n  enabled: false')) },
    { name: 'displays disabled (1304)', code: vm(withGpus('enabled: false\nramFB:\n  enabled: true', 'enabled: false\nramFB:\n  enabled: true')) },
    { name: 'displays disabled, ramFB unset (1307)', code: vm(withGpus('enabled: false\nramFB: {}', 'enabled: false')) },
    { name: 'GPUs without virtualGPUOptions', code: vm(withGpus(undefined, undefined)) },
    { name: 'junk does not throw', code: vm(withGpus('enabled: 3', 'ramFB: 4', 'ramFB:\n  enabled: x')) },
  ],
  invalid: [
    {
      name: 'two enabled displays (1236)',
      code: vmi(withGpus(ON, ON)),
      errors: [{ messageId: 'multipleRamfb', data: { name: "'gpu1'", first: 0 }, ...at.vmi(12, 9), path: 'spec.domain.devices.gpus[1].virtualGPUOptions.display' }],
    },
    { name: 'ramFB present with enabled unset (1281)', code: vm(withGpus('enabled: true\nramFB: {}', 'enabled: true\nramFB: {}')), errors: [{ messageId: 'multipleRamfb' }] },
    { name: 'unset ramFB and absent ramFB (1284)', code: vmirs(withGpus('enabled: true\nramFB: {}', ON)), errors: [{ messageId: 'multipleRamfb' }] },
    { name: 'unset ramFB and enabled ramFB (1287)', code: template(withGpus('enabled: true\nramFB: {}', 'enabled: true\nramFB:\n  enabled: true')), errors: [{ messageId: 'multipleRamfb' }] },
    { name: 'unset display enabled (1290)', code: vm(withGpus('ramFB: {}', 'ramFB: {}')), errors: [{ messageId: 'multipleRamfb' }] },
    { name: 'an empty display mapping counts', code: vm(withGpus('{}', '{}')), errors: [{ messageId: 'multipleRamfb' }] },
  ],
});
