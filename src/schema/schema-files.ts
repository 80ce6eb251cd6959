import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** The committed schema files and their index: read by the run-time validator and the build step alike (no ajv here). */

export interface SchemaIndexEntry {
  apiVersion: string;
  kind: string;
  /** Path relative to src/schema/generated. */
  file: string;
  deprecated: boolean;
  source: 'kubevirt-swagger' | 'cdi-swagger' | 'crds-catalog';
}

export function defaultSchemaDir(): string {
  return path.join(packageRoot(), 'src', 'schema', 'generated');
}

export function readSchemaIndex(schemaDir: string = defaultSchemaDir()): SchemaIndexEntry[] {
  return JSON.parse(fs.readFileSync(path.join(schemaDir, 'index.json'), 'utf8')) as SchemaIndexEntry[];
}

/**
 * A digest of index.json and every schema file it lists. The standalone module records the digest
 * it was built from (digestLine), so validate.ts can tell when it is older than the committed schemas.
 */
export function schemaDigest(schemaDir: string = defaultSchemaDir()): string {
  const hash = createHash('sha256');
  const indexText = fs.readFileSync(path.join(schemaDir, 'index.json'));
  hash.update(indexText);
  for (const entry of JSON.parse(indexText.toString('utf8')) as SchemaIndexEntry[]) {
    hash.update(`\0${entry.file}\0`);
    hash.update(fs.readFileSync(path.join(schemaDir, entry.file)));
  }
  return hash.digest('hex');
}

const DIGEST_LINE = '// schema digest: ';

/** The first line of a precompiled validators module: the digest of the schemas it was built from. */
export function digestLine(digest: string): string {
  return `${DIGEST_LINE}${digest}`;
}

/** The digest a precompiled validators module records on its first line (read without loading the module). */
export function precompiledDigest(file: string): string | undefined {
  const head = Buffer.alloc(DIGEST_LINE.length + 128);
  const fd = fs.openSync(file, 'r');
  let length: number;
  try {
    length = fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  const firstLine = head.toString('utf8', 0, length).split('\n', 1)[0]!;
  return firstLine.startsWith(DIGEST_LINE) ? firstLine.slice(DIGEST_LINE.length) : undefined;
}
