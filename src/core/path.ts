import type { FieldPath, PathSegment } from './types.js';

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;

/** Formats a field path for people and tools: spec.disks[1].bootOrder, metadata.annotations["kubevirt.io/x"]. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Reads the value at `path` in a plain JS value; undefined when any step is missing. */
export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathSegment, unknown>)[segment];
  }
  return node;
}
