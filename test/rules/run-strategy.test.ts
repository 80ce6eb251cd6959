import rule from '../../rules/run-strategy.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, pool, template, vm, yaml } from './_manifests.js';

/** A VirtualMachine whose spec lines (flush left) come before its template; spec line 1 is on line 6, column 3. */
function vmSpec(lines: string): string {
  const indented = lines === '' ? '' : `${lines.replace(/^/gm, '  ')}\n`;
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: testvm
spec:
${indented}  template:
    spec:
${BASE_SPEC.replace(/^(?=.)/gm, '      ')}`;
}

const POOL_WITHOUT_STRATEGY = pool(BASE_SPEC).replace('      runStrategy: Always\n', '');

ruleTester.run(rule, {
  valid: [
    { name: 'runStrategy Always', code: vm(BASE_SPEC) },
    ...['RerunOnFailure', 'Manual', 'Halted', 'Once'].map((s) => ({ name: `runStrategy ${s}`, code: vmSpec(`runStrategy: ${s}`) })),
    { name: 'WaitAsReceiver with the Beta gate on (default)', code: vmSpec('runStrategy: WaitAsReceiver') },
    { name: 'a pool with runStrategy', code: pool(BASE_SPEC) },
    { name: 'an OpenShift Template with a runStrategy parameter', code: template(BASE_SPEC).replace('runStrategy: Halted', 'runStrategy: ${RUN_STRATEGY}') },
    { name: 'running: null counts as unset', code: vmSpec('runStrategy: Always\nrunning: null') },
    {
      name: 'other kinds are not checked',
      code: yaml`
        apiVersion: kubevirt.io/v1
        kind: VirtualMachineInstance
        metadata:
          name: testvmi
        spec:
          domain:
            devices: {}
      `,
    },
  ],
  invalid: [
    {
      name: 'running and runStrategy together',
      code: vmSpec('running: true\nrunStrategy: Always'),
      errors: [{ messageId: 'bothSet', data: { runStrategy: 'Always' }, line: 6, column: 3, path: 'spec.running' }],
      output: vmSpec('runStrategy: Always'),
    },
    {
      name: 'neither: no default',
      code: vmSpec(''),
      errors: [{ messageId: 'missing', line: 5, column: 1, path: 'spec' }],
      output: null,
    },
    {
      name: 'a pool without runStrategy is rejected by the pool admitter',
      code: POOL_WITHOUT_STRATEGY,
      errors: [{ messageId: 'missing', path: 'spec.virtualMachineTemplate.spec' }],
    },
    {
      name: 'unknown run strategy',
      code: vmSpec('runStrategy: Sometimes'),
      errors: [{ messageId: 'invalid', data: { value: "'Sometimes'", suggestion: '' }, line: 6, column: 16, path: 'spec.runStrategy' }],
      output: null,
    },
    {
      name: 'case matters',
      code: vmSpec('runStrategy: always'),
      errors: [{ messageId: 'invalid', message: "did you mean 'Always'?" }],
      output: vmSpec('runStrategy: Always'),
    },
    { name: 'empty run strategy', code: vmSpec('runStrategy: ""'), errors: [{ messageId: 'invalid' }] },
    {
      name: 'WaitAsReceiver with the gate disabled',
      code: vmSpec('runStrategy: WaitAsReceiver'),
      settings: { disabledFeatureGates: ['DecentralizedLiveMigration'] },
      errors: [{ messageId: 'waitAsReceiverGate', line: 6, column: 16 }],
    },
    {
      name: 'running alone: accepted with a deprecation warning',
      code: vmSpec('running: false'),
      errors: [{ messageId: 'runningDeprecated', data: { running: 'false', replacement: 'Halted' }, severity: 'warning', line: 6, column: 3 }],
      output: vmSpec('runStrategy: Halted'),
    },
    {
      name: 'running in a JSON manifest',
      code: '{"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", "metadata": {"name": "vm"},\n "spec": {"running": true, "template": {"spec": {"domain": {"devices": {}}}}}}\n',
      errors: [{ messageId: 'runningDeprecated', line: 2, column: 11 }],
      output: '{"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachine", "metadata": {"name": "vm"},\n "spec": {"runStrategy": "Always", "template": {"spec": {"domain": {"devices": {}}}}}}\n',
    },
    {
      name: 'running in a pool template',
      code: POOL_WITHOUT_STRATEGY.replace('    spec:\n      template:', '    spec:\n      running: true\n      template:'),
      errors: [{ messageId: 'runningDeprecated', data: { running: 'true', replacement: 'Always' }, severity: 'warning' }],
      output: POOL_WITHOUT_STRATEGY.replace('    spec:\n      template:', '    spec:\n      runStrategy: Always\n      template:'),
    },
  ],
});
