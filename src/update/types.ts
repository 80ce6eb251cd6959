import type { FieldPath } from '../core/types.js';
/** A problem KubeVirt's admission would have with updating `live` to `desired`. */
export interface UpdateFinding {
  /** The id in the rule catalogue (../shared/reference/kubevirt-rules.md, sections T and U). */
  catalog: string;
  /** Dotted path from the object root, `[i]` for list items (`spec.template.spec.volumes[0]`). */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export type Json = Readonly<Record<string, unknown>>;

// The project's one reader and path formatter, so update findings name paths as lint findings do.
export { formatPath } from '../core/path.js';
export { dig, isRecord } from '../normalize/values.js';
import { isRecord } from '../normalize/values.js';

/** Absent as Go decodes JSON into structs with omitempty: missing, null, an empty list. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * Equal as Kubernetes' `equality.Semantic.DeepEqual` sees two decoded objects (approximately, without
 * the Go types): missing, null and empty lists are the same; everything else is compared structurally.
 */
export function semanticEqual(a: unknown, b: unknown): boolean {
  if (isAbsent(a) || isAbsent(b)) return isAbsent(a) && isAbsent(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => semanticEqual(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!semanticEqual(a[key], b[key])) return false;
    }
    return true;
  }
  return Object.is(a, b);
}

/**
 * The first place where `desired` asks for something `live` does not have, or undefined when applying
 * `desired` changes nothing: mappings are compared on desired's keys only (the cluster adds defaults),
 * lists item by item and must keep their length.
 */
export function firstChange(desired: unknown, live: unknown, path: FieldPath = []): FieldPath | undefined {
  if (desired === undefined) return undefined;
  if (isRecord(desired)) {
    if (!isRecord(live)) return desired === null || Object.keys(desired).length === 0 ? (live === undefined || live === null ? undefined : path) : path;
    for (const [key, value] of Object.entries(desired)) {
      const change = firstChange(value, live[key], [...path, key]);
      if (change !== undefined) return change;
    }
    return undefined;
  }
  if (Array.isArray(desired)) {
    if (isAbsent(desired) && isAbsent(live)) return undefined;
    if (!Array.isArray(live) || live.length !== desired.length) return path;
    for (let i = 0; i < desired.length; i++) {
      const change = firstChange(desired[i], live[i], [...path, i]);
      if (change !== undefined) return change;
    }
    return undefined;
  }
  if (desired === null) return isAbsent(live) ? undefined : path;
  return Object.is(desired, live) ? undefined : path;
}
