import type { ObjectRef, Result } from '../core/types.js';
import { sortedFiles, type Formatter } from './common.js';

/** A stable, versioned machine-readable report; other tools parse it, so its shape only changes with `version`. */

const OBJECT_KEYS = ['apiVersion', 'kind', 'namespace', 'name'] as const;

function objectJson(object: ObjectRef): ObjectRef {
  const out: ObjectRef = {};
  for (const key of OBJECT_KEYS) if (object[key] !== undefined) out[key] = object[key];
  return out;
}

function findingJson(r: Result) {
  return {
    ruleId: r.ruleId,
    severity: r.severity,
    message: r.message,
    document: r.document,
    object: objectJson(r.object),
    path: r.path,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    ...(r.fix ? { fixable: true } : {}),
  };
}

export const json: Formatter = (report) => {
  const { files, documents, errors, warnings } = report.summary;
  const out = {
    version: 1,
    files: sortedFiles(report)
      .filter((file) => file.results.length > 0)
      .map((file) => ({ file: file.file, findings: file.results.map(findingJson) })),
    summary: { files, documents, errors, warnings },
  };
  return `${JSON.stringify(out)}\n`;
};
