/**
 * Builds the configured Ajv instance and loads the committed JSON schemas (src/schema/generated).
 *
 * Used in two places with the same options, so both give identical results:
 * - at run time by validate.ts, when the precompiled validators (generated/validators.cjs) are absent;
 * - at build time by scripts/compile-validators.js, which writes ajv standalone code for all kinds.
 *
 * The committed files are self-contained (kubeconform can read them). Here their `definitions` are
 * merged into one shared set, each definition registered as its own schema, so that a definition
 * used by many kinds (the whole VMI spec) is compiled once and shared between their validators.
 * scripts/generate-schemas.js guarantees that a definition name means the same schema in every file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type AnySchemaObject, type Options } from 'ajv';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { defaultSchemaDir, digestLine, readSchemaIndex, schemaDigest, type SchemaIndexEntry } from './schema-files.js';
export { defaultSchemaDir, readSchemaIndex, schemaDigest, type SchemaIndexEntry };

/** One row of src/schema/generated/index.json. */

export interface SchemaSet {
  ajv: Ajv;
  index: SchemaIndexEntry[];
  /** schemaKey(apiVersion, kind) → the $id of that kind's root schema in `ajv` (identical kinds share one). */
  rootIds: Map<string, string>;
  /** Digest of the schema files the set was built from (see schemaDigest). */
  digest: string;
}

/**
 * Validation options, shared by run-time compile and the standalone build (only `code` differs).
 * - strict: false: the schemas are converted OpenAPI; `if` without `then` etc. are intended.
 * - allErrors: report every problem of a document at once, not just the first.
 * - validateFormats: false: int32/int64/date-time/byte formats are not checked (types are).
 */
export const AJV_OPTIONS: Readonly<Options> = Object.freeze({
  strict: false,
  allErrors: true,
  validateFormats: false,
  messages: false,
  verbose: false,
  inlineRefs: true,
});

/** Base URIs of the schema ids (never fetched: only names inside one Ajv instance). */
const DEF_BASE = 'https://schemas.virtops.dev/def/';
const ROOT_BASE = 'https://schemas.virtops.dev/kind/';

export function schemaKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** Rewrites local "#/definitions/X" refs to the shared definition ids. */
function globalizeRefs(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(globalizeRefs);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$ref' && typeof value === 'string') {
      if (!value.startsWith('#/definitions/')) throw new Error(`unexpected $ref ${value}`);
      out[key] = DEF_BASE + encodeURIComponent(value.slice('#/definitions/'.length));
    } else out[key] = globalizeRefs(value);
  }
  return out;
}

/**
 * Creates the Ajv instance with every committed schema added (compiled lazily by ajv on first use).
 * `standalone: true` adds the code options for ajv's standalone CommonJS output.
 */
export function createSchemaAjv(options: { standalone?: boolean; schemaDir?: string } = {}): SchemaSet {
  const schemaDir = options.schemaDir ?? defaultSchemaDir();
  const ajv = new Ajv({ ...AJV_OPTIONS, ...(options.standalone ? { code: { source: true, esm: false, lines: false } } : {}) });
  const index = readSchemaIndex(schemaDir);

  const definitions = new Map<string, string>(); // name → JSON text, to check that names are unambiguous
  const roots = new Map<string, string>(); // root JSON text → $id, to share identical roots (v1 / v1alpha3)
  const rootIds = new Map<string, string>();
  for (const entry of index) {
    const file = JSON.parse(fs.readFileSync(path.join(schemaDir, entry.file), 'utf8')) as AnySchemaObject;
    const { definitions: defs = {}, $schema: _schema, $comment: _comment, ...root } = file;
    for (const [name, def] of Object.entries(defs as Record<string, unknown>)) {
      const text = JSON.stringify(def);
      const known = definitions.get(name);
      if (known === undefined) {
        definitions.set(name, text);
        ajv.addSchema({ $id: DEF_BASE + encodeURIComponent(name), ...(globalizeRefs(def) as object) });
      } else if (known !== text) {
        throw new Error(`schema definition ${name} differs between files (${entry.file}); regenerate the schemas`);
      }
    }
    const rootText = JSON.stringify(root);
    let id = roots.get(rootText);
    if (id === undefined) {
      id = ROOT_BASE + encodeURIComponent(`${entry.apiVersion}/${entry.kind}`);
      roots.set(rootText, id);
      ajv.addSchema({ $id: id, ...(globalizeRefs(root) as object) });
    }
    rootIds.set(schemaKey(entry.apiVersion, entry.kind), id);
  }
  return { ajv, index, rootIds, digest: schemaDigest(schemaDir) };
}

type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
const standaloneCode: StandaloneCode =
  (standaloneCodeModule as unknown as { default?: StandaloneCode }).default ?? (standaloneCodeModule as unknown as StandaloneCode);

/**
 * The source of one CommonJS module with the validators of every kind, sharing definitions:
 *   // schema digest: <schemaDigest>          (first line: see precompiledDigest)
 *   exports.validators = { "<apiVersion>/<kind>": validateFn, ... };
 * CommonJS, so that validate.ts can load it synchronously the first time a document needs it: most runs
 * never do (the quick acceptor answers for valid documents), and loading it costs a one-file run 30-45 ms.
 */
export function standaloneModuleSource(set: SchemaSet = createSchemaAjv({ standalone: true })): string {
  if (!set.ajv.opts.code.source) throw new Error('standaloneModuleSource needs createSchemaAjv({ standalone: true })');
  const exportNames = new Map<string, string>(); // root $id → export name
  const refs: Record<string, string> = {};
  for (const id of new Set(set.rootIds.values())) {
    const name = `k${exportNames.size}`;
    exportNames.set(id, name);
    refs[name] = id;
  }
  // Ajv's CommonJS output require()s its small runtime helpers (ucs2length for maxLength, ...) from the
  // ajv package: node_modules for generated/, bundled in for dist/ (scripts/build-dist.js).
  const code = standaloneCode(set.ajv, refs);
  if (/\brequire\((?!"ajv\/dist\/runtime\/[\w-]+"\))/.test(code)) throw new Error('standalone validator code has an unexpected require()');
  const table = [...set.rootIds].map(([key, id]) => `  ${JSON.stringify(key)}: exports.${exportNames.get(id)!},`);
  return [
    digestLine(set.digest),
    '// Generated by scripts/compile-validators.js from src/schema/generated: do not edit.',
    code,
    'exports.validators = {',
    ...table,
    '};',
    '',
  ].join('\n');
}
