import { globMatch, pathGlobMatch } from '../../core/glob.js';
import type { Finding } from '../../core/types.js';
import type { IgnoreEntry, ObjectSelector } from '../config.js';

/** Config-file ignores: by file glob and/or object selector (globs on kind, namespace, name), for listed rules or all. */
export function matchingIgnore(finding: Finding, relativeFile: string, ignores: readonly IgnoreEntry[]): number {
  return ignores.findIndex((entry) => {
    if (!entry.rules.includes('*') && !entry.rules.includes(finding.ruleId)) return false;
    if (entry.files && !entry.files.some((glob) => pathGlobMatch(relativeFile, glob))) return false;
    if (entry.objects && !entry.objects.some((selector) => selects(selector, finding))) return false;
    return true;
  });
}

function selects(selector: ObjectSelector, finding: Finding): boolean {
  const object = finding.object ?? {};
  return (['kind', 'namespace', 'name'] as const).every((key) => {
    const pattern = selector[key];
    return pattern === undefined || globMatch(object[key] ?? '', pattern, { dot: true });
  });
}
