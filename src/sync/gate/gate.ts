import type { Result } from '../../core/types.js';
import type { Rendered } from '../render/render.js';

/**
 * The lint gate: a revision with lint errors is not applied (the last good one stays), and two
 * objects claiming the same identity are an error too, whatever the linter says.
 */
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
  all.push(...duplicates(rendered));
  const errors = all.filter((f) => f.result.severity === 'error').length;
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
  return result.severity === 'error' ? 0 : result.severity === 'warning' ? 1 : 2;
}

function duplicates(rendered: Rendered): { file: string; result: Result }[] {
  const seen = new Map<string, string>();
  const out: { file: string; result: Result }[] = [];
  for (const { file, object } of rendered.objects) {
    const metadata = (object['metadata'] ?? {}) as { namespace?: string; name?: string };
    const key = `${String(object['apiVersion']).split('/')[0]}/${String(object['kind'])}/${metadata.namespace ?? ''}/${metadata.name ?? ''}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, file);
      continue;
    }
    out.push({
      file,
      result: { ruleId: 'duplicate-object', severity: 'error', message: `${String(object['kind'])} ${metadata.namespace ? `${metadata.namespace}/` : ''}${metadata.name} is also defined in ${first}; each object must be defined once`, document: 0, object: {}, path: '', line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
  }
  return out;
}
