import rule from '../../rules/migration-spec.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A migration whose spec lines (flush left) start on line 6, column 3. */
function migration(spec: string): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstanceMigration
metadata:
  name: migrate-fedora
spec:
${spec.replace(/^/gm, '  ')}
`;
}

const SEND = 'sendTo:\n  connectURL: https://target.example.com:9185\n  migrationID: abc';
const RECEIVE = 'receive:\n  migrationID: abc';

ruleTester.run(rule, {
  valid: [
    { name: 'vmiName', code: migration('vmiName: fedora') },
    { name: 'decentralized with the gate on (Beta default)', code: migration(`vmiName: fedora\n${SEND}`) },
    { name: 'both sides with one id', code: migration(`vmiName: fedora\n${SEND}\n${RECEIVE}`) },
  ],
  invalid: [
    { name: 'no vmiName', code: migration('addedNodeSelector:\n  zone: a'), errors: [{ messageId: 'vmiNameMissing', line: 5, column: 1, path: 'spec' }] },
    { name: 'empty vmiName', code: migration('vmiName: ""'), errors: [{ messageId: 'vmiNameMissing', line: 6, column: 3 }] },
    { name: 'priority', code: migration('vmiName: fedora\npriority: user-triggered'), errors: [{ messageId: 'priority', line: 7, column: 3, path: 'spec.priority' }] },
    {
      name: 'receive with the gate disabled',
      code: migration(`vmiName: fedora\n${RECEIVE}`),
      settings: { disabledFeatureGates: ['DecentralizedLiveMigration'] },
      errors: [{ messageId: 'decentralizedGate', message: 'spec.receive makes this', line: 7, column: 3 }],
    },
    {
      name: 'different migration ids',
      code: migration(`vmiName: fedora\n${SEND}\n${RECEIVE.replace('abc', 'xyz')}`),
      errors: [{ messageId: 'idMismatch', data: { sendTo: 'abc', receive: 'xyz' }, path: 'spec.receive.migrationID' }],
    },
  ],
});
