import type { FieldPath } from '../../core/types.js';

/** Where two JSON values differ, as field paths (lists compared by index; a changed list length is one change at the list). */
export function changedPaths(before: unknown, after: unknown, path: FieldPath = [], out: FieldPath[] = []): FieldPath[] {
  if (Object.is(before, after)) return out;
  const beforeIsObject = before !== null && typeof before === 'object';
  const afterIsObject = after !== null && typeof after === 'object';
  if (!beforeIsObject || !afterIsObject || Array.isArray(before) !== Array.isArray(after)) {
    out.push(path);
    return out;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) {
      out.push(path);
      return out;
    }
    before.forEach((item, i) => changedPaths(item, after[i], [...path, i], out));
    return out;
  }
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) changedPaths(a[key], b[key], [...path, key], out);
  return out;
}

/** Metadata the API server maintains: never a change made by git. */
const SERVER_METADATA = new Set(['managedFields', 'resourceVersion', 'generation', 'uid', 'creationTimestamp', 'selfLink']);

/** The parts of an object git can change: status and server-maintained metadata removed. */
export function comparable(object: Record<string, unknown>): Record<string, unknown> {
  const { status: _status, metadata, ...rest } = object;
  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((metadata ?? {}) as Record<string, unknown>)) {
    if (!SERVER_METADATA.has(key)) meta[key] = value;
  }
  return { ...rest, metadata: meta };
}
