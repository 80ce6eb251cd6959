import rule from '../../rules/topology-spread-constraints.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** The base spec plus `topologySpreadConstraints:` (spec line 14) with the given items (flush left, each starting with '- '). */
function withConstraints(items: string): string {
  return `${BASE_SPEC}topologySpreadConstraints:\n${items}\n`;
}

function constraint(maxSkew: string, topologyKey: string, when = 'DoNotSchedule', extra = ''): string {
  return `- maxSkew: ${maxSkew}\n  topologyKey: ${topologyKey}\n  whenUnsatisfiable: ${when}${extra === '' ? '' : `\n${extra.replace(/^/gm, '  ')}`}`;
}

const SELECTOR_ZONE = 'labelSelector:\n  matchExpressions:\n  - key: kubernetes.io/zone\n    operator: In\n    values: [zone1]';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withConstraints(constraint('1', 'kubernetes.io/hostname', 'DoNotSchedule', SELECTOR_ZONE)))),
    { name: 'no constraints (vmi-create-admitter_test.go:3553)', code: vmi(BASE_SPEC) },
    { name: 'no label selector (3562)', code: vmi(withConstraints(constraint('1', 'kubernetes.io/hostname'))) },
    {
      name: 'same key with different whenUnsatisfiable',
      code: vm(withConstraints(`${constraint('1', 'topology.kubernetes.io/zone')}\n${constraint('2', 'topology.kubernetes.io/zone', 'ScheduleAnyway')}`)),
    },
    { name: 'Template parameters are never judged', code: template(withConstraints(`${constraint('1', '${KEY}')}\n${constraint('1', '${KEY}')}`)) },
    { name: 'junk does not throw', code: vm(withConstraints('- 3\n- maxSkew: "1"\n  topologyKey: 7\n  whenUnsatisfiable: DoNotSchedule\n  labelSelector: []')) },
  ],
  invalid: [
    {
      name: 'empty topologyKey (3604)',
      code: vmi(withConstraints(constraint('1', '""'))),
      errors: [{ messageId: 'topologyKeyEmpty', ...at.vmi(16, 16), path: 'spec.topologySpreadConstraints[0].topologyKey' }],
    },
    {
      name: 'invalid topologyKey (3624)',
      code: vm(withConstraints(constraint('1', 'hostname=host1'))),
      errors: [{ messageId: 'topologyKeyInvalid', message: "topologyKey 'hostname=host1' is not a valid label name: name part must consist of", ...at.vm(16, 16) }],
    },
    {
      name: 'negative maxSkew (3644)',
      code: vmi(withConstraints(constraint('-1', 'kubernetes.io/hostname'))),
      errors: [{ messageId: 'maxSkewNotPositive', data: { maxSkew: -1 }, ...at.vmi(15, 12) }],
    },
    { name: 'maxSkew 0', code: vm(withConstraints(constraint('0', 'kubernetes.io/hostname'))), errors: [{ messageId: 'maxSkewNotPositive', data: { maxSkew: 0 } }] },
    {
      name: 'In without values in the label selector (3664)',
      code: vmi(withConstraints(constraint('1', 'kubernetes.io/hostname', 'DoNotSchedule', 'labelSelector:\n  matchExpressions:\n  - key: kubernetes.io/hostname\n    operator: In'))),
      errors: [{ messageId: 'selectorValuesRequired', data: { operator: 'In' } }],
    },
    {
      name: 'a prefix that is not a DNS subdomain',
      code: vm(withConstraints(constraint('1', 'Example.com/zone'))),
      errors: [{ messageId: 'topologyKeyInvalid', message: 'prefix part a lowercase RFC 1123 subdomain' }],
    },
    {
      name: 'duplicate {topologyKey, whenUnsatisfiable}: reported on the repeat',
      code: vm(withConstraints(`${constraint('1', 'topology.kubernetes.io/zone')}\n${constraint('2', 'topology.kubernetes.io/zone')}\n${constraint('3', 'topology.kubernetes.io/zone')}`)),
      errors: [
        { messageId: 'duplicate', data: { first: 0, key: 'topology.kubernetes.io/zone', action: 'DoNotSchedule' }, ...at.vm(19, 16) },
        { messageId: 'duplicate', data: { first: 0, key: 'topology.kubernetes.io/zone', action: 'DoNotSchedule' } },
      ],
    },
  ],
});
