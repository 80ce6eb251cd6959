import { parseAllDocuments, type Document } from 'yaml';
import type { FixOperation } from '../core/types.js';
import { describeSource, editFor, type Splice } from './edit.js';

/**
 * Fixes → new file text. Each fix is applied whole or not at all; a fix whose edits touch text another
 * fix already edits waits for the next pass (ESLint's rule), as does one that cannot be applied safely.
 */

export interface FixRequest {
  /** 0-based index of the YAML document in the file. */
  document: number;
  operations: readonly FixOperation[];
}

export interface ApplyOutcome {
  output: string;
  applied: number;
  /** Fixes left out: conflicting with an earlier one, or not applicable to this text. */
  skipped: number;
}

export function applyFixes(text: string, fixes: readonly FixRequest[]): ApplyOutcome {
  const unchanged: ApplyOutcome = { output: text, applied: 0, skipped: fixes.length };
  if (fixes.length === 0) return unchanged;
  const documents = parseDocuments(text);
  if (documents === undefined) return unchanged;
  const candidates = splicesOf(text, documents, fixes).filter((splices): splices is Splice[] => splices !== undefined);
  const together: Splice[][] = [];
  for (const splices of candidates) if (!overlapping(splices, together.flat())) together.push(splices);
  const output = applySplices(text, together.flat());
  if (parseDocuments(output)?.length === documents.length) return { output, applied: together.length, skipped: fixes.length - together.length };
  // A safety net, not the normal path: keep only the fixes after which the file still parses as before.
  const accepted: Splice[][] = [];
  for (const splices of together) {
    const taken = accepted.flat();
    if (parseDocuments(applySplices(text, [...taken, ...splices]))?.length === documents.length) accepted.push(splices);
  }
  return { output: applySplices(text, accepted.flat()), applied: accepted.length, skipped: fixes.length - accepted.length };
}

/**
 * Each fix alone as the splices it makes in `text`, or undefined where it cannot be applied, or where
 * the text would no longer parse as the same documents after it (for reports that show fixes as edits).
 */
export function fixSplices(text: string, fixes: readonly FixRequest[]): (Splice[] | undefined)[] {
  const documents = parseDocuments(text);
  if (documents === undefined) return fixes.map(() => undefined);
  return splicesOf(text, documents, fixes).map((splices) => (splices && parseDocuments(applySplices(text, splices))?.length === documents.length ? splices : undefined));
}

/** The splices of each fix, undefined for a fix that cannot be applied whole or whose own edits overlap. */
function splicesOf(text: string, documents: readonly Document.Parsed[], fixes: readonly FixRequest[]): (Splice[] | undefined)[] {
  const source = describeSource(text);
  return fixes.map((fix) => {
    const doc = documents[fix.document];
    if (doc === undefined) return undefined;
    const splices: Splice[] = [];
    for (const op of fix.operations) {
      const outcome = editFor(source, doc, op);
      if (!outcome.ok) return undefined;
      splices.push(...outcome.splices);
    }
    return overlapping(splices, []) ? undefined : splices;
  });
}

function parseDocuments(text: string): Document.Parsed[] | undefined {
  const documents = parseAllDocuments(text, { version: '1.1', uniqueKeys: true });
  if (!Array.isArray(documents) || documents.some((doc) => doc.errors.length > 0)) return undefined;
  return documents;
}

/** Touching counts as overlapping: two insertions at one place have no safe order. */
function overlapping(splices: readonly Splice[], others: readonly Splice[]): boolean {
  const all = [...others];
  for (const splice of splices) {
    if (all.some((other) => splice.start <= other.end && other.start <= splice.end)) return true;
    all.push(splice);
  }
  return false;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let output = text;
  for (const splice of [...splices].sort((a, b) => b.start - a.start)) {
    output = output.slice(0, splice.start) + splice.text + output.slice(splice.end);
  }
  return output;
}
