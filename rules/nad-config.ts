import { defineRule } from '../src/engine/rule.js';
import { parseCniConfig } from '../src/normalize/cni-config.js';
import { dig, isRecord } from '../src/normalize/values.js';

const PATH = ['spec', 'config'];

export default defineRule({
  meta: {
    id: 'nad-config',
    type: 'problem',
    description: 'A NetworkAttachmentDefinition spec.config must be a CNI configuration in JSON: an object with type (or a named plugins list) and cniVersion',
    level: 'error',
    scope: 'object',
    kinds: ['NetworkAttachmentDefinition'],
    messages: {
      syntax: 'spec.config is not valid JSON: {{message}}{{where}}. The admission controller rejects it; check quotes and commas (JSON has no comments and no trailing commas).',
      notObject: 'spec.config must be a JSON object (a CNI configuration such as {"cniVersion": "0.3.1", "name": "br1", "type": "bridge"}), not another JSON value.',
      missingType: 'spec.config has no "type": CNI cannot tell which plugin to run and the admission controller rejects it. Add e.g. "type": "bridge", or a "plugins" list.',
      typeNotString: 'spec.config "type" must be a string naming the CNI plugin (e.g. "bridge"), not {{value}}.',
      pluginsNotList: 'spec.config "plugins" must be a non-empty list of plugin configurations, each with a "type".',
      pluginType: 'spec.config plugins[{{index}}] has no "type" (a string naming the CNI plugin); the admission controller rejects the whole list.',
      listName: 'spec.config is a plugins list without a "name"; CNI refuses to load a configuration list without one, so the admission controller rejects it. Add "name" (usually the NAD\'s name).',
      missingVersion: 'spec.config has no "cniVersion": the plugins may refuse it when a pod starts. Add the version your CNI plugins support, e.g. "cniVersion": "0.3.1".',
    },
  },
  check(ctx) {
    const config = parseCniConfig(dig(ctx.object, 'spec', 'config'));
    if (!config.ok) {
      // An empty or missing config is allowed: Multus then reads the configuration from the node by the NAD's name.
      if (config.reason === 'syntax') {
        const where = config.line !== undefined ? ` (line ${config.line}, column ${config.column} of the config)` : '';
        ctx.report({ path: PATH, messageId: 'syntax', data: { message: config.message, where } });
      } else if (config.reason === 'not-object') ctx.report({ path: PATH, messageId: 'notObject' });
      return;
    }
    const value = config.value;
    if ('plugins' in value) {
      const plugins = value['plugins'];
      if (!Array.isArray(plugins) || plugins.length === 0) {
        // With no usable list, the configuration must stand alone as a single plugin.
        if (!Array.isArray(plugins) || value['type'] === undefined) return ctx.report({ path: PATH, messageId: 'pluginsNotList' });
      } else {
        const bad = plugins.findIndex((p) => !isRecord(p) || typeof p['type'] !== 'string');
        if (bad >= 0) return ctx.report({ path: PATH, messageId: 'pluginType', data: { index: bad } });
        if (typeof value['name'] !== 'string' || value['name'] === '') {
          if (value['type'] === undefined) return ctx.report({ path: PATH, messageId: 'listName' });
        }
      }
    } else if (value['type'] === undefined) {
      return ctx.report({ path: PATH, messageId: 'missingType' });
    } else if (typeof value['type'] !== 'string') {
      return ctx.report({ path: PATH, messageId: 'typeNotString', data: { value: JSON.stringify(value['type']) } });
    }
    if (value['cniVersion'] === undefined) ctx.report({ path: PATH, messageId: 'missingVersion', severity: 'warning' });
  },
});
