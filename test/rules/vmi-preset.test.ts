import rule from '../../rules/vmi-preset.js';
import { ruleTester } from '../helpers/rule-tester.js';

function preset(spec: string): string {
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstancePreset
metadata:
  name: small
${spec}
`;
}

const SELECTOR = '  selector:\n    matchLabels:\n      kubevirt.io/size: small';
const DEPRECATED = { messageId: 'deprecated', severity: 'warning' as const, line: 2, column: 7 };

ruleTester.run(rule, {
  valid: [{ name: 'not a preset', code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' }],
  invalid: [
    { name: 'a preset with a domain: only the deprecation warning', code: preset(`spec:\n${SELECTOR}\n  domain:\n    resources:\n      requests:\n        memory: 1Gi`), errors: [DEPRECATED] },
    { name: 'no domain', code: preset(`spec:\n${SELECTOR}`), errors: [DEPRECATED, { messageId: 'domainMissing', severity: 'error', line: 5, column: 1, path: 'spec' }] },
    { name: 'no spec at all', code: preset(''), errors: [{ messageId: 'domainMissing', line: 2, column: 7 }, DEPRECATED] },
  ],
});
