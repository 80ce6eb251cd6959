import { isRecord } from './values.js';

/**
 * A NetworkAttachmentDefinition's `spec.config`: a CNI network configuration (or configuration list)
 * as a JSON string. Parsed once here for the rules that read it.
 */
export type CniConfig =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'absent' }
  | { ok: false; reason: 'syntax'; message: string; line?: number; column?: number }
  | { ok: false; reason: 'not-object' };

export function parseCniConfig(config: unknown): CniConfig {
  if (typeof config !== 'string' || config.trim() === '') return { ok: false, reason: 'absent' };
  let value: unknown;
  try {
    value = JSON.parse(config);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (!at) return { ok: false, reason: 'syntax', message };
    const offset = Number(at[1]);
    const before = config.slice(0, offset).split('\n');
    return { ok: false, reason: 'syntax', message: message.replace(/ in JSON at position \d+.*$/s, ''), line: before.length, column: before[before.length - 1]!.length + 1 };
  }
  return isRecord(value) ? { ok: true, value } : { ok: false, reason: 'not-object' };
}
