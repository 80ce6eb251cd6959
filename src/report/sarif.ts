import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Result, Severity, TextEdit } from '../core/types.js';
import { objectLabel, relativeToCwd, sortedFiles, type Formatter } from './common.js';
import type { RuleDescriptor } from './rule-meta.js';

/** SARIF 2.1.0 (OASIS), as read by GitHub code scanning, VS Code's SARIF viewer and other tools. */

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_INFORMATION_URI = 'https://github.com/virtops/virtops';
const SRCROOT = '%SRCROOT%';
/** Key of our fingerprint in `partialFingerprints`; bump the version whenever its recipe changes. */
const FINGERPRINT_KEY = 'virtops/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A reportingDescriptor; a rule the registry does not describe (e.g. a parse error) gets only its id. */
function ruleJson(rule: RuleDescriptor | string) {
  if (typeof rule === 'string') return { id: rule, shortDescription: { text: rule } };
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    ...(rule.url === '' ? {} : { helpUri: rule.url }),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

/** All known rules (so that indexes do not depend on what was found), then any unknown rule id a result uses. */
function driverRules(known: readonly RuleDescriptor[], results: readonly Result[]): (RuleDescriptor | string)[] {
  const ids = new Set(known.map((rule) => rule.id));
  const unknown = [...new Set(results.map((r) => r.ruleId).filter((id) => !ids.has(id)))].sort();
  return [...known, ...unknown];
}

/** An artifact location: relative to %SRCROOT% (the cwd) when inside it, else an absolute file: URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativeToCwd(file, cwd);
  if (rel === undefined) return { uri: pathToFileURL(resolve(cwd, file)).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * Identifies a result across runs without its line: the rule, the file, the object (by kind, namespace
 * and name; by document index only when it has no name) and the field path. Editing above the object, or
 * moving it within the file, keeps the fingerprint. Callers number otherwise identical results (":1", ":2").
 */
function fingerprint(r: Result, uri: string): string {
  const { kind, namespace, name } = r.object;
  const identity = name === undefined ? { document: r.document } : { kind, namespace, name };
  return createHash('sha256').update(JSON.stringify([r.ruleId, uri, identity, r.path])).digest('hex').slice(0, 32);
}

function logicalLocations(r: Result) {
  const label = objectLabel(r.object);
  if (label === undefined) return {};
  const { kind, namespace, name } = r.object;
  const fullyQualifiedName = [kind, namespace, name].filter((part) => part !== undefined && part !== '').join('/');
  return { logicalLocations: [{ name: name ?? label, fullyQualifiedName, kind: 'resource' }] };
}

/** SARIF regions need positive numbers; leave out an end that the position does not really have. */
function region(r: Result) {
  const start = { startLine: Math.max(1, r.line), startColumn: Math.max(1, r.column) };
  if (r.endLine < start.startLine || r.endColumn < 1) return start;
  if (r.endLine === start.startLine && r.endColumn < start.startColumn) return start;
  return { ...start, endLine: r.endLine, endColumn: r.endColumn };
}

/** A fix: what `virtops lint --fix` changes for this result alone, as replacements in its file. */
function fix(edits: readonly TextEdit[], artifactLocation: { uri: string; uriBaseId?: string }) {
  return {
    description: { text: 'Apply the fix of virtops lint --fix' },
    artifactChanges: [
      {
        artifactLocation,
        replacements: edits.map((edit) => ({
          deletedRegion: { startLine: edit.line, startColumn: edit.column, endLine: edit.endLine, endColumn: edit.endColumn },
          insertedContent: { text: edit.text },
        })),
      },
    ],
  };
}

export const sarif: Formatter = (report, ctx) => {
  const files = sortedFiles(report);
  const rules = driverRules(ctx.rules, files.flatMap((file) => file.results));
  const ruleIndex = new Map(rules.map((rule, index) => [typeof rule === 'string' ? rule : rule.id, index]));
  const seen = new Map<string, number>();

  const results = files.flatMap((file) => {
    const artifact = artifactLocation(file.file, ctx.cwd);
    return file.results.map((r) => {
      const base = fingerprint(r, artifact.uri);
      const occurrence = (seen.get(base) ?? 0) + 1;
      seen.set(base, occurrence);
      return {
        ruleId: r.ruleId,
        ruleIndex: ruleIndex.get(r.ruleId) ?? -1,
        level: LEVEL[r.severity],
        message: { text: r.message },
        locations: [{ physicalLocation: { artifactLocation: artifact, region: region(r) }, ...logicalLocations(r) }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${base}:${occurrence}` },
        ...(r.edits && r.edits.length > 0 ? { fixes: [fix(r.edits, artifact)] } : {}),
        properties: { path: r.path, document: r.document },
      };
    });
  });

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'virtops',
            version: ctx.toolVersion,
            informationUri: TOOL_INFORMATION_URI,
            rules: rules.map(ruleJson),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(ctx.cwd.endsWith(sep) ? ctx.cwd : ctx.cwd + sep).href } },
        // Columns count UTF-16 code units, as JavaScript strings (and the YAML parser's offsets) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
