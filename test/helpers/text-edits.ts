import type { TextEdit } from '../../src/core/types.js';

/** Applies edits (1-based line:column ranges, end exclusive, as findings and SARIF count them) the way an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  let out = text;
  for (const edit of [...edits].sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column))) {
    out = out.slice(0, offset(edit.line, edit.column)) + edit.text + out.slice(offset(edit.endLine, edit.endColumn));
  }
  return out;
}
