import type { FieldPath } from '../src/core/types.js';
import { defineRule, type InstanceSpecContext } from '../src/engine/rule.js';
import { checkLabelKey, checkLabelSelector, LABEL_SELECTOR_MESSAGES, qualifiedNameErrors } from '../src/normalize/labels.js';
import { dns1123LabelErrors, dns1123SubdomainErrors } from '../src/normalize/names.js';
import { asArray, asInteger, asString, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

const NODE_OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);
const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';

export default defineRule({
  meta: {
    id: 'affinity',
    type: 'problem',
    description: 'Node affinity, pod affinity and pod anti-affinity must pass the Kubernetes validation KubeVirt applies to them',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['node-selector-terms-required', 'affinity-weight-range', 'node-selector-operator-values', 'node-selector-key', 'node-field-selector', 'pod-affinity-term'],
    messages: {
      nodeSelectorTermsEmpty:
        'nodeSelectorTerms is empty: a required node affinity needs at least one node selector term. Add a term with matchExpressions or matchFields, or remove requiredDuringSchedulingIgnoredDuringExecution.',
      weightOutOfRange: 'Weight {{weight}} is out of range: preferred scheduling terms need a weight from 1 to 100. Set a weight between 1 and 100.',
      nodeValuesRequired:
        "Operator '{{operator}}' needs at least one value in `values`: KubeVirt rejects an empty list. Add the node label values to match, or use Exists / DoesNotExist to match on the key alone.",
      nodeValuesForbidden: "Operator '{{operator}}' takes no values, but `values` has {{count}}. Remove `values`, or use In / NotIn to match on values.",
      nodeValuesSingle: "Operator '{{operator}}' needs exactly one value (the integer to compare the node label with), but `values` has {{count}}. Give a single value.",
      fieldValuesSingle:
        "A node field selector with operator '{{operator}}' needs exactly one value (a node name), but `values` has {{count}}. Give a single node name, or use one term per node.",
      fieldOperatorInvalid: "Operator '{{operator}}' is not supported in matchFields: node field selectors accept only In and NotIn. Use In or NotIn, or move the requirement to matchExpressions.",
      fieldKeyInvalid: "'{{key}}' is not a valid node field selector key: matchFields supports only metadata.name. Use `key: metadata.name`, or move the requirement to matchExpressions to match a node label.",
      fieldValueInvalid: "'{{value}}' is not a valid node name: {{problems}}. Use the node's name as `kubectl get nodes` shows it.",
      namespaceInvalid: "Namespace '{{name}}' is not a valid namespace name: {{problems}}. Use an existing namespace name (at most 63 lowercase letters, digits or '-').",
      topologyKeyEmpty: 'topologyKey is empty: a pod (anti-)affinity term needs the node label that defines co-location. Set it, e.g. to kubernetes.io/hostname or topology.kubernetes.io/zone.',
      topologyKeyInvalid:
        "topologyKey '{{key}}' is not a valid label name: {{problems}}. Use a node label key such as kubernetes.io/hostname or topology.kubernetes.io/zone.",
      ...LABEL_SELECTOR_MESSAGES,
    },
  },
  check(ctx) {
    const affinity = ctx.spec['affinity'];
    if (!isRecord(affinity)) return;
    const nodeAffinity = affinity['nodeAffinity'];
    if (isRecord(nodeAffinity)) checkNodeAffinity(ctx, nodeAffinity, ['affinity', 'nodeAffinity']);
    for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
      const podAffinity = affinity[kind];
      if (!isRecord(podAffinity)) continue;
      const base = ['affinity', kind];
      asArray(podAffinity[REQUIRED]).forEach((term, i) => checkPodAffinityTerm(ctx, term, [...base, REQUIRED, i]));
      asArray(podAffinity[PREFERRED]).forEach((weighted, i) => {
        if (!isRecord(weighted)) return;
        checkWeight(ctx, weighted, [...base, PREFERRED, i]);
        checkPodAffinityTerm(ctx, weighted['podAffinityTerm'], [...base, PREFERRED, i, 'podAffinityTerm']);
      });
    }
  },
});

function checkWeight(ctx: InstanceSpecContext, holder: Readonly<Record<string, unknown>>, path: FieldPath): void {
  const weight = asInteger(holder['weight']);
  if (weight === undefined) return; // missing or not an integer: the schema check reports it
  if (weight <= 0 || weight > 100) ctx.report({ path: [...path, 'weight'], messageId: 'weightOutOfRange', data: { weight } });
}

function checkNodeAffinity(ctx: InstanceSpecContext, nodeAffinity: Readonly<Record<string, unknown>>, base: FieldPath): void {
  const required = nodeAffinity[REQUIRED];
  if (isRecord(required)) {
    const terms = required['nodeSelectorTerms'];
    // Missing or null nodeSelectorTerms is a schema error; only an empty list gets this far.
    if (Array.isArray(terms)) {
      if (terms.length === 0) ctx.report({ path: [...base, REQUIRED, 'nodeSelectorTerms'], messageId: 'nodeSelectorTermsEmpty' });
      terms.forEach((term, i) => checkNodeSelectorTerm(ctx, term, [...base, REQUIRED, 'nodeSelectorTerms', i]));
    }
  }
  asArray(nodeAffinity[PREFERRED]).forEach((preferred, i) => {
    if (!isRecord(preferred)) return;
    checkWeight(ctx, preferred, [...base, PREFERRED, i]);
    checkNodeSelectorTerm(ctx, preferred['preference'], [...base, PREFERRED, i, 'preference']);
  });
}

function valuesOf(requirement: Readonly<Record<string, unknown>>): readonly unknown[] | undefined {
  const values = requirement['values'];
  if (isSet(values) && !Array.isArray(values)) return undefined; // a type error for the schema check
  return asArray(values);
}

function checkNodeSelectorTerm(ctx: InstanceSpecContext, term: unknown, path: FieldPath): void {
  if (!isRecord(term)) return;
  asArray(term['matchExpressions']).forEach((requirement, j) => {
    if (!isRecord(requirement)) return;
    const base = [...path, 'matchExpressions', j];
    const operator = asString(requirement['operator']);
    const values = valuesOf(requirement);
    // Unknown operators are rejected by the schema's enum before KubeVirt's own check runs.
    if (operator !== undefined && values !== undefined && NODE_OPERATORS.has(operator)) {
      const valuesPath = isSet(requirement['values']) ? [...base, 'values'] : [...base, 'operator'];
      if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
        ctx.report({ path: valuesPath, messageId: 'nodeValuesRequired', data: { operator } });
      } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
        ctx.report({ path: valuesPath, target: 'key', messageId: 'nodeValuesForbidden', data: { operator, count: values.length } });
      } else if ((operator === 'Gt' || operator === 'Lt') && values.length !== 1) {
        ctx.report({ path: valuesPath, target: values.length > 0 ? 'key' : 'value', messageId: 'nodeValuesSingle', data: { operator, count: values.length } });
      }
    }
    const key = asString(requirement['key']);
    if (key !== undefined) checkLabelKey(ctx, key, [...base, 'key']);
  });
  asArray(term['matchFields']).forEach((requirement, j) => {
    if (!isRecord(requirement)) return;
    const base = [...path, 'matchFields', j];
    const operator = asString(requirement['operator']);
    const values = valuesOf(requirement);
    if (values === undefined) return;
    if (operator !== undefined && !isTemplated(ctx, operator)) {
      if (operator === 'In' || operator === 'NotIn') {
        if (values.length !== 1) {
          ctx.report({
            path: isSet(requirement['values']) ? [...base, 'values'] : [...base, 'operator'],
            target: values.length > 0 ? 'key' : 'value',
            messageId: 'fieldValuesSingle',
            data: { operator, count: values.length },
          });
        }
      } else if (NODE_OPERATORS.has(operator)) {
        ctx.report({ path: [...base, 'operator'], messageId: 'fieldOperatorInvalid', data: { operator } });
      }
    }
    const key = asString(requirement['key']);
    if (key === undefined || isTemplated(ctx, key)) return;
    if (key !== 'metadata.name') {
      ctx.report({ path: [...base, 'key'], messageId: 'fieldKeyInvalid', data: { key } });
      return;
    }
    values.forEach((value, k) => {
      if (typeof value !== 'string' || isTemplated(ctx, value)) return;
      const problems = dns1123SubdomainErrors(value);
      if (problems.length > 0) ctx.report({ path: [...base, 'values', k], messageId: 'fieldValueInvalid', data: { value, problems: problems.join('; ') } });
    });
  });
}

function checkPodAffinityTerm(ctx: InstanceSpecContext, term: unknown, path: FieldPath): void {
  if (!isRecord(term)) return;
  checkLabelSelector(ctx, term['labelSelector'], [...path, 'labelSelector']);
  checkLabelSelector(ctx, term['namespaceSelector'], [...path, 'namespaceSelector']);
  asArray(term['namespaces']).forEach((name, i) => {
    if (typeof name !== 'string' || isTemplated(ctx, name)) return;
    const problems = dns1123LabelErrors(name);
    if (problems.length > 0) ctx.report({ path: [...path, 'namespaces', i], messageId: 'namespaceInvalid', data: { name, problems: problems.join('; ') } });
  });
  const key = term['topologyKey'];
  if (typeof key !== 'string' || isTemplated(ctx, key)) return; // missing: the schema check reports it
  if (key === '') {
    ctx.report({ path: [...path, 'topologyKey'], messageId: 'topologyKeyEmpty' });
    return;
  }
  const problems = qualifiedNameErrors(key);
  if (problems.length > 0) ctx.report({ path: [...path, 'topologyKey'], messageId: 'topologyKeyInvalid', data: { key, problems: problems.join('; ') } });
}
