import type { AnnotationProperties } from '@actions/core';
import type { LintReport, Result, Severity } from '../core/types.js';
import { relativeToCwd, sortedFiles } from '../report/common.js';

/**
 * Which findings become annotations. GitHub shows at most 10 annotations of each type per step and
 * drops the rest, so errors come first, then warnings, then notices, at most 10 each, in file order;
 * the job summary lists every finding.
 */

export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  severity: Severity;
  message: string;
  properties: AnnotationProperties;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings beyond the per-type limit: in the summary only. */
  notAnnotated: number;
}

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function planAnnotations(report: LintReport, cwd: string): AnnotationPlan {
  const found = sortedFiles(report).flatMap((file) => {
    // Annotations are matched against paths relative to the repository root (the workspace).
    const path = relativeToCwd(file.file, cwd) ?? file.file;
    return file.results.map((result) => ({ path, result }));
  });
  const annotations = ORDER.flatMap((severity) =>
    found
      .filter(({ result }) => result.severity === severity)
      .slice(0, ANNOTATIONS_PER_TYPE)
      .map(({ path, result }) => toAnnotation(path, result)),
  );
  return { annotations, notAnnotated: found.length - annotations.length };
}

function toAnnotation(file: string, r: Result): Annotation {
  const properties: AnnotationProperties = { title: r.ruleId, file, startLine: r.line, startColumn: r.column };
  // GitHub reads an end only when it is not before the start.
  if (r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column)) {
    properties.endLine = r.endLine;
    properties.endColumn = r.endColumn;
  }
  return { severity: r.severity, message: r.message, properties };
}
