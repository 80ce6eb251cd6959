import { integerValue, parseQuantity, type Quantity } from './quantity.js';
import { digPath, isRecord, isSet, isTemplated } from './values.js';

/**
 * Helpers for the compute rules (rules/sets/compute.ts): resource quantities read the way KubeVirt's Go
 * code reads them (`Requests.Memory().Value()`, `Limits.Cpu().MilliValue()`), and which specs KubeVirt
 * validates for a holder kind.
 */

/** A resource value as Go sees it: missing = zero. `undefined` from `readResource` means "do not judge" (junk or templated). */
export interface ResourceValue {
  /** The value as written (for messages); undefined when missing. */
  raw: unknown;
  /** Path relative to the instance spec. */
  path: readonly string[];
  /** Exact value (zero when missing). */
  quantity: Quantity;
  /** `Quantity.Value()`: rounded up to an integer. */
  value: bigint;
  /** `Quantity.MilliValue()`: thousandths, rounded up. */
  milli: bigint;
}

const ZERO: Quantity = { num: 0n, den: 1n };

export function milliValue(q: Quantity): bigint {
  return integerValue({ num: q.num * 1000n, den: q.den });
}

/**
 * `spec.domain.resources.<kind>.<name>`: the value, zero when missing, or undefined when it cannot be
 * judged (not a quantity: the schema check reports it; or an OpenShift Template parameter).
 */
export function readResource(
  ctx: { templateParams: boolean },
  spec: unknown,
  kind: 'requests' | 'limits',
  name: 'memory' | 'cpu',
): ResourceValue | undefined {
  const path = ['domain', 'resources', kind, name];
  const raw = digPath(spec, path);
  if (!isSet(raw)) return { raw: undefined, path, quantity: ZERO, value: 0n, milli: 0n };
  if (isTemplated(ctx, raw)) return undefined;
  const quantity = parseQuantity(raw);
  if (quantity === undefined) return undefined;
  return { raw, path, quantity, value: integerValue(quantity), milli: milliValue(quantity) };
}

/** A quantity for messages: the text as written. */
export function showQuantity(raw: unknown): string {
  return typeof raw === 'string' ? raw : String(raw);
}

/** Kinds whose admission validates the VMI template as written, without KubeVirt's defaulting (their VMs/VMIs get it later). */
export const UNDEFAULTED_TEMPLATE_KINDS: ReadonlySet<string> = new Set(['VirtualMachineInstanceReplicaSet', 'VirtualMachinePool']);

/**
 * The specs KubeVirt validates for this subject: the defaulted spec for every kind (the VM admitter's copy,
 * the VMI create admission), and for VMIRS and pools also the template as written (their own admitters
 * validate it without defaults). A problem in either is a rejection.
 */
export function validatedSpecs(ctx: { kind: string; spec: Readonly<Record<string, unknown>>; normalized: Readonly<Record<string, unknown>> }): readonly Readonly<Record<string, unknown>>[] {
  return UNDEFAULTED_TEMPLATE_KINDS.has(ctx.kind) ? [ctx.normalized, ctx.spec] : [ctx.normalized];
}

/** An integer count field (cores, sockets, threads, maxSockets) as Go decodes it: missing = 0; undefined for junk. */
export function countField(obj: unknown, key: string): number | undefined {
  if (!isRecord(obj)) return 0;
  const value = obj[key];
  if (!isSet(value)) return 0;
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** A Go boolean field: true only for a literal `true`. */
export function isTrue(value: unknown): boolean {
  return value === true;
}
