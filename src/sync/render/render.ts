import type { Result } from '../../core/types.js';
import type { ResolvedConfig } from '../../engine/config.js';
import { lintSource } from '../../engine/lint-source.js';
import { activeRules } from '../../engine/registry.js';
import type { KubeObject } from '../../load/objects.js';
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
  const active = activeRules(config);
  const out: Rendered = { objects: [], findings: [], documents: 0 };
  for (const file of files) {
    const report = lintSource({ file: file.path, bytes: file.bytes, discovered: true }, config, active, { keepObjects: true });
    out.documents += report.documents;
    if (report.results.length > 0) out.findings.push({ file: file.path, results: report.results });
    for (const object of report.objects ?? []) {
      if (isApplied(object)) out.objects.push({ file: file.path, document: object.document, object: object.value });
    }
  }
  return out;
}

function isApplied(object: KubeObject): boolean {
  if (object.prefix.length === 0) return object.kind !== 'List' && !(object.kind.endsWith('List') && Array.isArray(object.value['items']));
  return object.prefix.length === 2 && object.prefix[0] === 'items';
}
