import fs from 'node:fs';
import path from 'node:path';
import { isRecord } from '../normalize/values.js';
import { compileAcceptor, type Acceptor } from './fast-accept.js';
import { defaultSchemaDir, readSchemaIndex, type SchemaIndexEntry } from './schema-files.js';

/**
 * The quick "certainly valid" answer (fast-accept.ts) for each apiVersion/kind, compiled on first use
 * from the committed schema files. No ajv here, so the parse lane can load it cheaply.
 */
export interface SchemaAcceptors {
  /** The acceptor of one schema file (a path as in index.json). */
  forFile(file: string): Acceptor;
  /** Whether `value` is an object that certainly matches the schema of its own apiVersion and kind. */
  acceptsOwnSchema(value: unknown): boolean;
}

/** Reads a schema file of `schemaDir` once (relative paths as in index.json). */
export function schemaFileReader(schemaDir: string = defaultSchemaDir()): (file: string) => object {
  const cache = new Map<string, object>();
  return (file) => {
    let schema = cache.get(file);
    if (schema === undefined) {
      schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as object;
      cache.set(file, schema);
    }
    return schema;
  };
}

export function createSchemaAcceptors(
  index: readonly SchemaIndexEntry[] = readSchemaIndex(),
  readSchema: (file: string) => object = schemaFileReader(),
): SchemaAcceptors {
  const files = new Map<string, Map<string, string>>(); // apiVersion → kind → file
  for (const entry of index) {
    let kinds = files.get(entry.apiVersion);
    if (kinds === undefined) files.set(entry.apiVersion, (kinds = new Map()));
    kinds.set(entry.kind, entry.file);
  }
  const compiled = new Map<string, Acceptor>(); // by file: identical kinds share one
  const forFile = (file: string): Acceptor => {
    let accept = compiled.get(file);
    if (accept === undefined) compiled.set(file, (accept = compileAcceptor(readSchema(file))));
    return accept;
  };
  return {
    forFile,
    acceptsOwnSchema: (value) => {
      if (!isRecord(value)) return false;
      const { apiVersion, kind } = value;
      if (typeof apiVersion !== 'string' || typeof kind !== 'string') return false;
      const file = files.get(apiVersion)?.get(kind);
      return file !== undefined && forFile(file)(value);
    },
  };
}
