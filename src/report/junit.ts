import type { FileReport, Result } from '../core/types.js';
import { countSeverities, objectLabel, sortedFiles, type Formatter } from './common.js';

/**
 * JUnit XML for CI test-report views: one testsuite per file, one testcase per result (errors and
 * warnings fail it; an info passes and carries its text in system-out), and one passing testcase for
 * a file without findings. One failure per testcase, because most JUnit readers show only the first.
 */

/** Characters XML 1.0 cannot carry at all, not even as character references, are shown as \u escapes. */
function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function element(name: string, attributes: Record<string, string | number>, children?: string): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(String(value))}"`)
    .join('');
  return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}

function testcase(file: FileReport, r: Result): string {
  const subject = objectLabel(r.object) ?? `document ${r.document + 1}`;
  const location = `${file.file}:${r.line}:${r.column}`;
  const details = `${location}: ${r.severity}: ${r.message} (${r.ruleId})\nobject: ${subject}\npath: ${r.path === '' ? '(document)' : r.path}`;
  const attributes = { classname: `${file.file} ${subject}`, name: `${r.ruleId} ${r.path === '' ? '(document)' : r.path}`, file: file.file, line: r.line };
  const body =
    r.severity === 'info'
      ? element('system-out', {}, escapeText(details))
      : element('failure', { message: r.message, type: r.ruleId }, escapeText(details));
  return `    ${element('testcase', attributes, `\n      ${body}\n    `)}`;
}

function testsuite(file: FileReport): string {
  const cases =
    file.results.length === 0
      ? [`    ${element('testcase', { classname: file.file, name: file.file, file: file.file })}`]
      : file.results.map((r) => testcase(file, r));
  const counts = countSeverities(file.results);
  const failures = counts.errors + counts.warnings;
  const attributes = { name: file.file, tests: cases.length, failures, errors: 0, skipped: 0 };
  return `  ${element('testsuite', attributes, `\n${cases.join('\n')}\n  `)}`;
}

export const junit: Formatter = (report) => {
  const files = sortedFiles(report);
  const suites = files.map(testsuite);
  const tests = files.reduce((sum, file) => sum + Math.max(1, file.results.length), 0);
  const counts = countSeverities(files.flatMap((file) => file.results));
  const root = element('testsuites', { name: 'virtops', tests, failures: counts.errors + counts.warnings, errors: 0 }, suites.length === 0 ? '' : `\n${suites.join('\n')}\n`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
};
