import type { FieldPath } from '../core/types.js';
import type { Report } from '../engine/rule.js';
import { labelValueErrors, qualifiedNameErrors } from './labels.js';
import { asArray, asString, isParam, isRecord, isSet } from './values.js';

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
