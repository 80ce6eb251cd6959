import type { Result } from '../../core/types.js';
import type { Rendered } from '../render/render.js';

/**
 * The lint gate: a revision with lint errors is not applied (the last good one stays). Two objects
 * claiming the same identity (the `duplicate-object` set rule) block it too, at any severity: the linter
 * only warns, because `kubectl apply` accepts both and the last one wins, but the reconciler needs one
 * desired state per object.
 */
const BLOCKING_RULES: ReadonlySet<string> = new Set(['duplicate-object']);

export interface GateVerdict {
  passed: boolean;
  errors: number;
  warnings: number;
  /** The findings to show in status, errors first, bounded. */
  findings: { file: string; line: number; column: number; ruleId: string; severity: string; message: string }[];
}

const MAX_FINDINGS_IN_STATUS = 50;

export function gate(rendered: Rendered): GateVerdict {
  const all: { file: string; result: Result }[] = rendered.findings.flatMap((f) => f.results.map((result) => ({ file: f.file, result })));
  const errors = all.filter((f) => f.result.severity === 'error' || BLOCKING_RULES.has(f.result.ruleId)).length;
  const warnings = all.filter((f) => f.result.severity === 'warning').length;
  const ordered = [...all].sort((a, b) => rank(a.result) - rank(b.result) || a.file.localeCompare(b.file) || a.result.line - b.result.line);
  return {
    passed: errors === 0,
    errors,
    warnings,
    findings: ordered.slice(0, MAX_FINDINGS_IN_STATUS).map(({ file, result }) => ({ file, line: result.line, column: result.column, ruleId: result.ruleId, severity: result.severity, message: result.message })),
  };
}

function rank(result: Result): number {
  return result.severity === 'error' || BLOCKING_RULES.has(result.ruleId) ? 0 : result.severity === 'warning' ? 1 : 2;
}
