import type { LintReport, Result } from '../core/types.js';
import { objectLabel, plural, relativeToCwd, sortedFiles } from '../report/common.js';
import type { RuleDescriptor } from '../report/rule-meta.js';

/**
 * The job summary ($GITHUB_STEP_SUMMARY): every finding in a Markdown table per file, under
 * GitHub's limit of 1 MiB per step; rows that do not fit are counted in a closing note.
 */

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the closing note. */
const NOTE_RESERVE = 1024;

export interface SummaryFacts {
  /** The findings to list (already limited to changed files when that applies). */
  report: LintReport;
  cwd: string;
  rules: readonly RuleDescriptor[];
  /** Files linted in all (the scope may list fewer). */
  filesLinted: number;
  /** Only changed files are reported, or why everything is. */
  scope: { changedOnly: true; changedFiles: number } | { changedOnly: false; reason?: string };
  configFile?: string;
  arch: string;
  kubevirtVersion?: string;
  notAnnotated: number;
  sarifFile?: string;
}

const TABLE_HEAD = '| Line | Severity | Rule | Message | Object |\n| ---: | --- | --- | --- | --- |\n';
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟡 warning', info: '🔵 info' } as const;

export function summaryMarkdown(facts: SummaryFacts, limit = SUMMARY_LIMIT_BYTES): string {
  const { summary } = facts.report;
  const parts: string[] = ['## virtops\n\n'];
  const total = summary.errors + summary.warnings + summary.infos;
  const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), ...(summary.infos > 0 ? [plural(summary.infos, 'note')] : [])];
  parts.push(total === 0 ? `**No problems found** (${plural(facts.filesLinted, 'file')} linted).\n\n` : `**${counts.join(', ')}** (${plural(facts.filesLinted, 'file')} linted).\n\n`);
  parts.push(aboutTheRun(facts));

  let used = bytes(parts.join(''));
  let left = total;
  const urls = new Map(facts.rules.map((rule) => [rule.id, rule.url]));
  files: for (const file of sortedFiles(facts.report)) {
    if (file.results.length === 0) continue;
    const heading = `### \`${inlineCode(relativeToCwd(file.file, facts.cwd) ?? file.file)}\`\n\n${TABLE_HEAD}`;
    const rows = file.results.map((r) => row(r, urls.get(r.ruleId)));
    // A heading's size counts with its first row and the blank line that closes its table.
    if (used + bytes(heading) + bytes(rows[0]!) + 1 > limit - NOTE_RESERVE) break;
    parts.push(heading);
    used += bytes(heading) + 1;
    for (const text of rows) {
      if (used + bytes(text) > limit - NOTE_RESERVE) {
        parts.push('\n');
        break files;
      }
      parts.push(text);
      used += bytes(text);
      left--;
    }
    parts.push('\n');
  }
  if (left > 0) {
    parts.push(`> [!NOTE]\n> ${plural(left, 'more finding')} did not fit: a job summary is limited to 1 MiB.` + `${facts.sarifFile ? ` The SARIF file \`${inlineCode(facts.sarifFile)}\` has them all.` : ' Run virtops locally, or set `sarif-file`, to see them all.'}\n`);
  }
  return parts.join('');
}

function aboutTheRun(facts: SummaryFacts): string {
  const lines: string[] = [];
  if (facts.scope.changedOnly) {
    lines.push(`Scope: findings in the ${plural(facts.scope.changedFiles, 'file')} this change touches; all files were linted, for cross-file rules.`);
  } else {
    lines.push(`Scope: all linted files${facts.scope.reason ? ` (${escapeCell(facts.scope.reason)})` : ''}.`);
  }
  lines.push(`Configuration: ${facts.configFile ? `\`${inlineCode(relativeToCwd(facts.configFile, facts.cwd) ?? facts.configFile)}\`` : 'the recommended preset (no config file found)'}; architecture ${facts.arch}.`);
  if (facts.kubevirtVersion !== undefined) {
    lines.push(`KubeVirt version: ${escapeCell(facts.kubevirtVersion)} (recorded only: virtops does not yet select rules or schemas by KubeVirt version).`);
  }
  if (facts.notAnnotated > 0) {
    lines.push(`${plural(facts.notAnnotated, 'finding')} not annotated on the diff (GitHub shows at most 10 annotations of each type per step); all are listed below.`);
  }
  return `${lines.map((line) => `- ${line}`).join('\n')}\n\n`;
}

function row(r: Result, url: string | undefined): string {
  const rule = url ? `[${r.ruleId}](${url})` : r.ruleId;
  const object = objectLabel(r.object) ?? `document ${r.document + 1}`;
  return `| ${r.line}:${r.column} | ${SEVERITY_LABEL[r.severity]} | ${rule} | ${escapeCell(r.message)} | ${escapeCell(object)} |\n`;
}

/** Text in a table cell: no HTML, no column breaks, no line breaks. */
function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A backtick cannot be escaped inside a code span; a file name with one is shown with a lookalike. */
function inlineCode(text: string): string {
  return text.replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
}

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
