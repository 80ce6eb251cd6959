import {
  Schema, loadAll, strTag, seqTag, mapTag, nullYaml11Tag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag, mergeTag,
} from 'js-yaml';
import { createRequire } from 'node:module';
import type { YAMLError } from 'yaml';
import type { Finding, Position } from '../core/types.js';
import { constructFast } from './construct.js';

/**
 * YAML text → plain values, one per document.
 *
 * Fast path: js-yaml, no positions (positions are resolved later, only for documents with findings).
 * Kubernetes reads manifests with a YAML 1.1 parser (sigs.k8s.io/yaml), so `yes`/`on` are booleans and
 * `0755` is octal here too; timestamps stay strings, as they do in the JSON the API server receives.
 * Slow path, only when the fast one fails: the `yaml` package, which reports every error with its
 * position and still yields the documents that are fine.
 */

export const MAX_DEPTH = 100;
const MAX_ALIASES = 100;
/** Upper bound on nodes after alias expansion: far above any real object (etcd caps objects at 1.5 MiB). */
const MAX_EXPANDED_NODES = 1_000_000;

export const KUBERNETES_YAML = new Schema([strTag, seqTag, mapTag, nullYaml11Tag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag, mergeTag]);

export interface ParsedDocument {
  index: number;
  value: unknown;
  /** The parse lane found that the value certainly matches the schema of its own apiVersion and kind (see preparse.ts). */
  schemaAccepted?: boolean;
}

export interface ParseOutcome {
  documents: ParsedDocument[];
  /** Where each document begins (by index), when the fast parser read the file: the Locator then parses only the documents it needs. */
  documentOffsets?: number[];
  /** Syntax problems, with positions; their documents are left out of `documents`. */
  problems: Finding[];
  /** Set when the fast parser read the text: whether the values survive a trip through JSON (see preparse.ts). */
  jsonSafe?: boolean;
}

export function parseYaml(text: string): ParseOutcome {
  const fast = constructFast(text, KUBERNETES_YAML, MAX_DEPTH, MAX_ALIASES);
  let values = fast?.documents;
  if (values === undefined) {
    try {
      values = loadAll(text, { schema: KUBERNETES_YAML, maxDepth: MAX_DEPTH, maxAliases: MAX_ALIASES });
    } catch (error) {
      return parseSlowly(text, error);
    }
  }
  const documents: ParsedDocument[] = [];
  const problems: Finding[] = [];
  const mayHaveAliases = text.includes('*');
  values.forEach((value, index) => {
    if (mayHaveAliases && expandedSize(value, new Map()) > MAX_EXPANDED_NODES) {
      problems.push(syntaxProblem(index, `YAML aliases in this document expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en')} nodes (an alias bomb); refusing to expand it`));
    } else {
      documents.push({ index, value });
    }
  });
  return fast?.offsets ? { documents, problems, documentOffsets: fast.offsets, jsonSafe: fast.jsonSafe } : { documents, problems };
}

/** The `yaml` package is needed only for files that fail to parse: load it then, not at start-up. */
let yamlPackage: typeof import('yaml') | undefined;
function yamlLib(): typeof import('yaml') {
  yamlPackage ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlPackage;
}

function parseSlowly(text: string, fastError: unknown): ParseOutcome {
  const reason = (fastError as { reason?: string } | undefined)?.reason ?? '';
  if (/maxDepth|alias/i.test(reason)) {
    // Resource limits: re-parsing with a recursive parser is exactly what must not happen.
    const position = fastErrorPosition(fastError);
    return { documents: [], problems: [{ ...syntaxProblem(documentAt(text, position), describeFastError(fastError) ?? reason), ...(position ? { position } : {}) }] };
  }
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const documents: ParsedDocument[] = [];
  const problems: Finding[] = [];
  let parsed;
  try {
    parsed = parseAllDocuments(text, { version: '1.1', uniqueKeys: true, lineCounter, prettyErrors: false, strict: true });
  } catch (error) {
    return { documents, problems: [syntaxProblem(0, describeFastError(fastError) ?? String(error))] };
  }
  const list = Array.isArray(parsed) ? parsed : [];
  list.forEach((doc, index) => {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) problems.push(fromYamlError(error, index, text, lineCounter));
      return;
    }
    try {
      documents.push({ index, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) });
    } catch (error) {
      problems.push(syntaxProblem(index, error instanceof RangeError ? `nesting is too deep to read (over ${MAX_DEPTH} levels)` : `cannot read this document: ${(error as Error).message}`));
    }
  });
  if (problems.length === 0) {
    // The two parsers disagree (rare): trust the one that reports a reason, at the place it names.
    const reason = describeFastError(fastError);
    if (reason !== undefined) {
      const position = fastErrorPosition(fastError);
      problems.push({ ...syntaxProblem(documentAt(text, position), reason), ...(position ? { position } : {}) });
      return { documents: [], problems };
    }
  }
  return { documents, problems };
}

function fromYamlError(error: YAMLError, document: number, text: string, lineCounter: InstanceType<typeof import('yaml').LineCounter>): Finding {
  const [start, end] = error.pos;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start + 1));
  const position: Position = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  return { ...syntaxProblem(document, explain(error, text, start)), position };
}

/** Rewrites the parser's wording into what a person should do. */
function explain(error: YAMLError, text: string, offset: number): string {
  const lineText = lineAt(text, offset);
  if (/^[ ]*\t/.test(lineText) || (error.code === 'TAB_AS_INDENT')) {
    return 'tab character used for indentation; YAML allows only spaces: replace the tab with spaces';
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(text.slice(offset).split('\n')[0] ?? '')?.[1];
    return `duplicate key${key ? ` "${key.replace(/^["']|["']$/g, '')}"` : ''} in the same mapping; kubectl rejects it: remove or rename one of them`;
  }
  if (error.code === 'ALIAS_PROPS' || /alias/i.test(error.message) && /count|exhaust/i.test(error.message)) {
    return `too many YAML alias expansions (limit ${MAX_ALIASES}); refusing to expand a possible alias bomb`;
  }
  return `invalid YAML: ${error.message.split('\n')[0]}`;
}

function describeFastError(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const reason = (error as { reason?: string }).reason ?? error.message;
  if (/maxDepth/.test(reason)) return `nesting is deeper than ${MAX_DEPTH} levels; no Kubernetes object needs that, check the indentation`;
  if (/alias/i.test(reason)) return `too many YAML aliases (limit ${MAX_ALIASES} per document); refusing to expand a possible alias bomb`;
  if (/tab/i.test(reason)) return 'tab character used for indentation; YAML allows only spaces: replace the tab with spaces';
  if (/duplicate/i.test(reason)) return 'duplicate key in the same mapping; kubectl rejects it: remove or rename one of them';
  return `invalid YAML: ${reason}`;
}

function fastErrorPosition(error: unknown): Position | undefined {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  if (!mark) return undefined;
  return { line: mark.line + 1, column: mark.column + 1, endLine: mark.line + 1, endColumn: mark.column + 2 };
}

/** Index of the YAML document that contains `position`: a `---` starts a new document once the current one has begun. */
function documentAt(text: string, position: Position | undefined): number {
  if (!position) return 0;
  const lines = text.split('\n', position.line - 1);
  let index = 0;
  let begun = false;
  for (const line of lines) {
    if (/^---(\s|$)/.test(line)) {
      if (begun) index++;
      begun = true;
    } else if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      begun = true;
    }
  }
  return index;
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

function syntaxProblem(document: number, message: string): Finding {
  return { ruleId: 'yaml-syntax', severity: 'error', message, document, path: [] };
}

/** Node count with aliases expanded, memoised by identity so it costs time linear in the distinct nodes. */
function expandedSize(value: unknown, memo: Map<object, number>): number {
  if (value === null || typeof value !== 'object') return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  memo.set(value, 1); // a cycle counts once; js-yaml builds none, but stay safe
  let size = 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    size += expandedSize(child, memo);
    if (size > MAX_EXPANDED_NODES) break;
  }
  memo.set(value, size);
  return size;
}
