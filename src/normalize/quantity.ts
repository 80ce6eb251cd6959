/**
 * Kubernetes resource quantities (`1.5Gi`, `1000M`, `2048Mi`, `1e9`, `500m`), parsed the way
 * k8s.io/apimachinery `resource.ParseQuantity` does, into an exact rational number.
 *
 * Memory and hugepage checks compare and divide these values, so they must be exact: floating
 * point cannot tell `1Gi` from `1073741823.9999999`. A quantity is `num / den` with `den > 0`,
 * reduced to lowest terms.
 */

export interface Quantity {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_SUFFIXES: Readonly<Record<string, number>> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const SUFFIX_CHARS = 'eEinumkKMGTP';
/** Exponents beyond this are accepted as syntax but not evaluated (10^10000 is already absurd for a resource). */
const MAX_EXPONENT = 10_000;
const MAX_INT64 = (1n << 63n) - 1n;
const NANO_DEN = 1_000_000_000n;

interface Parts {
  negative: boolean;
  /** Integer digits without leading zeros ('0' when none). */
  whole: string;
  /** Digits after the decimal point. */
  fraction: string;
  suffix: string;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Splits a quantity string like ParseQuantity's scanner does; undefined where it returns ErrFormatWrong. */
function scan(str: string): Parts | undefined {
  if (str.length === 0) return undefined;
  const end = str.length;
  let pos = 0;
  let negative = false;
  if (str[0] === '-') {
    negative = true;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { negative, whole: '0', fraction: '', suffix: '' };
  const wholeStart = pos;
  while (pos < end && isDigit(str[pos])) pos++;
  const whole = str.slice(wholeStart, pos) || '0';
  if (pos >= end) return { negative, whole, fraction: '', suffix: '' };
  let fraction = '';
  if (str[pos] === '.') {
    pos++;
    const fractionStart = pos;
    while (pos < end && isDigit(str[pos])) pos++;
    fraction = str.slice(fractionStart, pos);
    if (pos >= end) return { negative, whole, fraction, suffix: '' };
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos]!)) pos++;
  if (pos < end && (str[pos] === '+' || str[pos] === '-')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return undefined;
  return { negative, whole, fraction, suffix: str.slice(suffixStart) };
}

type Scale = { base: 10 | 2; exponent: number };

/** Go's strconv.ParseInt(s, 10, 64) for the exponent of `1e3`-style suffixes. */
function parseInt64(text: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(text)) return undefined;
  const value = BigInt(text);
  return value > MAX_INT64 || value < -MAX_INT64 - 1n ? undefined : value;
}

function interpretSuffix(suffix: string): Scale | undefined {
  const decimal = DECIMAL_SUFFIXES[suffix];
  if (decimal !== undefined && Object.hasOwn(DECIMAL_SUFFIXES, suffix)) return { base: 10, exponent: decimal };
  const binary = BINARY_SUFFIXES[suffix];
  if (binary !== undefined && Object.hasOwn(BINARY_SUFFIXES, suffix)) return { base: 2, exponent: binary };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const parsed = parseInt64(suffix.slice(1));
    if (parsed === undefined) return undefined;
    // Go converts the int64 exponent to int32, wrapping around.
    return { base: 10, exponent: Number(BigInt.asIntN(32, parsed)) };
  }
  return undefined;
}

/** True when `ParseQuantity` accepts the string (the syntax only; the value may still be absurd). */
export function isQuantitySyntax(str: string): boolean {
  if (str === '0') return true;
  const parts = scan(str);
  return parts !== undefined && interpretSuffix(parts.suffix) !== undefined;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function make(num: bigint, den: bigint): Quantity {
  if (num === 0n) return { num: 0n, den: 1n };
  const divisor = gcd(num, den);
  return divisor === 1n ? { num, den } : { num: num / divisor, den: den / divisor };
}

/** Rounds away from zero to a multiple of 10^-9, as ParseQuantity does for finer values. */
function roundToNano(num: bigint, den: bigint): [bigint, bigint] {
  const scaled = num * NANO_DEN;
  if (scaled % den === 0n) return [num, den];
  const magnitude = (scaled < 0n ? -scaled : scaled) / den + 1n;
  return [scaled < 0n ? -magnitude : magnitude, NANO_DEN];
}

/**
 * Manifests repeat a handful of quantities ('2Gi', '1', '30Gi') thousands of times, and BigInt
 * arithmetic is slow: remember recent results (Quantity is immutable). Bounded so junk input cannot grow it.
 */
const parsedStrings = new Map<string, Quantity | undefined>();
const MAX_REMEMBERED = 4096;

function parseString(str: string): Quantity | undefined {
  if (parsedStrings.has(str)) return parsedStrings.get(str);
  const parsed = parseStringUncached(str);
  if (parsedStrings.size >= MAX_REMEMBERED) parsedStrings.clear();
  parsedStrings.set(str, parsed);
  return parsed;
}

function parseStringUncached(str: string): Quantity | undefined {
  if (str === '0') return { num: 0n, den: 1n };
  const parts = scan(str);
  if (parts === undefined) return undefined;
  const scale = interpretSuffix(parts.suffix);
  if (scale === undefined || Math.abs(scale.exponent) > MAX_EXPONENT) return undefined;
  let num = BigInt(parts.whole + parts.fraction);
  let den = 10n ** BigInt(parts.fraction.length);
  if (scale.base === 2) num <<= BigInt(scale.exponent);
  else if (scale.exponent >= 0) num *= 10n ** BigInt(scale.exponent);
  else den *= 10n ** BigInt(-scale.exponent);
  if (parts.negative) num = -num;
  [num, den] = roundToNano(num, den);
  // Binary quantities are capped at the largest int64.
  if (scale.base === 2) {
    const limit = MAX_INT64 * den;
    if (num > limit) num = limit;
    else if (num < -limit) num = -limit;
  }
  return make(num, den);
}

/**
 * Parses a quantity given as a string or a YAML number; undefined when Kubernetes would reject it
 * (or, for absurd exponents beyond 10^±10000, when the value is not worth computing).
 */
export function parseQuantity(input: unknown): Quantity | undefined {
  if (typeof input === 'string') return parseString(input);
  if (typeof input === 'bigint') return { num: input, den: 1n };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return undefined;
    if (Number.isSafeInteger(input)) return { num: BigInt(input), den: 1n };
    return parseString(String(input));
  }
  return undefined;
}

export function isZero(q: Quantity): boolean {
  return q.num === 0n;
}

export function sign(q: Quantity): -1 | 0 | 1 {
  return q.num === 0n ? 0 : q.num < 0n ? -1 : 1;
}

export function compare(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left === right ? 0 : left < right ? -1 : 1;
}

/**
 * `Quantity.Value()`: the integer value, rounded up when fractional (Go divides with truncation and
 * adds one when there is a remainder, so a negative fraction moves towards zero plus one).
 */
export function integerValue(q: Quantity): bigint {
  const truncated = q.num / q.den;
  return q.num % q.den === 0n ? truncated : truncated + 1n;
}

const BINARY_UNITS: readonly [string, bigint][] = [
  ['Ei', 1n << 60n],
  ['Pi', 1n << 50n],
  ['Ti', 1n << 40n],
  ['Gi', 1n << 30n],
  ['Mi', 1n << 20n],
  ['Ki', 1n << 10n],
];

/** A byte count for people: the largest binary unit that divides it exactly (3Gi, 1536Mi), else plain bytes. */
export function formatBytes(bytes: bigint): string {
  if (bytes === 0n) return '0';
  for (const [unit, size] of BINARY_UNITS) {
    if (bytes % size === 0n) return `${bytes / size}${unit}`;
  }
  return String(bytes);
}
