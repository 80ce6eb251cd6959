import rule from '../../rules/pool-update-strategy.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, pool } from './_manifests.js';

/** The pool with extra spec lines after `replicas: 2` (line 6); they start on line 7, column 3. */
function poolWith(lines: string): string {
  return pool(BASE_SPEC).replace('  replicas: 2\n', `  replicas: 2\n${lines.replace(/^/gm, '  ')}\n`);
}

ruleTester.run(rule, {
  valid: [
    { name: 'no settings', code: pool(BASE_SPEC) },
    { name: 'a number', code: poolWith('maxUnavailable: 1') },
    { name: '100%', code: poolWith('maxUnavailable: "100%"') },
    { name: '1%', code: poolWith('maxUnavailable: 1%') },
    { name: 'one update strategy', code: poolWith('updateStrategy:\n  proactive:\n    selectionPolicy:\n      basePolicy: Oldest') },
    { name: 'one scale-in strategy', code: poolWith('scaleInStrategy:\n  opportunistic: {}') },
    { name: 'null strategies do not count', code: poolWith('updateStrategy:\n  unmanaged: {}\n  proactive: null') },
  ],
  invalid: [
    { name: 'string without %', code: poolWith('maxUnavailable: "2"'), errors: [{ messageId: 'percentSuffix', data: { value: "'2'", number: '2' }, line: 7, column: 19 }] },
    { name: 'non-numeric percentage', code: poolWith('maxUnavailable: "ten%"'), errors: [{ messageId: 'percentInvalid' }] },
    { name: 'fractional percentage', code: poolWith('maxUnavailable: "2.5%"'), errors: [{ messageId: 'percentInvalid' }] },
    { name: '0%', code: poolWith('maxUnavailable: 0%'), errors: [{ messageId: 'percentRange', data: { value: "'0%'" } }] },
    { name: '101%', code: poolWith('maxUnavailable: "101%"'), errors: [{ messageId: 'percentRange' }] },
    { name: 'zero', code: poolWith('maxUnavailable: 0'), errors: [{ messageId: 'notPositive', data: { value: 0 }, path: 'spec.maxUnavailable' }] },
    { name: 'negative', code: poolWith('maxUnavailable: -1'), errors: [{ messageId: 'notPositive' }] },
    {
      name: 'two update strategies',
      code: poolWith('updateStrategy:\n  unmanaged: {}\n  proactive: {}'),
      errors: [{ messageId: 'multipleStrategies', data: { strategy: 'spec.updateStrategy', found: 'unmanaged, proactive' }, line: 9, column: 5 }],
    },
    {
      name: 'three scale-in strategies',
      code: poolWith('scaleInStrategy:\n  unmanaged: {}\n  opportunistic: {}\n  proactive: {}'),
      errors: [{ messageId: 'multipleStrategies', data: { strategy: 'spec.scaleInStrategy', found: 'unmanaged, opportunistic, proactive' } }],
    },
  ],
});
