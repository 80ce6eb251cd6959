import type { FixValue } from '../core/types.js';
import { isRecord } from '../normalize/values.js';

/**
 * Fix values → YAML text that reads back as the same value under YAML 1.1 (what Kubernetes parses) and
 * 1.2, in block style for block mappings and flow style inside flow collections. `json` writes JSON
 * syntax (quoted keys), for flow collections that are written that way.
 */

/** Starts with a letter, _ or /, then only characters that are plain in every context (no `: `, `,`, brackets, `#`). */
const PLAIN = /^[A-Za-z_/][\w./-]*$/;
/** Plain words YAML 1.1 reads as booleans or null (Kubernetes' parser is YAML 1.1). */
const SPECIAL_WORDS = new Set(['y', 'n', 'yes', 'no', 'true', 'false', 'on', 'off', 'null']);

export type Quote = 'plain' | 'single' | 'double';

export function renderString(value: string, quote: Quote = 'plain'): string {
  if (quote === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (quote === 'plain' && PLAIN.test(value) && !SPECIAL_WORDS.has(value.toLowerCase())) return value;
  return JSON.stringify(value);
}

export function renderKey(key: string, json = false): string {
  return json ? JSON.stringify(key) : renderString(key);
}

/** A value on one line: scalars as such, collections in flow style. */
export function renderFlow(value: FixValue, json = false): string {
  if (typeof value === 'string') return json ? JSON.stringify(value) : renderString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `[${(value as readonly FixValue[]).map((item) => renderFlow(item, json)).join(', ')}]`;
  const entries = Object.entries(value as Record<string, FixValue>);
  return `{${entries.map(([key, item]) => `${renderKey(key, json)}: ${renderFlow(item, json)}`).join(', ')}}`;
}

/** `key: value` as block mapping lines at `indent` (nested mappings one `unit` deeper), without line ends. */
export function renderBlockEntry(key: string, value: FixValue, indent: string, unit: string): string[] {
  if (isRecord(value) && Object.keys(value).length > 0) {
    return [`${indent}${renderKey(key)}:`, ...renderBlockMapping(value as Record<string, FixValue>, indent + unit, unit)];
  }
  return [`${indent}${renderKey(key)}: ${renderFlow(value)}`];
}

export function renderBlockMapping(value: Readonly<Record<string, FixValue>>, indent: string, unit: string): string[] {
  return Object.entries(value).flatMap(([key, item]) => renderBlockEntry(key, item, indent, unit));
}

/** `{a: {b: value}}` for path ['a', 'b']: what to write when the path's parents do not exist yet. */
export function nest(path: readonly string[], value: FixValue): FixValue {
  return path.reduceRight<FixValue>((inner, key) => ({ [key]: inner }), value);
}
