import rule from '../../rules/affinity.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi, vmirs, yaml } from './_manifests.js';

/** The base spec plus an `affinity:` block (written flush left) starting at spec line 14. */
function withAffinity(affinity: string): string {
  return `${BASE_SPEC}affinity:\n${affinity.replace(/^/gm, '  ')}\n`;
}

const NODE_REQUIRED = (requirement: string, list = 'matchExpressions') =>
  withAffinity(`nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n    - ${list}:\n      - ${requirement.replace(/\n/g, '\n      ')}`);

const POD_TERM = (term: string, kind = 'podAffinity') =>
  withAffinity(`${kind}:\n  requiredDuringSchedulingIgnoredDuringExecution:\n  - ${term.replace(/\n/g, '\n    ')}`);

const VALID_AFFINITY = yaml`
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
      - matchExpressions:
        - key: kubernetes.io/arch
          operator: In
          values: [amd64]
        - key: node-role.kubernetes.io/worker
          operator: Exists
        - key: example.com/cpus
          operator: Gt
          values: ["8"]
        matchFields:
        - key: metadata.name
          operator: NotIn
          values: [node-1.example.com]
    preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      preference:
        matchExpressions:
        - key: disktype
          operator: In
          values: [ssd]
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 1
      podAffinityTerm:
        labelSelector:
          matchLabels:
            kubevirt.io/domain: web
          matchExpressions:
          - key: app
            operator: In
            values: [web, ""]
        namespaces: [default, team-a]
        namespaceSelector: {}
        topologyKey: topology.kubernetes.io/zone
`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(withAffinity(VALID_AFFINITY))),
    { name: 'no affinity', code: vm(BASE_SPEC) },
    { name: 'empty affinities (vmi-create-admitter_test.go:3091, 3372)', code: vmi(withAffinity('podAffinity: {}\npodAntiAffinity: {}\nnodeAffinity: {}')) },
    { name: 'a node selector term with nothing in it (3422)', code: vmi(withAffinity('nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n    - {}')) },
    { name: 'unknown node operators are left to the schema enum', code: vmi(NODE_REQUIRED('key: a\n  operator: Near')) },
    { name: 'missing topologyKey is left to the schema', code: vm(POD_TERM('labelSelector: {}')) },
    { name: 'missing weight is left to the schema', code: vm(withAffinity('podAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n  - podAffinityTerm:\n      topologyKey: zone')) },
    { name: 'Template parameters are never judged', code: template(POD_TERM('topologyKey: ${TOPOLOGY_KEY}\nnamespaces: ["${NAMESPACE}"]')) },
    { name: 'junk does not throw', code: vm(withAffinity('nodeAffinity: 3\npodAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution: [3, {labelSelector: 4, topologyKey: 5}]')) },
  ],
  invalid: [
    {
      name: 'empty nodeSelectorTerms (3404)',
      code: vmi(withAffinity('nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms: []')),
      errors: [{ messageId: 'nodeSelectorTermsEmpty', ...at.vmi(17, 7), path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms' }],
    },
    {
      name: 'pod affinity weight 255 (3231)',
      code: vm(withAffinity('podAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n  - weight: 255\n    podAffinityTerm:\n      topologyKey: test')),
      errors: [{ messageId: 'weightOutOfRange', data: { weight: 255 }, ...at.vm(17, 15) }],
    },
    {
      name: 'node affinity weight 0',
      code: vmi(withAffinity('nodeAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n  - weight: 0\n    preference: {}')),
      errors: [{ messageId: 'weightOutOfRange', data: { weight: 0 } }],
    },
    { name: 'In without values', code: vmi(NODE_REQUIRED('key: a\n  operator: In')), errors: [{ messageId: 'nodeValuesRequired', path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator' }] },
    { name: 'NotIn with an empty list', code: vm(NODE_REQUIRED('key: a\n  operator: NotIn\n  values: []')), errors: [{ messageId: 'nodeValuesRequired' }] },
    { name: 'Exists with values', code: vm(NODE_REQUIRED('key: a\n  operator: Exists\n  values: [b]')), errors: [{ messageId: 'nodeValuesForbidden' }] },
    { name: 'Gt with two values', code: vm(NODE_REQUIRED('key: a\n  operator: Gt\n  values: ["1", "2"]')), errors: [{ messageId: 'nodeValuesSingle', data: { operator: 'Gt', count: 2 } }] },
    { name: 'Lt without values', code: vm(NODE_REQUIRED('key: a\n  operator: Lt')), errors: [{ messageId: 'nodeValuesSingle', data: { operator: 'Lt', count: 0 } }] },
    {
      name: 'invalid node label key',
      code: vmirs(NODE_REQUIRED('key: "hostname=host1"\n  operator: Exists')),
      errors: [{ messageId: 'selectorKeyInvalid', message: "Label key 'hostname=host1' is not a valid label name: name part must consist of", ...at.vmirs(19, 16) }],
    },
    { name: 'empty node label key', code: vm(NODE_REQUIRED('key: ""\n  operator: Exists')), errors: [{ messageId: 'selectorKeyInvalid', message: 'name part must be non-empty' }] },
    {
      name: 'matchFields with a key other than metadata.name (3465)',
      code: vmi(NODE_REQUIRED('key: key\n  operator: In\n  values: [value1]', 'matchFields')),
      errors: [{ messageId: 'fieldKeyInvalid', data: { key: 'key' } }],
    },
    {
      name: 'matchFields with an empty node name (3491)',
      code: vmi(NODE_REQUIRED('key: metadata.name\n  operator: In\n  values: [""]', 'matchFields')),
      errors: [{ messageId: 'fieldValueInvalid', path: 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].values[0]' }],
    },
    { name: 'matchFields with Exists', code: vm(NODE_REQUIRED('key: metadata.name\n  operator: Exists', 'matchFields')), errors: [{ messageId: 'fieldOperatorInvalid' }] },
    { name: 'matchFields with two names', code: vm(NODE_REQUIRED('key: metadata.name\n  operator: In\n  values: [a, b]', 'matchFields')), errors: [{ messageId: 'fieldValuesSingle', data: { operator: 'In', count: 2 } }] },
    {
      name: 'empty topologyKey (3104)',
      code: vmi(POD_TERM('labelSelector:\n  matchExpressions:\n  - key: key1\n    operator: Exists\ntopologyKey: ""')),
      errors: [{ messageId: 'topologyKeyEmpty', path: 'spec.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].topologyKey' }],
    },
    {
      name: 'In without values and an invalid topologyKey (3167)',
      code: vm(POD_TERM('labelSelector:\n  matchExpressions:\n  - key: key1\n    operator: In\n    values: null\ntopologyKey: hostname=host1', 'podAntiAffinity')),
      errors: [{ messageId: 'selectorValuesRequired' }, { messageId: 'topologyKeyInvalid', data: { key: 'hostname=host1', problems: "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName' or 'my.name' or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')" } }],
    },
    {
      name: 'label selector: Exists with values, unknown operator, bad value',
      code: vm(POD_TERM('labelSelector:\n  matchExpressions:\n  - key: a\n    operator: Exists\n    values: [x]\n  - key: b\n    operator: Gt\n    values: ["1"]\n  - key: c\n    operator: In\n    values: ["-bad-"]\ntopologyKey: zone')),
      errors: [{ messageId: 'selectorValuesForbidden' }, { messageId: 'selectorOperatorInvalid', data: { operator: "'Gt'" } }, { messageId: 'selectorValueInvalid' }],
    },
    {
      name: 'matchLabels with a bad key and a bad value',
      code: vm(POD_TERM('labelSelector:\n  matchLabels:\n    "a b": ok\n    app: "x y"\ntopologyKey: zone')),
      errors: [{ messageId: 'selectorKeyInvalid' }, { messageId: 'selectorValueInvalid' }],
    },
    { name: 'namespaceSelector is validated too', code: vm(POD_TERM('namespaceSelector:\n  matchExpressions:\n  - key: team\n    operator: In\ntopologyKey: zone')), errors: [{ messageId: 'selectorValuesRequired' }] },
    { name: 'invalid namespace name', code: vm(POD_TERM('namespaces: [Team_A]\ntopologyKey: zone')), errors: [{ messageId: 'namespaceInvalid', message: "Namespace 'Team_A' is not a valid namespace name: a lowercase RFC 1123 label" }] },
    {
      name: 'preferred pod anti-affinity term',
      code: template(withAffinity('podAntiAffinity:\n  preferredDuringSchedulingIgnoredDuringExecution:\n  - weight: 101\n    podAffinityTerm:\n      topologyKey: ""')),
      errors: [{ messageId: 'weightOutOfRange' }, { messageId: 'topologyKeyEmpty' }],
    },
  ],
});
