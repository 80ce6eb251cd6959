import type { FixOperation, Result } from '../core/types.js';
import type { ResolvedConfig } from '../engine/config.js';
import { lintSource, type LintSourceResult, type SourceInput } from '../engine/lint-source.js';
import type { ActiveRule } from '../engine/run-rules.js';
import { applyFixes } from './apply.js';

/**
 * One file: lint → apply the fixes of the findings that remain after suppression → lint again, until
 * nothing changes (at most MAX_PASSES, as ESLint does: a fix may reveal or enable another).
 */

export const MAX_PASSES = 10;

export interface FixSourceOutcome {
  /** The text before and after fixing (without a byte-order mark). */
  before: string;
  after: string;
  /** The fixed file as bytes, with the byte-order mark the file had. */
  bytes: Uint8Array;
  /** Findings fixed over all passes. */
  fixed: number;
  /** The lint of the fixed text. */
  report: LintSourceResult;
}

/** A finding to fix: it has a fix, and with `errorsOnly` (--quiet, as in ESLint) it is an error. */
export function wantsFix(result: Result, errorsOnly: boolean): result is Result & { fix: readonly FixOperation[] } {
  return result.fix !== undefined && (!errorsOnly || result.severity === 'error');
}

/** `first` is the lint of `input` already done by the caller (saves the first pass). */
export function fixSource(input: SourceInput, config: ResolvedConfig, active: readonly ActiveRule[], first?: LintSourceResult, errorsOnly = false): FixSourceOutcome | undefined {
  const before = decodeUtf8(input.bytes);
  if (before === undefined) return undefined;
  let report = first ?? lintSource(input, config, active);
  let text = before;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = report.results.flatMap((result) => (wantsFix(result, errorsOnly) ? [{ document: result.document, operations: result.fix }] : []));
    if (fixes.length === 0) break;
    const outcome = applyFixes(text, fixes);
    if (outcome.output === text) break;
    text = outcome.output;
    fixed += outcome.applied;
    report = lintSource({ ...input, bytes: new TextEncoder().encode(text) }, config, active);
  }
  const bom = input.bytes[0] === 0xef && input.bytes[1] === 0xbb && input.bytes[2] === 0xbf ? '\ufeff' : '';
  return { before, after: text, bytes: new TextEncoder().encode(bom + text), fixed, report };
}

/** Fixes are written back as UTF-8: files in other encodings (UTF-16) are left alone. Without the byte-order mark. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
