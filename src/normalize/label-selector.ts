import { dns1123SubdomainErrors } from './names.js';
import { asArray, isRecord } from './values.js';

/**
 * Kubernetes label selectors as `metav1.LabelSelectorAsSelector` reads them (k8s.io/apimachinery):
 * a missing selector selects nothing, an empty one everything; matchLabels are `key = value`
 * requirements and matchExpressions use In, NotIn, Exists, DoesNotExist. Keys must be qualified names
 * and values label values, as `labels.NewRequirement` checks.
 */

const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** IsQualifiedName: `[prefix/]name`, name at most 63 characters, prefix a DNS subdomain. */
export function qualifiedNameProblem(key: string): string | undefined {
  const parts = key.split('/');
  let name = key;
  if (parts.length === 2) {
    const [prefix, rest] = parts as [string, string];
    if (prefix === '') return 'its prefix part must not be empty';
    if (dns1123SubdomainErrors(prefix).length > 0) return `its prefix '${prefix}' must be a lowercase DNS subdomain`;
    name = rest;
  } else if (parts.length > 2) {
    return "it may contain at most one '/'";
  }
  if (name === '') return 'its name part must not be empty';
  if (name.length > 63) return 'its name part must be no more than 63 characters';
  if (!QUALIFIED_NAME.test(name)) return "its name part must consist of alphanumeric characters, '-', '_' or '.', and start and end with an alphanumeric character";
  return undefined;
}

/** IsValidLabelValue: empty, or at most 63 characters of alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
export function labelValueProblem(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!LABEL_VALUE.test(value)) return "must be empty or consist of alphanumeric characters, '-', '_' or '.', and start and end with an alphanumeric character";
  return undefined;
}

type Requirement = { key: string; op: 'Equals' | 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values: readonly string[] };

/** A parsed selector: 'nothing' (no selector), or its requirements (none = everything). */
export type ParsedSelector = { kind: 'nothing' } | { kind: 'requirements'; requirements: readonly Requirement[] };

/** Why the selector is invalid, with the path inside the selector; or the parsed selector. Undefined for junk the schema reports. */
export function parseLabelSelector(selector: unknown): { error: string; path: readonly (string | number)[] } | ParsedSelector | undefined {
  if (selector === undefined || selector === null) return { kind: 'nothing' };
  if (!isRecord(selector)) return undefined;
  const requirements: Requirement[] = [];
  const matchLabels = selector['matchLabels'];
  if (matchLabels !== undefined && matchLabels !== null) {
    if (!isRecord(matchLabels)) return undefined;
    for (const [key, value] of Object.entries(matchLabels)) {
      if (typeof value !== 'string') return undefined;
      const keyProblem = qualifiedNameProblem(key);
      if (keyProblem !== undefined) return { error: `label key '${key}' is invalid: ${keyProblem}`, path: ['matchLabels', key] };
      const valueProblem = labelValueProblem(value);
      if (valueProblem !== undefined) return { error: `label value '${value}' ${valueProblem}`, path: ['matchLabels', key] };
      requirements.push({ key, op: 'Equals', values: [value] });
    }
  }
  const expressions = selector['matchExpressions'];
  if (expressions !== undefined && expressions !== null && !Array.isArray(expressions)) return undefined;
  for (const [i, expr] of asArray(expressions).entries()) {
    if (!isRecord(expr)) return undefined;
    const { key, operator } = expr;
    if (typeof key !== 'string' || typeof operator !== 'string') return undefined;
    const values = asArray(expr['values']);
    if (values.some((v) => typeof v !== 'string')) return undefined;
    if (!OPERATORS.has(operator)) return { error: `'${operator}' is not a valid label selector operator (use In, NotIn, Exists or DoesNotExist)`, path: ['matchExpressions', i, 'operator'] };
    const keyProblem = qualifiedNameProblem(key);
    if (keyProblem !== undefined) return { error: `label key '${key}' is invalid: ${keyProblem}`, path: ['matchExpressions', i, 'key'] };
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) return { error: `operator ${operator} needs at least one value`, path: ['matchExpressions', i] };
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) return { error: `operator ${operator} takes no values`, path: ['matchExpressions', i, 'values'] };
    for (const value of values as string[]) {
      const valueProblem = labelValueProblem(value);
      if (valueProblem !== undefined) return { error: `label value '${value}' ${valueProblem}`, path: ['matchExpressions', i, 'values'] };
    }
    requirements.push({ key, op: operator as Requirement['op'], values: values as string[] });
  }
  return { kind: 'requirements', requirements };
}

/** labels.Selector.Matches: every requirement holds (NotIn and DoesNotExist hold when the label is absent). */
export function selectorMatches(selector: ParsedSelector, labels: Readonly<Record<string, string>>): boolean {
  if (selector.kind === 'nothing') return false;
  return selector.requirements.every(({ key, op, values }) => {
    const present = Object.hasOwn(labels, key);
    const value = labels[key];
    switch (op) {
      case 'Equals':
      case 'In':
        return present && values.includes(value!);
      case 'NotIn':
        return !present || !values.includes(value!);
      case 'Exists':
        return present;
      case 'DoesNotExist':
        return !present;
    }
  });
}
