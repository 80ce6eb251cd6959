import rule from '../../rules/nad-config.js';
import { ruleTester } from '../helpers/rule-tester.js';

const nad = (config: string) => `apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: br1\nspec:\n  config: '${config}'\n`;

ruleTester.run(rule, {
  valid: [
    { name: 'single plugin', code: nad('{"cniVersion": "0.3.1", "name": "br1", "type": "bridge", "bridge": "br1"}') },
    { name: 'single plugin without name (Multus fills it in)', code: nad('{"cniVersion": "0.3.1", "type": "bridge"}') },
    { name: 'plugins list with name', code: nad('{"cniVersion": "0.3.1", "name": "br1", "plugins": [{"type": "cnv-bridge"}, {"type": "cnv-tuning"}]}') },
    { name: 'no config: Multus reads it from the node', code: 'apiVersion: k8s.cni.cncf.io/v1\nkind: NetworkAttachmentDefinition\nmetadata:\n  name: br1\nspec: {}\n' },
  ],
  invalid: [
    { name: 'invalid JSON, with the position inside the config', code: nad('{"cniVersion": "0.3.1" "type": "bridge"}'), errors: [{ messageId: 'syntax', line: 6, column: 11, message: 'line 1, column 24 of the config' }] },
    { name: 'a JSON list', code: nad('[1]'), errors: [{ messageId: 'notObject' }] },
    { name: 'no type', code: nad('{"cniVersion": "0.3.1", "name": "x"}'), errors: [{ messageId: 'missingType', severity: 'error' }] },
    { name: 'type not a string', code: nad('{"cniVersion": "0.3.1", "type": 1}'), errors: [{ messageId: 'typeNotString' }] },
    { name: 'plugins not a list', code: nad('{"cniVersion": "0.3.1", "name": "x", "plugins": {}}'), errors: [{ messageId: 'pluginsNotList' }] },
    { name: 'a plugin without type', code: nad('{"cniVersion": "0.3.1", "name": "x", "plugins": [{"type": "bridge"}, {"mtu": 1400}]}'), errors: [{ messageId: 'pluginType', data: { index: 1 } }] },
    { name: 'plugins list without name', code: nad('{"cniVersion": "0.3.1", "plugins": [{"type": "bridge"}]}'), errors: [{ messageId: 'listName' }] },
    { name: 'no cniVersion: a warning (fails at pod start, not at admission)', code: nad('{"name": "x", "type": "bridge"}'), errors: [{ messageId: 'missingVersion', severity: 'warning' }] },
  ],
});
