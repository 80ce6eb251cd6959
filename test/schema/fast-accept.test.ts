import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS, createSchemaAjv, schemaKey } from '../../src/schema/compile.js';
import { compileAcceptor, type Acceptor } from '../../src/schema/fast-accept.js';
import { readSchemaIndex } from '../../src/schema/schema-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaDir = path.join(repoRoot, 'src', 'schema', 'generated');
const dataDir = path.resolve(process.env.VIRTOPS_SHARED_DATA ?? path.join(repoRoot, '..', 'shared', 'data'));
const hasData = fs.existsSync(path.join(dataDir, 'kubevirt-examples'));

type Obj = Record<string, unknown>;

/** ajv with the project's options, on a small schema. */
function ajvValid(schema: object, value: unknown): boolean {
  return new Ajv({ ...AJV_OPTIONS }).compile(schema)(value);
}

describe('compileAcceptor on small schemas, against ajv', () => {
  const cases: { name: string; schema: object; value: unknown; accept: boolean }[] = [
    { name: 'integer accepts a whole number', schema: { type: 'integer' }, value: 4, accept: true },
    { name: 'integer refuses a fraction', schema: { type: 'integer' }, value: 4.5, accept: false },
    { name: 'number accepts a whole number', schema: { type: 'number' }, value: 4, accept: true },
    { name: 'type list', schema: { type: ['string', 'null'] }, value: null, accept: true },
    { name: 'type list refuses others', schema: { type: ['string', 'null'] }, value: 1, accept: false },
    { name: 'NaN is left to ajv', schema: {}, value: Number.NaN, accept: false },
    { name: 'object, not a list', schema: { type: 'object' }, value: [], accept: false },
    { name: 'unknown key with additionalProperties false', schema: { type: 'object', properties: { a: {} }, additionalProperties: false }, value: { a: 1, b: 2 }, accept: false },
    { name: 'known keys only', schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, value: { a: 'x' }, accept: true },
    { name: 'additionalProperties schema', schema: { type: 'object', additionalProperties: { type: 'string' } }, value: { a: 'x', b: 2 }, accept: false },
    { name: 'required present', schema: { type: 'object', required: ['a'] }, value: { a: 0 }, accept: true },
    { name: 'required missing', schema: { type: 'object', required: ['a'] }, value: { b: 0 }, accept: false },
    { name: 'required ignores non-objects', schema: { required: ['a'] }, value: 'text', accept: true },
    { name: 'items', schema: { type: 'array', items: { type: 'integer' } }, value: [1, 2, 'x'], accept: false },
    { name: 'maxItems', schema: { type: 'array', maxItems: 1 }, value: [1, 2], accept: false },
    { name: 'anyOf: one branch fits', schema: { anyOf: [{ type: 'integer' }, { type: 'string' }] }, value: '1Gi', accept: true },
    { name: 'anyOf: no branch fits', schema: { anyOf: [{ type: 'integer' }, { type: 'string' }] }, value: true, accept: false },
    { name: 'enum', schema: { enum: ['a', 'b'] }, value: 'b', accept: true },
    { name: 'enum refuses others', schema: { enum: ['a', 'b'] }, value: 'c', accept: false },
    { name: 'pattern with the u flag', schema: { type: 'string', pattern: '^\\p{Lu}+$' }, value: 'ÄB', accept: true },
    { name: 'pattern refuses', schema: { type: 'string', pattern: '^[a-z]+$' }, value: 'A', accept: false },
    { name: 'minimum', schema: { type: 'integer', minimum: 1 }, value: 0, accept: false },
    { name: 'maximum', schema: { type: 'integer', maximum: 1 }, value: 1, accept: true },
    { name: 'maxLength within', schema: { type: 'string', maxLength: 2 }, value: 'ab', accept: true },
    // One code point, two UTF-16 units: valid for ajv, left to it here.
    { name: 'maxLength counted in code points is left to ajv', schema: { type: 'string', maxLength: 1 }, value: '😀', accept: false },
    { name: 'a keyword it does not model is left to ajv', schema: { type: 'string', minLength: 1 }, value: 'x', accept: false },
    { name: 'annotations do not matter', schema: { type: 'string', description: 'd', format: 'int-or-string' }, value: 'x', accept: true },
    { name: 'a property named like an Object member is left to ajv', schema: { type: 'object', properties: { constructor: {} } }, value: {}, accept: false },
    {
      name: 'local refs, recursive',
      schema: { $ref: '#/definitions/node', definitions: { node: { type: 'object', properties: { next: { $ref: '#/definitions/node' } }, additionalProperties: false } } },
      value: { next: { next: {} } },
      accept: true,
    },
    {
      name: 'local refs, recursive, problem deep down',
      schema: { $ref: '#/definitions/node', definitions: { node: { type: 'object', properties: { next: { $ref: '#/definitions/node' } }, additionalProperties: false } } },
      value: { next: { next: { other: 1 } } },
      accept: false,
    },
    { name: 'keywords beside $ref are left to ajv', schema: { $ref: '#/definitions/s', type: 'string', definitions: { s: {} } }, value: 'x', accept: false },
  ];
  for (const { name, schema, value, accept } of cases) {
    it(name, () => {
      expect(compileAcceptor(schema)(value)).toBe(accept);
      if (accept) expect(ajvValid(schema, value)).toBe(true);
    });
  }

  it('refuses a document with an own __proto__ key under additionalProperties false (ajv decides)', () => {
    const value = JSON.parse('{"a":1,"__proto__":{"b":2}}') as unknown;
    expect(compileAcceptor({ type: 'object', properties: { a: {} }, additionalProperties: false })(value)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The generated schemas: one-way agreement with ajv on real documents and on mutations of them
// ---------------------------------------------------------------------------------------------

const set = createSchemaAjv({ schemaDir });
const acceptors = new Map<string, Acceptor>();
for (const entry of readSchemaIndex(schemaDir)) {
  acceptors.set(schemaKey(entry.apiVersion, entry.kind), compileAcceptor(JSON.parse(fs.readFileSync(path.join(schemaDir, entry.file), 'utf8')) as object));
}

function judge(object: Obj): { accept: boolean; ajv: boolean } | undefined {
  const key = schemaKey(String(object.apiVersion), String(object.kind));
  const accept = acceptors.get(key);
  const id = set.rootIds.get(key);
  if (accept === undefined || id === undefined) return undefined;
  return { accept: accept(object), ajv: set.ajv.getSchema(id)!(object) as boolean };
}

function documentsIn(dir: string): Obj[] {
  const out: Obj[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
    let docs: unknown[];
    try {
      docs = yaml.loadAll(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
    } catch {
      continue; // fixtures of broken YAML
    }
    for (const doc of docs) {
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) continue;
      const object = doc as Obj;
      out.push(object);
      if (object.kind === 'Template' && Array.isArray(object.objects)) out.push(...(object.objects as Obj[]).filter((o) => o !== null && typeof o === 'object'));
      if (object.kind === 'List' && Array.isArray(object.items)) out.push(...(object.items as Obj[]).filter((o) => o !== null && typeof o === 'object'));
    }
  }
  return out;
}

/** A small deterministic generator (mulberry32), so a failure names a reproducible case. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every container (object or list) in a document, the document itself first. */
function containers(value: unknown, out: (Obj | unknown[])[] = []): (Obj | unknown[])[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Obj | unknown[]);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

const REPLACEMENTS: unknown[] = ['', 'text', '1Gi', 'Always', 0, -1, 2.5, 70000, true, null, [], {}, ['x'], { zz: 1 }, '😀'.repeat(40), 'a'.repeat(300)];

/** One random change: a value replaced by another of any type, an unknown key added, or a key removed. */
function mutate(document: Obj, next: () => number): Obj {
  const copy = structuredClone(document);
  const all = containers(copy);
  const target = all[Math.floor(next() * all.length)]!;
  const keys = Array.isArray(target) ? target.map((_, i) => i) : Object.keys(target);
  const choice = next();
  if (keys.length === 0 || (choice < 0.15 && !Array.isArray(target))) {
    if (!Array.isArray(target)) target.zzUnknownField = 'x';
  } else if (choice < 0.3 && !Array.isArray(target)) {
    delete target[String(keys[Math.floor(next() * keys.length)])];
  } else {
    const key = keys[Math.floor(next() * keys.length)]!;
    (target as Record<string | number, unknown>)[key] = structuredClone(REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)]);
  }
  return copy;
}

describe('compileAcceptor on the generated schemas', () => {
  it('answers like ajv for an empty object of every kind', () => {
    expect(acceptors.size).toBeGreaterThan(20);
    for (const [key, accept] of acceptors) {
      const validate = set.ajv.getSchema(set.rootIds.get(key)!)!;
      expect(accept({}), key).toBe(validate({}));
    }
  });

  const sources = [path.join(repoRoot, 'fixtures'), ...(hasData ? ['kubevirt-examples', 'cdi-examples', 'common-templates'].map((dir) => path.join(dataDir, dir)) : [])];
  const documents = sources.flatMap(documentsIn).filter((object) => judge(object) !== undefined);

  it('agrees with ajv exactly on real documents (the fast path is taken for the valid ones)', () => {
    expect(documents.length).toBeGreaterThan(hasData ? 60 : 5);
    const disagreements = documents.map((object) => ({ object, verdict: judge(object)! })).filter(({ verdict }) => verdict.accept !== verdict.ajv);
    expect(disagreements.map(({ object, verdict }) => `${String(object.kind)} ${JSON.stringify((object.metadata as Obj | undefined)?.name)}: ${JSON.stringify(verdict)}`)).toEqual([]);
  });

  it('never accepts what ajv refuses, over thousands of mutations', () => {
    const next = random(20261123);
    let refusedByAjv = 0;
    let acceptedByBoth = 0;
    const wrong: string[] = [];
    for (let round = 0; round < 6000; round++) {
      const source = documents[round % documents.length]!;
      const mutant = mutate(source, next);
      const verdict = judge(mutant);
      if (verdict === undefined) continue;
      if (!verdict.ajv) refusedByAjv++;
      if (verdict.accept && verdict.ajv) acceptedByBoth++;
      if (verdict.accept && !verdict.ajv) wrong.push(`round ${round}: ${JSON.stringify(mutant).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    // The mutations exercise both answers.
    expect(refusedByAjv).toBeGreaterThan(1000);
    expect(acceptedByBoth).toBeGreaterThan(500);
  });
});
