import rule from '../../rules/preference-cpu-topology.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A preference whose spec lines (flush left) start on line 6, column 3. */
function preference(spec: string, kind = 'VirtualMachinePreference'): string {
  return `apiVersion: instancetype.kubevirt.io/v1beta1
kind: ${kind}
metadata:
  name: fedora
spec:
${spec.replace(/^/gm, '  ')}
`;
}

const topology = (value: string, extra = '') => preference(`cpu:\n  preferredCPUTopology: ${value}${extra === '' ? '' : `\n${extra.replace(/^/gm, '  ')}`}`);

ruleTester.run(rule, {
  valid: [
    ...['sockets', 'cores', 'threads', 'spread', 'any'].map((t) => ({ name: t, code: topology(t) })),
    { name: 'spread across CoresThreads with ratio 2', code: topology('spread', 'spreadOptions:\n  across: CoresThreads\n  ratio: 2') },
    { name: 'spread across CoresThreads, ratio defaults to 2', code: topology('spread', 'spreadOptions:\n  across: CoresThreads') },
    { name: 'SocketsCores with ratio 4', code: topology('spread', 'spreadOptions:\n  across: SocketsCores\n  ratio: 4') },
    { name: 'spread options are ignored without spread', code: topology('sockets', 'spreadOptions:\n  across: Nowhere'), },
    { name: 'no cpu preferences', code: preference('devices:\n  preferredDiskBus: virtio', 'VirtualMachineClusterPreference') },
  ],
  invalid: [
    { name: 'unknown topology', code: topology('numa'), errors: [{ messageId: 'unknownTopology', data: { value: "'numa'" }, line: 7, column: 27 }], output: null },
    { name: 'case matters', code: topology('Sockets'), errors: [{ messageId: 'unknownTopology' }] },
    { name: 'unsupported across', code: topology('spread', 'spreadOptions:\n  across: Sockets'), errors: [{ messageId: 'unknownAcross', line: 9, column: 15, path: 'spec.cpu.spreadOptions.across' }] },
    { name: 'CoresThreads with ratio 4', code: topology('spread', 'spreadOptions:\n  across: CoresThreads\n  ratio: 4'), errors: [{ messageId: 'coresThreadsRatio', data: { ratio: 4, source: '' } }] },
    { name: 'CoresThreads with ratio 0', code: topology('spread', 'spreadOptions:\n  across: CoresThreads\n  ratio: 0'), errors: [{ messageId: 'coresThreadsRatio', data: { ratio: 0, source: '' } }] },
    {
      name: 'CoresThreads with the legacy ratio',
      code: preference('cpu:\n  preferredCPUTopology: spread\n  spreadOptions:\n    across: CoresThreads\npreferSpreadSocketToCoreRatio: 3'),
      errors: [{ messageId: 'coresThreadsRatio', data: { ratio: 3, source: ' (from spec.preferSpreadSocketToCoreRatio)' } }],
    },
    ...Object.entries({ preferSockets: 'sockets', preferCores: 'cores', preferThreads: 'threads', preferSpread: 'spread', preferAny: 'any' }).map(([old, replacement]) => ({
      name: `deprecated ${old}`,
      code: topology(old),
      errors: [{ messageId: 'deprecatedTopology', data: { value: `'${old}'`, replacement }, severity: 'warning' as const }],
      output: topology(replacement),
    })),
    {
      name: 'deprecated preferSpread is still checked',
      code: topology('preferSpread', 'spreadOptions:\n  across: CoresThreads\n  ratio: 3'),
      errors: [{ messageId: 'deprecatedTopology', severity: 'warning' }, { messageId: 'coresThreadsRatio', severity: 'error' }],
      output: topology('spread', 'spreadOptions:\n  across: CoresThreads\n  ratio: 3'),
    },
  ],
});
