import type { Finding, Result } from '../../core/types.js';
import type { ResolvedConfig } from '../../engine/config.js';
import { lintSource } from '../../engine/lint-source.js';
import { applySetStage } from '../../engine/lint-set.js';
import { isApplied } from '../../engine/set-facts.js';
import { activeRules } from '../../engine/registry.js';
import { withSourcesIndex } from '../../instancetype/prescan.js';
import type { SourceFile } from '../source/read-files.js';

/**
 * The render stage: files of a revision → the objects to apply, read with the linter's own loader and
 * linted in the same pass (the gate decides on the findings). A `List` contributes its items; an
 * OpenShift Template is applied as the Template it is (its objects are for `oc process`).
 */

export interface RenderedObject {
  file: string;
  document: number;
  object: Record<string, unknown>;
}

export interface Rendered {
  objects: RenderedObject[];
  /** Lint findings, per file (files without findings omitted). */
  findings: { file: string; results: Result[] }[];
  documents: number;
}

export function render(files: readonly SourceFile[], config: ResolvedConfig): Rendered {
  config = withSourcesIndex(config, files.map((f) => ({ file: f.path, bytes: f.bytes }))); // instancetypes/preferences of the revision
  const active = activeRules(config);
  const out: Rendered = { objects: [], findings: [], documents: 0 };
  const lint = (file: SourceFile, extraFindings?: readonly Finding[]) =>
    lintSource({ file: file.path, bytes: file.bytes, discovered: true }, config, active, { keepObjects: true, ...(extraFindings ? { extraFindings } : {}) });
  const reports = applySetStage(files.map((file) => lint(file)), config, (index, extraFindings) => lint(files[index]!, extraFindings), active);
  reports.forEach((report, index) => {
    const file = files[index]!;
    out.documents += report.documents;
    if (report.results.length > 0) out.findings.push({ file: file.path, results: report.results });
    for (const object of report.objects ?? []) {
      if (isApplied(object)) out.objects.push({ file: file.path, document: object.document, object: object.value });
    }
  });
  return out;
}
