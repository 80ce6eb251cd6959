import rule from '../../rules/selector-matches-template.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, pool, vmirs } from './_manifests.js';

/** vmirs() has `selector:` on line 7 (matchLabels on 8, `app: testrs` on 9) and template labels on line 13. */
const RS = vmirs(BASE_SPEC);
const POOL = pool(BASE_SPEC);

function rsSelector(selector: string): string {
  return RS.replace('  selector:\n    matchLabels:\n      app: testrs\n', `  selector:\n${selector.replace(/^/gm, '    ')}\n`);
}

ruleTester.run(rule, {
  valid: [
    { name: 'VMIRS matchLabels', code: RS },
    { name: 'pool matchLabels', code: POOL },
    { name: 'empty selector selects everything', code: rsSelector('{}').replace('  selector:\n    {}', '  selector: {}') },
    { name: 'matchExpressions In', code: rsSelector('matchExpressions:\n- key: app\n  operator: In\n  values: [testrs, other]') },
    { name: 'NotIn holds when the label is absent', code: rsSelector('matchExpressions:\n- key: tier\n  operator: NotIn\n  values: [db]') },
    { name: 'Exists and DoesNotExist', code: rsSelector('matchExpressions:\n- key: app\n  operator: Exists\n- key: tier\n  operator: DoesNotExist') },
    { name: 'prefixed keys', code: rsSelector('matchLabels:\n  kubevirt.io/vm: x').replace('        app: testrs', '        app: testrs\n        kubevirt.io/vm: x') },
  ],
  invalid: [
    {
      name: 'VMIRS labels differ',
      code: RS.replace('      app: testrs\n', '      app: other\n'),
      errors: [{ messageId: 'noMatch', data: { template: 'template', kind: 'VirtualMachineInstanceReplicaSet', what: 'VirtualMachineInstances', labels: 'app=testrs' }, line: 7, column: 3, path: 'spec.selector' }],
    },
    {
      name: 'pool template without labels',
      code: POOL.replace('    metadata:\n      labels:\n        app: testpool\n', ''),
      errors: [{ messageId: 'noMatch', data: { template: 'virtualMachineTemplate', kind: 'VirtualMachinePool', what: 'VirtualMachines', labels: 'none' } }],
    },
    { name: 'unknown operator', code: rsSelector('matchExpressions:\n- key: app\n  operator: Equals\n  values: [testrs]'), errors: [{ messageId: 'invalid', line: 10, column: 17, message: "'Equals' is not a valid label selector operator" }] },
    { name: 'In without values', code: rsSelector('matchExpressions:\n- key: app\n  operator: In\n  values: []'), errors: [{ messageId: 'invalid', message: 'needs at least one value' }] },
    { name: 'Exists with values', code: rsSelector('matchExpressions:\n- key: app\n  operator: Exists\n  values: [x]'), errors: [{ messageId: 'invalid', message: 'takes no values' }] },
    { name: 'invalid label value', code: rsSelector('matchLabels:\n  app: "-bad"'), errors: [{ messageId: 'invalid', path: 'spec.selector.matchLabels.app' }] },
    { name: 'invalid label key', code: rsSelector('matchLabels:\n  "a/b/c": x'), errors: [{ messageId: 'invalid', message: "with an optional DNS subdomain prefix and '/'" }] },
    { name: 'DoesNotExist on a template label', code: rsSelector('matchExpressions:\n- key: app\n  operator: DoesNotExist'), errors: [{ messageId: 'noMatch' }] },
    { name: 'null selector selects nothing', code: rsSelector('null').replace('  selector:\n    null', '  selector: null'), errors: [{ messageId: 'nullSelector' }] },
  ],
});
