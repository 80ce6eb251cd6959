import type { Position, Result } from '../../core/types.js';

/**
 * Inline suppressions, ESLint's words in a YAML comment:
 *   # virtops-disable-next-line boot-order, device-names -- reason
 *   some: value  # virtops-disable-line boot-order
 *   # virtops-disable masquerade-pod-network   …   # virtops-enable masquerade-pod-network
 *   # virtops-disable-file            (all rules, or the listed ones, for the whole file)
 * No rule list means every rule. Directives that suppress nothing are reported.
 */

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
  reason?: string;
  line: number;
  position: Position;
  /** For disable-next-line / disable-line: the line it covers. For ranges: set by pairing with enable. */
  target: { from: number; to: number };
  used: Set<string>;
}

const DIRECTIVE = /#\s*virtops-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\n]*)$/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('virtops-')) return [];
  const lines = text.split('\n');
  const directives: Directive[] = [];
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const match = DIRECTIVE.exec(line);
    if (!match || !isComment(line, match.index)) return;
    const [body, reason] = splitReason(match[2] ?? '');
    const rules = body.split(/[\s,]+/).filter(Boolean);
    const lineNo = i + 1;
    const kind = match[1] as DirectiveKind;
    const position = { line: lineNo, column: match.index + 1, endLine: lineNo, endColumn: line.length + 1 };
    const target = kind === 'disable-line' ? { from: lineNo, to: lineNo }
      : kind === 'disable-next-line' ? nextContentLine(lines, i)
      : kind === 'disable-file' ? { from: 1, to: Number.MAX_SAFE_INTEGER }
      : { from: lineNo, to: Number.MAX_SAFE_INTEGER };
    directives.push({ kind, rules, ...(reason ? { reason } : {}), line: lineNo, position, target, used: new Set() });
  });
  closeRanges(directives);
  return directives.filter((d) => d.kind !== 'enable');
}

/** `disable` runs until an `enable` naming the same rules (or all), else to the end of the file. */
function closeRanges(directives: Directive[]): void {
  for (const enable of directives.filter((d) => d.kind === 'enable')) {
    for (const open of directives) {
      if (open.kind !== 'disable' || open.line > enable.line || open.target.to !== Number.MAX_SAFE_INTEGER) continue;
      if (enable.rules.length === 0 || open.rules.every((r) => enable.rules.includes(r))) open.target = { from: open.line, to: enable.line };
    }
  }
}

export interface DirectiveOutcome {
  kept: Result[];
  suppressed: number;
}

/** Drops results covered by a directive; records which directive/rule pairs were used. Parse errors are never suppressed. */
export function applyDirectives(results: readonly Result[], directives: readonly Directive[], unsuppressible: ReadonlySet<string>): DirectiveOutcome {
  const kept: Result[] = [];
  let suppressed = 0;
  for (const result of results) {
    const directive = unsuppressible.has(result.ruleId) ? undefined : directives.find((d) => covers(d, result));
    if (directive) {
      directive.used.add(directive.rules.length === 0 ? '*' : result.ruleId);
      suppressed++;
    } else {
      kept.push(result);
    }
  }
  return { kept, suppressed };
}

function covers(directive: Directive, result: Result): boolean {
  return result.line >= directive.target.from && result.line <= directive.target.to && (directive.rules.length === 0 || directive.rules.includes(result.ruleId));
}

/** Directive rule names that suppressed nothing (or '*' for a rule-less directive that did nothing). */
export function unusedRules(directive: Directive): string[] {
  if (directive.rules.length === 0) return directive.used.size === 0 ? ['*'] : [];
  return directive.rules.filter((r) => !directive.used.has(r));
}

function splitReason(text: string): [string, string | undefined] {
  const at = text.indexOf(' -- ');
  if (at < 0) return [text.trim(), undefined];
  const reason = text.slice(at + 4).trim();
  return [text.slice(0, at).trim(), reason === '' ? undefined : reason];
}

/** The `#` must start a comment: at the line start or after whitespace, and not inside a quoted string. */
function isComment(line: string, hashAt: number): boolean {
  if (hashAt > 0 && !/\s/.test(line[hashAt - 1] ?? '')) return false;
  let single = false;
  let double = false;
  for (let i = 0; i < hashAt; i++) {
    const c = line[i];
    if (c === "'" && !double) single = !single;
    else if (c === '"' && !single && line[i - 1] !== '\\') double = !double;
  }
  return !single && !double;
}

/** The line a disable-next-line covers: the next one that is not blank, not a comment and not `---`. */
function nextContentLine(lines: readonly string[], index: number): { from: number; to: number } {
  for (let j = index + 1; j < lines.length; j++) {
    const trimmed = (lines[j] ?? '').trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) return { from: j + 1, to: j + 1 };
  }
  return { from: index + 2, to: index + 2 };
}
