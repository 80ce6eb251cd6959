import type { FixOperation } from '../core/types.js';
import { applyFixes } from '../fix/apply.js';

/**
 * A virtops fix (edits on field paths) as ESLint wants it: one text replacement. The fix is applied
 * the way `virtops lint --fix` applies it; the replacement is the part of the text that changed.
 */

export interface TextReplacement {
  range: [number, number];
  text: string;
}

export function textReplacement(text: string, document: number, operations: readonly FixOperation[]): TextReplacement | undefined {
  const { output, applied } = applyFixes(text, [{ document, operations }]);
  if (applied === 0 || output === text) return undefined;
  let start = 0;
  while (start < text.length && start < output.length && text[start] === output[start]) start++;
  let end = 0;
  while (end < text.length - start && end < output.length - start && text[text.length - 1 - end] === output[output.length - 1 - end]) end++;
  return { range: [start, text.length - end], text: output.slice(start, output.length - end) };
}
