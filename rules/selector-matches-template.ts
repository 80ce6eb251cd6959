import { defineRule } from '../src/engine/rule.js';
import { parseLabelSelector, selectorMatches } from '../src/normalize/labels.js';
import { dig, isParam, isRecord } from '../src/normalize/values.js';

const TEMPLATE_OF: Readonly<Record<string, string>> = {
  VirtualMachineInstanceReplicaSet: 'template',
  VirtualMachinePool: 'virtualMachineTemplate',
};

export default defineRule({
  meta: {
    id: 'selector-matches-template',
    type: 'problem',
    description: "A VirtualMachineInstanceReplicaSet's or VirtualMachinePool's selector must be valid and match its template's labels",
    level: 'error',
    scope: 'object',
    kinds: Object.keys(TEMPLATE_OF),
    catalog: ['vmirs-selector-matches-template', 'vmpool-selector-matches-template'],
    messages: {
      invalid: 'The selector is invalid: {{problem}}. Fix it so that it selects the labels of spec.{{template}}.metadata.labels.',
      noMatch:
        "The selector does not match the labels of spec.{{template}}.metadata.labels ({{labels}}), so the {{kind}} would never find the {{what}} it creates. Add the selector's labels to the template, or change the selector.",
      nullSelector: 'The selector is null, which selects nothing. Set `matchLabels` to labels that spec.{{template}}.metadata.labels has.',
    },
  },
  check(ctx) {
    const spec = ctx.object['spec'];
    if (!isRecord(spec) || !('selector' in spec)) return; // a missing selector is the schema rule's finding
    const templateKey = TEMPLATE_OF[ctx.kind]!;
    const selector = spec['selector'];
    const labels = dig(spec, templateKey, 'metadata', 'labels');
    if (ctx.templateParams && (hasParam(selector) || hasParam(labels))) return;
    if (labels !== undefined && labels !== null && !isRecord(labels)) return;
    const labelSet: Record<string, string> = {};
    for (const [key, value] of Object.entries(labels ?? {})) {
      if (typeof value !== 'string') return; // junk for the schema rule
      labelSet[key] = value;
    }

    const parsed = parseLabelSelector(selector);
    if (parsed === undefined) return;
    const data = { template: templateKey, kind: ctx.kind, what: ctx.kind === 'VirtualMachinePool' ? 'VirtualMachines' : 'VirtualMachineInstances' };
    if ('error' in parsed) {
      ctx.report({ path: ['spec', 'selector', ...parsed.path], messageId: 'invalid', data: { ...data, problem: parsed.error } });
      return;
    }
    if (parsed.kind === 'nothing') {
      ctx.report({ path: ['spec', 'selector'], messageId: 'nullSelector', data });
      return;
    }
    if (selectorMatches(parsed, labelSet)) return;
    const shown = Object.entries(labelSet).map(([k, v]) => `${k}=${v}`).join(', ');
    ctx.report({ path: ['spec', 'selector'], target: 'key', messageId: 'noMatch', data: { ...data, labels: shown === '' ? 'none' : shown } });
  },
});

/** True when a `${PARAM}` appears anywhere in the value (keys included). */
function hasParam(value: unknown): boolean {
  if (isParam(value)) return true;
  if (Array.isArray(value)) return value.some(hasParam);
  if (isRecord(value)) return Object.entries(value).some(([k, v]) => isParam(k) || hasParam(v));
  return false;
}
