import { readFileSync } from 'node:fs';
import { LineIndex } from '../core/line-index.js';
import type { Result, TextEdit } from '../core/types.js';
import type { LintRunOutcome } from '../engine/lint-run.js';
import type { LintSourceResult } from '../engine/lint-source.js';
import { fixSplices } from './apply.js';
import type { Splice } from './edit.js';
import { decodeUtf8 } from './fix-source.js';

/**
 * Fixable findings with their fixes as replacements of the file's text (Result.edits), for reports that
 * carry fixes (SARIF): each fix alone, as `virtops --fix` would make it on the text as it is now.
 */

/** The run's reports, their fixable findings with edits; files are read again (standard input comes from `readStdin`). */
export async function withTextEdits(run: Pick<LintRunOutcome, 'reports' | 'sources'>, readStdin?: () => Promise<Uint8Array>): Promise<LintSourceResult[]> {
  return Promise.all(
    run.reports.map(async (report, i) => {
      if (!report.results.some((result) => result.fix)) return report;
      const task = run.sources[i];
      let bytes: Uint8Array | undefined;
      try {
        bytes = task ? readFileSync(task.absolute) : await readStdin?.();
      } catch {
        return report; // gone since the lint: the findings stay, without edits
      }
      const text = bytes && decodeUtf8(bytes);
      return text === undefined ? report : { ...report, results: resultsWithEdits(text, report.results) };
    }),
  );
}

/** `results`, those with a fix that applies to `text` carrying it as edits. */
export function resultsWithEdits(text: string, results: readonly Result[]): Result[] {
  const fixable = results.filter((result) => result.fix);
  const splices = fixSplices(text, fixable.map((result) => ({ document: result.document, operations: result.fix! })));
  const bySplices = new Map(fixable.map((result, i) => [result, splices[i]]));
  const lines = new LineIndex(text);
  return results.map((result) => {
    const found = bySplices.get(result);
    return found ? { ...result, edits: found.map((splice) => textEdit(splice, lines)) } : result;
  });
}

function textEdit(splice: Splice, lines: LineIndex): TextEdit {
  const from = lines.lineColumn(splice.start);
  const to = lines.lineColumn(splice.end);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: splice.text };
}
