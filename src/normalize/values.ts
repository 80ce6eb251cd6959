/**
 * Small, total helpers for reading manifests whose values may be junk (wrong types, nulls).
 * Rules use these instead of casts, so that no input can make them throw.
 *
 * Conventions follow how KubeVirt decodes JSON into Go structs: a key that is missing and a key
 * whose value is `null` are the same thing (a nil pointer / empty slice).
 */

export type Obj = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as a mapping, or undefined for anything else (null, scalars, lists). */
export function asRecord(value: unknown): Obj | undefined {
  return isRecord(value) ? value : undefined;
}

/** The value as a list, or an empty list for anything else (missing, null, junk). */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value if it is a string. */
export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A Go pointer field is set: present and not null. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** `obj[key]` is present and not null. */
export function has(obj: unknown, key: string): boolean {
  return isRecord(obj) && isSet(obj[key]);
}

/**
 * Reads a nested value through mappings only; undefined as soon as a step is not a mapping.
 * Fixed parameters rather than a rest list: rules call this for every field they read, and a rest
 * list is an array allocated per call. Longer or computed paths use `digPath`.
 */
export function dig(root: unknown, k1: string, k2?: string, k3?: string, k4?: string): unknown {
  let node = child(root, k1);
  if (k2 === undefined) return node;
  node = child(node, k2);
  if (k3 === undefined) return node;
  node = child(node, k3);
  return k4 === undefined ? node : child(node, k4);
}

/** `dig` along a path given as a list. */
export function digPath(root: unknown, keys: readonly string[]): unknown {
  let node = root;
  for (let i = 0; i < keys.length; i++) node = child(node, keys[i]!);
  return node;
}

function child(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null && !Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
}

/** A string holding an OpenShift Template parameter (`${NAME}`), substituted later: never judge it. */
export function isParam(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** True when a rule must not judge this value: a `${PARAM}` string inside an OpenShift Template. */
export function isTemplated(ctx: { templateParams: boolean }, value: unknown): boolean {
  return ctx.templateParams && isParam(value);
}

/** The `name` of a list item when it is a string. */
export function nameOf(item: unknown): string | undefined {
  return isRecord(item) ? asString(item['name']) : undefined;
}

/** The value if it is an integer number (YAML `2`, not `"2"` nor `2.5`). */
export function asInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Quotes a value for a message: 'name', or a short description of junk. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value;
}

/** Where a VirtualMachine spec sits relative to an instance spec (`spec.template.spec` → `spec`). */
export interface HolderVmSpec {
  spec: Obj;
  /** Path from the object root to the VirtualMachine spec. */
  path: readonly (string | number)[];
}

/**
 * The VirtualMachine spec that holds an instance spec, for the kinds that have one: a VirtualMachine
 * (`spec`) and a VirtualMachinePool's VM template (`spec.virtualMachineTemplate.spec`).
 */
export function holderVmSpec(ctx: { kind: string; object: Obj; specPath: readonly (string | number)[] }): HolderVmSpec | undefined {
  if (ctx.kind !== 'VirtualMachine' && ctx.kind !== 'VirtualMachinePool') return undefined;
  const { specPath } = ctx;
  if (specPath.length < 2 || specPath[specPath.length - 1] !== 'spec' || specPath[specPath.length - 2] !== 'template') return undefined;
  const path = specPath.slice(0, -2);
  let node: unknown = ctx.object;
  for (const key of path) {
    if (!isRecord(node) || typeof key !== 'string') return undefined;
    node = node[key];
  }
  return isRecord(node) ? { spec: node, path } : undefined;
}
