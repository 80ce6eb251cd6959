import rule from '../../rules/gitops-power-policy.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A VirtualMachine with `power` as its virtops.io/power annotation (line 6) and `power line` as its run strategy (line 8). */
function powered(power: string | undefined, runLine: string, kind = 'VirtualMachine'): string {
  return `apiVersion: kubevirt.io/v1
kind: ${kind}
metadata:
  name: testvm
  annotations:
    ${power === undefined ? 'app: x' : `virtops.io/power: ${power}`}
spec:
  ${runLine}
  template:
    spec:
      domain:
        resources:
          requests:
            memory: 1Gi
`;
}

ruleTester.run(rule, {
  valid: [
    { name: 'no annotation: the default (operator) keeps starts and stops', code: powered(undefined, 'runStrategy: Always') },
    { name: 'operator', code: powered('operator', 'runStrategy: Always') },
    { name: 'initial', code: powered('initial', 'runStrategy: Halted') },
    { name: 'git with Manual', code: powered('git', 'runStrategy: Manual') },
    { name: 'git with RerunOnFailure (start/stop leave the spec alone)', code: powered('git', 'runStrategy: RerunOnFailure') },
    { name: 'no metadata annotations', code: 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: x\nspec:\n  runStrategy: Always\n  template:\n    spec: {}\n' },
  ],
  invalid: [
    {
      name: 'git with Always: a virtctl stop is undone',
      code: powered('git', 'runStrategy: Always'),
      errors: [
        {
          messageId: 'fightsStartStop',
          data: { runStrategy: 'Always', action: 'stop', rewritten: 'Halted', undone: 'starts again', default: 'operator' },
          line: 8,
          column: 16,
          path: 'spec.runStrategy',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'git with Halted: a virtctl start is undone',
      code: powered('git', 'runStrategy: Halted'),
      errors: [{ messageId: 'fightsStartStop', data: { runStrategy: 'Halted', action: 'start', rewritten: 'Always', undone: 'is stopped again', default: 'operator' } }],
    },
    { name: 'git with the legacy running: true', code: powered('git', 'running: true'), errors: [{ messageId: 'fightsStartStop', path: 'spec.running', message: 'runStrategy Always' }] },
    { name: 'git with Once', code: powered('git', 'runStrategy: Once'), errors: [{ messageId: 'fightsStartStop', message: '`virtctl stop`' }] },
    {
      name: 'an unknown policy falls back to the default',
      code: powered('Git', 'runStrategy: Always'),
      errors: [{ messageId: 'unknownPolicy', data: { value: '"Git"', default: 'operator' }, line: 6, column: 23, path: 'metadata.annotations["virtops.io/power"]' }],
    },
  ],
});
