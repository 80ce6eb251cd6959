import type { FieldPath } from '../core/types.js';
import type { Report } from '../engine/rule.js';
import { byteLength, dns1123SubdomainErrors, maxLenError } from './names.js';
import { asArray, asString, isParam, isRecord, isSet } from './values.js';

/**
 * Kubernetes labels and label selectors, in one place:
 * - label keys and values (k8s.io/apimachinery/pkg/util/validation IsQualifiedName / IsValidLabelValue),
 *   returning the API server's own explanations: a list of problems, empty when the value is valid;
 * - selectors as `metav1.LabelSelectorAsSelector` reads them (parseLabelSelector, selectorMatches);
 * - selector validation that reports every problem (checkLabelSelector, with LABEL_SELECTOR_MESSAGES).
 */

/**
 * Labels KubeVirt reserves on a VMI (restrictedVmiLabels in admitters/vmi-create-admitter.go): admission
 * refuses them in a new VMI, and a VirtualMachine's template that sets them makes VMIs it refuses.
 */
export const RESERVED_VMI_LABELS: ReadonlySet<string> = new Set([
  'kubevirt.io/created-by',
  'kubevirt.io/migrationJobUID',
  'kubevirt.io/nodeName',
  'kubevirt.io/migrationTargetNodeName',
  'kubevirt.io/schedulable',
  'kubevirt.io/install-strategy',
]);

const QUALIFIED_NAME_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const QUALIFIED_NAME = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
const QUALIFIED_NAME_MAX_LENGTH = 63;
const QUALIFIED_NAME_ERR = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

const LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
const LABEL_VALUE = new RegExp(`^${LABEL_VALUE_FMT}$`);
const LABEL_VALUE_MAX_LENGTH = 63;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

function regexError(message: string, format: string, examples: readonly string[]): string {
  return `${message} (e.g. ${examples.map((e) => `'${e}'`).join(' or ')}, regex used for validation is '${format}')`;
}

/** IsQualifiedName: label keys, topology keys. An optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export function qualifiedNameErrors(value: string): string[] {
  const parts = value.split('/');
  const errors: string[] = [];
  let name: string;
  if (parts.length === 1) {
    name = parts[0]!;
  } else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix === '') errors.push('prefix part must be non-empty');
    else for (const message of dns1123SubdomainErrors(prefix)) errors.push(`prefix part ${message}`);
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, ['MyName', 'my.name', '123-abc'])} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  }
  if (name === '') errors.push('name part must be non-empty');
  else if (byteLength(name) > QUALIFIED_NAME_MAX_LENGTH) errors.push(`name part ${maxLenError(QUALIFIED_NAME_MAX_LENGTH)}`);
  if (!QUALIFIED_NAME.test(name)) errors.push(`name part ${regexError(QUALIFIED_NAME_ERR, QUALIFIED_NAME_FMT, ['MyName', 'my.name', '123-abc'])}`);
  return errors;
}

/** IsValidLabelValue: empty, or at most 63 alphanumerics, '-', '_' and '.', alphanumeric at both ends. */
export function labelValueErrors(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errors.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!LABEL_VALUE.test(value)) errors.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, ['MyValue', 'my_value', '12345']));
  return errors;
}

/**
 * Kubernetes label selectors as `metav1.LabelSelectorAsSelector` reads them (k8s.io/apimachinery):
 * a missing selector selects nothing, an empty one everything; matchLabels are `key = value`
 * requirements and matchExpressions use In, NotIn, Exists, DoesNotExist. Keys must be qualified names
 * and values label values, as `labels.NewRequirement` checks.
 */

const OPERATORS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

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
      const keyProblems = qualifiedNameErrors(key);
      if (keyProblems.length > 0) return { error: `label key '${key}' is invalid: ${keyProblems.join('; ')}`, path: ['matchLabels', key] };
      const valueProblems = labelValueErrors(value);
      if (valueProblems.length > 0) return { error: `label value '${value}' is invalid: ${valueProblems.join('; ')}`, path: ['matchLabels', key] };
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
    const keyProblems = qualifiedNameErrors(key);
    if (keyProblems.length > 0) return { error: `label key '${key}' is invalid: ${keyProblems.join('; ')}`, path: ['matchExpressions', i, 'key'] };
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) return { error: `operator ${operator} needs at least one value`, path: ['matchExpressions', i] };
    if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) return { error: `operator ${operator} takes no values`, path: ['matchExpressions', i, 'values'] };
    for (const value of values as string[]) {
      const valueProblems = labelValueErrors(value);
      if (valueProblems.length > 0) return { error: `label value '${value}' is invalid: ${valueProblems.join('; ')}`, path: ['matchExpressions', i, 'values'] };
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

/**
 * Kubernetes' LabelSelector validation (k8s.io/apimachinery/pkg/apis/meta/v1/validation ValidateLabelSelector
 * with default options), as KubeVirt runs it on pod (anti-)affinity terms and topology spread constraints
 * (pkg/virt-api/webhooks/validating-webhook/admitters/validate-k8s-utils.go). Rules that use it spread
 * LABEL_SELECTOR_MESSAGES into their own messages.
 */
export const LABEL_SELECTOR_MESSAGES = {
  selectorValuesRequired:
    "Operator '{{operator}}' needs at least one value in `values`: KubeVirt rejects an empty list. Add the label values to match, or use Exists / DoesNotExist to match on the key alone.",
  selectorValuesForbidden: "Operator '{{operator}}' takes no values, but `values` has {{count}}. Remove `values`, or use In / NotIn to match on values.",
  selectorOperatorInvalid: '{{operator}} is not a label selector operator. Use In, NotIn, Exists or DoesNotExist.',
  selectorKeyInvalid:
    "Label key '{{key}}' is not a valid label name: {{problems}}. Use an optional DNS subdomain prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.",
  selectorValueInvalid:
    "Label value '{{value}}' is not a valid label value: {{problems}}. Use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or an empty string).",
} as const;

interface Reporter {
  templateParams: boolean;
  report(report: Report): void;
}

function skip(ctx: Reporter, value: string): boolean {
  return ctx.templateParams && isParam(value);
}

/** Reports what is wrong with a label key (a Kubernetes qualified name) at `path`; returns true when it reported. */
export function checkLabelKey(ctx: Reporter, key: string, path: FieldPath, target: 'key' | 'value' = 'value'): boolean {
  if (skip(ctx, key)) return false;
  const problems = qualifiedNameErrors(key);
  if (problems.length === 0) return false;
  ctx.report({ path, target, messageId: 'selectorKeyInvalid', data: { key, problems: problems.join('; ') } });
  return true;
}

function checkLabelValue(ctx: Reporter, value: string, path: FieldPath): void {
  if (skip(ctx, value)) return;
  const problems = labelValueErrors(value);
  if (problems.length > 0) ctx.report({ path, messageId: 'selectorValueInvalid', data: { value, problems: problems.join('; ') } });
}

/** Validates a LabelSelector at `path` (relative to the rule's subject); a missing or null selector is fine. */
export function checkLabelSelector(ctx: Reporter, selector: unknown, path: FieldPath): void {
  if (!isRecord(selector)) return;
  const matchLabels = selector['matchLabels'];
  if (isRecord(matchLabels)) {
    for (const [key, value] of Object.entries(matchLabels)) {
      checkLabelKey(ctx, key, [...path, 'matchLabels', key], 'key');
      if (typeof value === 'string') checkLabelValue(ctx, value, [...path, 'matchLabels', key]);
    }
  }
  asArray(selector['matchExpressions']).forEach((expression, i) => {
    if (!isRecord(expression)) return;
    const base = [...path, 'matchExpressions', i];
    const operator = expression['operator'];
    const rawValues = expression['values'];
    if (isSet(rawValues) && !Array.isArray(rawValues)) return; // a type error for the schema check
    const values = asArray(rawValues);
    if (typeof operator === 'string' && !skip(ctx, operator)) {
      if (operator === 'In' || operator === 'NotIn') {
        if (values.length === 0) {
          ctx.report({ path: isSet(rawValues) ? [...base, 'values'] : [...base, 'operator'], messageId: 'selectorValuesRequired', data: { operator } });
        }
      } else if (operator === 'Exists' || operator === 'DoesNotExist') {
        if (values.length > 0) ctx.report({ path: [...base, 'values'], target: 'key', messageId: 'selectorValuesForbidden', data: { operator, count: values.length } });
      } else {
        ctx.report({ path: [...base, 'operator'], messageId: 'selectorOperatorInvalid', data: { operator: operator === '' ? 'An empty string' : `'${operator}'` } });
      }
    }
    const key = asString(expression['key']);
    if (key !== undefined) checkLabelKey(ctx, key, [...base, 'key']);
    values.forEach((value, j) => {
      if (typeof value === 'string') checkLabelValue(ctx, value, [...base, 'values', j]);
    });
  });
}
