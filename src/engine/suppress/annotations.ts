import type { FieldPath, Finding } from '../../core/types.js';
import type { KubeObject } from '../../load/objects.js';
import { isRecord } from '../../normalize/values.js';

/**
 * `metadata.annotations["virtops.io/ignore"]: "rule-a,rule-b"` (or "*") on an object suppresses those
 * rules for that object and everything inside it. The annotation travels to the cluster, so the reason
 * for an exception stays visible there too.
 */
export const IGNORE_ANNOTATION = 'virtops.io/ignore';

export interface AnnotationIgnore {
  object: KubeObject;
  rules: string[];
  path: FieldPath;
  used: Set<string>;
}

export function collectAnnotationIgnores(objects: readonly KubeObject[]): AnnotationIgnore[] {
  const out: AnnotationIgnore[] = [];
  for (const object of objects) {
    const metadata = object.value['metadata'];
    const annotations = isRecord(metadata) ? metadata['annotations'] : undefined;
    const value = isRecord(annotations) ? annotations[IGNORE_ANNOTATION] : undefined;
    if (typeof value !== 'string') continue;
    const rules = value.split(/[\s,]+/).filter(Boolean);
    out.push({ object, rules, path: [...object.prefix, 'metadata', 'annotations', IGNORE_ANNOTATION], used: new Set() });
  }
  return out;
}

export function isSuppressedByAnnotation(finding: Finding, ignores: readonly AnnotationIgnore[]): boolean {
  for (const ignore of ignores) {
    if (ignore.object.document !== finding.document || !startsWith(finding.path, ignore.object.prefix)) continue;
    const rule = ignore.rules.includes(finding.ruleId) ? finding.ruleId : ignore.rules.includes('*') ? '*' : undefined;
    if (rule !== undefined) {
      ignore.used.add(rule);
      return true;
    }
  }
  return false;
}

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
