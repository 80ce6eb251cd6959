import type { Severity } from '../core/types.js';
import { relativeToCwd, sortedFiles, type Formatter } from './common.js';

/** GitHub Actions workflow commands: each result becomes an annotation on the pull request's diff. */

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of a command's message, as in @actions/core's escapeData. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property values, as in @actions/core's escapeProperty. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (report, ctx) => {
  const lines: string[] = [];
  for (const file of sortedFiles(report)) {
    // Annotations are matched against paths relative to the workspace (the repository root).
    const path = relativeToCwd(file.file, ctx.cwd) ?? file.file;
    for (const r of file.results) {
      const properties = [
        `file=${escapeProperty(path)}`,
        `line=${r.line}`,
        `col=${r.column}`,
        `endLine=${r.endLine}`,
        `endColumn=${r.endColumn}`,
        `title=${escapeProperty(r.ruleId)}`,
      ];
      lines.push(`::${COMMAND[r.severity]} ${properties.join(',')}::${escapeData(r.message)}`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
