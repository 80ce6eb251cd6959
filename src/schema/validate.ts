/**
 * Schema validation of one Kubernetes object against the generated JSON schema of its apiVersion/kind.
 *
 * Validators come from the precompiled ajv standalone module generated/validators.cjs (written by
 * `npm run build`), loaded the first time the quick acceptor (fast-accept.ts) cannot vouch for a
 * document. When it is absent (e.g. under vitest before a build) or older than the committed schemas,
 * the schemas are compiled with ajv at run time instead, lazily, once per kind.
 * Both paths use the same Ajv options (compile.ts) and give identical results.
 *
 * The happy path is one validator call; issues are built only when validation fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { formatPath, getAt } from '../core/path.js';
import { packageRoot } from '../core/package-root.js';
import { defaultSchemaDir, precompiledDigest, readSchemaIndex, schemaDigest, type SchemaIndexEntry } from './schema-files.js';
import { closest } from '../core/suggest.js';
import { createSchemaAcceptors, schemaFileReader } from './acceptors.js';
import type { FieldPath, PathSegment } from '../core/types.js';

export interface SchemaIssue {
  path: FieldPath;
  keyword: string;
  message: string;
  target: 'key' | 'value';
}

export interface ValidateOptions {
  /** The object sits inside an OpenShift Template: ignore problems with values that hold `${PARAM}` references. */
  templateParams?: boolean;
}

export interface SchemaValidator {
  /** 'precompiled' (generated/validators.cjs) or 'runtime' (ajv compiles the schemas). */
  readonly mode: 'precompiled' | 'runtime';
  hasSchema(apiVersion: string, kind: string): boolean;
  validateSchema(apiVersion: string, kind: string, object: unknown, options?: ValidateOptions): SchemaIssue[] | undefined;
  knownApiVersionsForKind(kind: string): string[];
}


type ValidateFunction = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

interface KindEntry {
  readonly index: SchemaIndexEntry;
  /** Resolved on first use: from the precompiled module, or compiled at run time. */
  validate: ValidateFunction | undefined;
}

const PRECOMPILED_FILE = 'validators.cjs';

/**
 * Beside this module in the bundle committed to the repository (dist/: the GitHub Action and installs
 * from git), where generated/ is not committed, else <package root>/generated/validators.cjs.
 */
function defaultPrecompiledModule(): string {
  const beside = fileURLToPath(new URL(`./${PRECOMPILED_FILE}`, import.meta.url));
  return fs.existsSync(beside) ? beside : path.join(packageRoot(), 'generated', PRECOMPILED_FILE);
}

export interface CreateValidatorOptions {
  /**
   * 'auto' (default): the precompiled module when present and up to date, else run-time compile.
   * 'precompiled': require the precompiled module (throws when absent). 'runtime': always compile.
   */
  mode?: 'auto' | 'precompiled' | 'runtime';
  /** Path of the precompiled module; defaults to <package root>/generated/validators.cjs. */
  precompiledModule?: string;
  /** Directory of the generated JSON schemas; defaults to <package root>/src/schema/generated. */
  schemaDir?: string;
}

/** Creates an independent validator (the exported functions below use a default one). */
export async function createSchemaValidator(options: CreateValidatorOptions = {}): Promise<SchemaValidator> {
  const mode = options.mode ?? 'auto';
  const schemaDir = options.schemaDir ?? defaultSchemaDir();
  const index = readSchemaIndex(schemaDir);

  let precompiled: string | undefined;
  if (mode !== 'runtime') {
    const file = options.precompiledModule ?? defaultPrecompiledModule();
    if (fs.existsSync(file)) {
      // Only its first line is read now: the module itself is loaded when a document first needs it.
      if (mode === 'precompiled' || precompiledDigest(file) === schemaDigest(schemaDir)) precompiled = file;
      else {
        process.emitWarning(
          `${file} is older than the schemas in ${schemaDir}; compiling the schemas at run time (run npm run build).`,
          { code: 'VIRTOPS_STALE_VALIDATORS' },
        );
      }
    } else if (mode === 'precompiled') {
      throw new Error(`precompiled validators not found: ${file} (run npm run build)`);
    }
  }

  let compileKind: (apiVersion: string, kind: string) => ValidateFunction;
  if (precompiled !== undefined) {
    const file = precompiled;
    let validators: Record<string, ValidateFunction> | undefined;
    compileKind = (apiVersion, kind) => {
      validators ??= (createRequire(import.meta.url)(file) as { validators: Record<string, ValidateFunction> }).validators;
      const fn = validators[`${apiVersion}/${kind}`];
      if (fn === undefined) throw new Error(`precompiled validators lack ${apiVersion} ${kind} (${file}); run npm run build`);
      return fn;
    };
  } else {
    const { createSchemaAjv, schemaKey } = await import('./compile.js');
    let set: ReturnType<typeof createSchemaAjv> | undefined;
    compileKind = (apiVersion, kind) => {
      set ??= createSchemaAjv({ schemaDir });
      const id = set.rootIds.get(schemaKey(apiVersion, kind));
      const fn = id === undefined ? undefined : set.ajv.getSchema(id);
      if (fn === undefined) throw new Error(`no schema compiled for ${apiVersion} ${kind}`);
      return fn as ValidateFunction;
    };
  }

  // apiVersion → kind → entry: no string building per call.
  const byApiVersion = new Map<string, Map<string, KindEntry>>();
  const versionsByKind = new Map<string, string[]>();
  for (const entry of index) {
    let kinds = byApiVersion.get(entry.apiVersion);
    if (kinds === undefined) byApiVersion.set(entry.apiVersion, (kinds = new Map()));
    kinds.set(entry.kind, { index: entry, validate: undefined });
  }
  // Served versions first, deprecated ones after.
  for (const entry of [...index].sort((a, b) => Number(a.deprecated) - Number(b.deprecated))) {
    const list = versionsByKind.get(entry.kind) ?? [];
    if (!list.includes(entry.apiVersion)) list.push(entry.apiVersion);
    versionsByKind.set(entry.kind, list);
  }

  const loadSchemaFile = schemaFileReader(schemaDir) as (file: string) => JsonSchema;
  // Answers "valid" for most documents without running ajv's code (fast-accept.ts).
  const acceptors = createSchemaAcceptors(index, loadSchemaFile);

  return {
    mode: precompiled !== undefined ? 'precompiled' : 'runtime',
    hasSchema(apiVersion, kind) {
      return byApiVersion.get(apiVersion)?.has(kind) ?? false;
    },
    knownApiVersionsForKind(kind) {
      return [...(versionsByKind.get(kind) ?? [])];
    },
    validateSchema(apiVersion, kind, object, opts) {
      const entry = byApiVersion.get(apiVersion)?.get(kind);
      if (entry === undefined) return undefined;
      if (acceptors.forFile(entry.index.file)(object)) return [];
      let validate = entry.validate;
      if (validate === undefined) validate = entry.validate = compileKind(apiVersion, kind);
      if (validate(object)) return [];
      return buildIssues(validate.errors ?? [], object, loadSchemaFile(entry.index.file), opts?.templateParams === true);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  definitions?: Record<string, JsonSchema>;
}

const QUANTITY_PATTERN_MARK = '[numkMGTPE]';
const CONTAINER_PATH_PATTERN = '^/([^.]|\\.[^.])*\\.?$';

/** Converts an ajv instancePath (JSON pointer) to a field path, with numbers for list indices. */
function toFieldPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(key);
      out.push(i);
      node = node[i];
    } else {
      out.push(key);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

/** The object schema (properties) that applies at `fieldPath`, following $refs and nullable wrappers. */
function schemaAt(root: JsonSchema, fieldPath: FieldPath): JsonSchema | undefined {
  const resolve = (node: JsonSchema | undefined): JsonSchema | undefined => {
    for (let guard = 0; node !== undefined && guard < 32; guard++) {
      if (node.$ref !== undefined) node = root.definitions?.[node.$ref.slice('#/definitions/'.length)];
      else if (node.anyOf !== undefined) node = node.anyOf.find((s) => s.$ref !== undefined || s.type !== 'null');
      else return node;
    }
    return node;
  };
  let node = resolve(root);
  for (const segment of fieldPath) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') node = resolve(node.items);
    else {
      const next = node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
      node = resolve(next);
    }
  }
  return node;
}

function where(fieldPath: FieldPath): string {
  return fieldPath.length === 0 ? 'at the top level' : `in ${formatPath(fieldPath)}`;
}

function subject(fieldPath: FieldPath): string {
  return fieldPath.length === 0 ? 'the document' : formatPath(fieldPath);
}

const ARTICLE: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number with a fraction';
  return ARTICLE[typeof value] ?? typeof value;
}

function listWords(words: string[], joiner = 'or'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${joiner} ${words[words.length - 1]!}`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Suggestion for a malformed quantity such as "2GB" or "512mb". */
function quantityHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*([kKmMgGtTpPeE])i?[bB]?\s*$/.exec(value);
  if (m === null) return '';
  const unit = m[2]!.toUpperCase();
  return `; did you mean "${m[1]!}${unit}i"?`;
}

function typeMessage(fieldPath: FieldPath, expected: string[], value: unknown): string {
  const want = expected.filter((t) => t !== 'null');
  // number covers integer for people: "must be a number" is enough when both are accepted.
  const words = (want.includes('number') ? want.filter((t) => t !== 'integer') : want).map((t) => ARTICLE[t] ?? t);
  let message = `${subject(fieldPath)} must be ${listWords(words)}, not ${describeValue(value)}`;
  if (typeof value === 'string' && (want.includes('integer') || want.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) {
    message += ' (remove the quotes)';
  } else if (typeof value === 'string' && want.includes('boolean') && /^(true|false)$/i.test(value)) {
    message += ' (remove the quotes)';
  }
  return message;
}

function buildIssues(errors: readonly ErrorObject[], object: unknown, schema: JsonSchema, templateParams: boolean): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  const add = (fieldPath: FieldPath, keyword: string, message: string, target: 'key' | 'value'): void => {
    const id = `${keyword}\0${JSON.stringify(fieldPath)}\0${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    issues.push({ path: fieldPath, keyword, message, target });
  };
  const isTemplated = (value: unknown): boolean => templateParams && typeof value === 'string' && value.includes('${');

  for (const error of errors) {
    const params = error.params as Record<string, unknown>;
    // Wrappers that let optional fields be null: the real problem is reported by the other branch.
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    if (error.keyword === 'type' && params.type === 'null') continue;

    const at = toFieldPath(error.instancePath, object);
    const value = getAt(object, at);
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(params.additionalProperty);
        if (isTemplated(key)) break;
        const allowed = Object.keys(schemaAt(schema, at)?.properties ?? {});
        const suggestion = closest(key, allowed);
        let message = `unknown field "${key}" ${where(at)}`;
        if (suggestion !== undefined) message += `; did you mean "${suggestion}"?`;
        else if (allowed.length === 0) message = `unknown field "${key}" ${where(at)}, which takes no fields; remove it`;
        else if (allowed.length <= 12) message += `; remove it or use one of: ${allowed.join(', ')}`;
        else message += '; remove it or check its spelling';
        add([...at, key], 'additionalProperties', message, 'key');
        break;
      }
      case 'required':
        add(at, 'required', `missing required field "${String(params.missingProperty)}" ${where(at)}`, 'key');
        break;
      case 'type': {
        if (isTemplated(value)) break;
        const expected = Array.isArray(params.type) ? (params.type as string[]) : String(params.type).split(',');
        add(at, 'type', typeMessage(at, expected, value), 'value');
        break;
      }
      case 'enum': {
        if (isTemplated(value)) break;
        const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null);
        let message: string;
        if (allowed.length === 1 && allowed[0] === true) message = `${subject(at)} must be true: write access is not supported (remove it or set it to true)`;
        else message = `${subject(at)} must be one of: ${allowed.map((v) => String(v)).join(', ')} (got ${show(value)})`;
        add(at, 'enum', message, 'value');
        break;
      }
      case 'pattern': {
        if (isTemplated(value)) break;
        const pattern = String(params.pattern);
        let message: string;
        if (pattern.includes(QUANTITY_PATTERN_MARK)) {
          message = `${subject(at)} must be a Kubernetes quantity such as 2Gi, 500m or 1.5, not ${show(value)}${quantityHint(value)}`;
        } else if (pattern === CONTAINER_PATH_PATTERN) {
          message = `${subject(at)} must be an absolute path (start with '/') and must not contain '..' (got ${show(value)})`;
        } else message = `${subject(at)} must match the pattern ${pattern} (got ${show(value)})`;
        add(at, 'pattern', message, 'value');
        break;
      }
      case 'maxItems':
      case 'minItems': {
        const count = Array.isArray(value) ? value.length : 0;
        const limit = Number(params.limit);
        const message =
          error.keyword === 'maxItems'
            ? `${subject(at)} has ${count} items; at most ${limit} are allowed`
            : `${subject(at)} has ${count} items; at least ${limit} ${limit === 1 ? 'is' : 'are'} required`;
        add(at, error.keyword, message, 'value');
        break;
      }
      case 'maxLength':
      case 'minLength': {
        if (isTemplated(value)) break;
        const limit = Number(params.limit);
        const message =
          error.keyword === 'maxLength'
            ? `${subject(at)} is too long: at most ${limit} characters are allowed`
            : `${subject(at)} is too short: at least ${limit} characters are required`;
        add(at, error.keyword, message, 'value');
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const words: Record<string, string> = {
          minimum: 'at least',
          maximum: 'at most',
          exclusiveMinimum: 'greater than',
          exclusiveMaximum: 'less than',
        };
        add(at, error.keyword, `${subject(at)} must be ${words[error.keyword]!} ${String(params.limit)} (got ${show(value)})`, 'value');
        break;
      }
      default: {
        if (isTemplated(value)) break;
        add(at, error.keyword, `${subject(at)} is invalid (${error.keyword} ${JSON.stringify(params)})`, 'value');
      }
    }
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Default instance
// ---------------------------------------------------------------------------------------------

const defaultValidator = await createSchemaValidator();

/** Whether a generated schema exists for this apiVersion/kind. */
export function hasSchema(apiVersion: string, kind: string): boolean {
  return defaultValidator.hasSchema(apiVersion, kind);
}

/** Schema problems of `object`; undefined when there is no schema for this apiVersion/kind. */
export function validateSchema(apiVersion: string, kind: string, object: unknown, options?: ValidateOptions): SchemaIssue[] | undefined {
  return defaultValidator.validateSchema(apiVersion, kind, object, options);
}

/** apiVersions that have a schema for `kind`, served versions first (for "wrong apiVersion" hints). */
export function knownApiVersionsForKind(kind: string): string[] {
  return defaultValidator.knownApiVersionsForKind(kind);
}

/** Which validators the default instance uses. */
export function schemaValidatorMode(): 'precompiled' | 'runtime' {
  return defaultValidator.mode;
}
