/** Core values shared by every stage of the lint pipeline (load → schema → rules → report). */

export type Severity = 'error' | 'warning' | 'info';

/** How a user configures a rule: ESLint's words. */
export type RuleLevel = 'off' | 'warn' | 'error';

export type PathSegment = string | number;
/** A field path from the YAML document root, e.g. ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1, 'bootOrder']. */
export type FieldPath = readonly PathSegment[];

/** A value a fix writes: plain YAML data. */
export type FixValue = string | number | boolean | null | readonly FixValue[] | { readonly [key: string]: FixValue };

/**
 * One edit of an autofix, on a field path (see Report.fix in src/engine/rule.ts for the contract).
 * `set` creates or replaces the value (creating missing parent mappings); `delete` removes the field;
 * `rename` changes a mapping key in place, and its value too when `value` is given.
 */
export type FixOperation =
  | { op: 'set'; path: FieldPath; value: FixValue }
  | { op: 'delete'; path: FieldPath }
  | { op: 'rename'; path: FieldPath; to: string; value?: FixValue };

export interface ObjectRef {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  name?: string;
}

/**
 * A problem found in one YAML document, located by field path only.
 * Line and column are resolved later, and only for documents that have findings.
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The rule's message id (for tests and tools; not part of the JSON output). */
  messageId?: string;
  /** 0-based index of the YAML document in its file. */
  document: number;
  object?: ObjectRef;
  path: FieldPath;
  /** Highlight the mapping key (e.g. an unknown field) rather than the value. Defaults to 'value'. */
  target?: 'key' | 'value';
  /** A position known up front (parse errors), used instead of resolving `path`. */
  position?: Position;
  /** The rule's safe fix, with paths from the YAML document root (applied by --fix). */
  fix?: readonly FixOperation[];
}

export interface Position {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding with its source position (1-based lines and columns). */
export interface Result extends Position {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  document: number;
  object: ObjectRef;
  /** Dotted path with [i] for list items and ["a.b"] for keys with dots; '' for the document itself. */
  path: string;
  /** The finding's fix, paths from the document root (see Finding.fix). */
  fix?: readonly FixOperation[];
  /** The fix as replacements of the file's text, where a report shows fixes (SARIF; src/fix/text-edits.ts). */
  edits?: readonly TextEdit[];
}

/** Replace the text from line:column up to endLine:endColumn (exclusive; equal for an insertion) with `text`. */
export interface TextEdit extends Position {
  text: string;
}

export interface FileReport {
  /** The path as the user gave it (or '<stdin>'). */
  file: string;
  documents: number;
  results: Result[];
  /** Objects the linter did not check (unknown kinds), for --verbose. */
  skipped: SkippedObject[];
}

export interface SkippedObject {
  document: number;
  object: ObjectRef;
  reason: string;
}

export interface LintSummary {
  files: number;
  documents: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface LintReport {
  files: FileReport[];
  summary: LintSummary;
}
