import type { Severity } from '../core/types.js';
import { countSeverities, plural, sortedFiles, type Formatter } from './common.js';

/** ESLint's "stylish" look, except that every result line starts with a clickable file:line:column. */

type Style = 'red' | 'yellow' | 'cyan' | 'green' | 'dim' | 'bold' | 'underline';
const SGR: Record<Style, [open: number, close: number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

function painter(color: boolean) {
  return (text: string, ...styles: Style[]): string =>
    color ? styles.reduce((out, style) => `\u001b[${SGR[style][0]}m${out}\u001b[${SGR[style][1]}m`, text) : text;
}

/**
 * One line, and nothing the terminal would act on: line breaks and tabs become spaces,
 * other control characters (ESC, C1 controls) are shown as \u escapes.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Columns a string takes in a terminal: wide (CJK, emoji) code points count 2, combining marks 0. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x300 && cp <= 0x36f) || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export const stylish: Formatter = (report, ctx) => {
  const paint = painter(ctx.color);
  const files = sortedFiles(report).filter((file) => file.results.length > 0);
  const blocks: string[] = [];

  for (const file of files) {
    const rows = file.results.map((r) => ({
      location: `${oneLine(file.file)}:${r.line}:${r.column}`,
      severity: r.severity,
      message: oneLine(r.message),
      ruleId: oneLine(r.ruleId),
    }));
    const widths = {
      location: Math.max(...rows.map((row) => displayWidth(row.location))),
      severity: Math.max(...rows.map((row) => row.severity.length)),
      message: Math.max(...rows.map((row) => displayWidth(row.message))),
    };
    const lines = rows.map((row) =>
      [
        `  ${paint(pad(row.location, widths.location), 'dim')}`,
        paint(pad(row.severity, widths.severity), SEVERITY_STYLE[row.severity]),
        pad(row.message, widths.message),
        paint(row.ruleId, 'dim'),
      ].join('  '),
    );
    blocks.push([paint(oneLine(file.file), 'underline'), ...lines].join('\n'));
  }

  const counts = countSeverities(files.flatMap((file) => file.results));
  const total = counts.errors + counts.warnings + counts.infos;
  if (total === 0) return `${paint('✔ no problems', 'green', 'bold')}\n`;

  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'));
  const mark = counts.errors + counts.warnings > 0 ? '✖' : 'ℹ';
  const style: Style = counts.errors > 0 ? 'red' : counts.warnings > 0 ? 'yellow' : 'cyan';
  const summary = paint(`${mark} ${plural(total, 'problem')} (${parts.join(', ')})`, style, 'bold');
  // ESLint's hint: say when --fix would help.
  const fixable = files.reduce((n, file) => n + file.results.filter((r) => r.fix).length, 0);
  const hint = fixable > 0 ? `\n${paint(`  ${plural(fixable, 'problem')} fixable with --fix (see them with --fix-dry-run)`, style, 'bold')}` : '';
  return `${blocks.join('\n\n')}\n\n${summary}${hint}\n`;
};
