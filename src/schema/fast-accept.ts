import { isRecord } from '../normalize/values.js';

/**
 * A quick "certainly valid" answer for a document against one generated JSON schema, so that ajv's
 * code runs only for documents that may have problems.
 *
 * Why: ajv's standalone code for the VirtualMachine schema is about 1 MB. A lint is a short process, so
 * that code runs mostly cold (interpreted, then optimized at great cost by V8): on the bench corpus,
 * 10,000 VirtualMachines, one cold pass of ajv takes 300-370 ms on this machine against 80-120 ms for
 * this walk over a compiled tree, and in a whole lint run the schema rule was the most expensive rule.
 * Nearly every document in a repository is valid; for those, one small function does the work.
 *
 * This is an accelerator, not a validator: `true` means ajv would find nothing, `false` means "ask
 * ajv", which makes every finding (and its message) come from ajv as before. It understands the
 * keywords the generated schemas use, with ajv's semantics; a schema node with any other keyword, or a
 * value JSON cannot hold, gets `false`. test/schema/fast-accept.test.ts checks the one-way agreement
 * with ajv on upstream examples and on mutations of them.
 */

export type Acceptor = (value: unknown) => boolean;

const STRING = 1;
const NUMBER = 2;
const INTEGER = 4;
const BOOLEAN = 8;
const OBJECT = 16;
const ARRAY = 32;
const NULL = 64;
// A value's bits (typeBits) hold NUMBER for every number and INTEGER too for whole ones, so "number"
// admits integers and "integer" admits no fractions.
const TYPE_BITS: Record<string, number> = { string: STRING, number: NUMBER, integer: INTEGER, boolean: BOOLEAN, object: OBJECT, array: ARRAY, null: NULL };

/** Keywords that do not constrain (ajv runs with validateFormats: false and strict: false). */
const ANNOTATIONS = new Set(['$schema', '$comment', 'definitions', 'description', 'title', 'format', 'default', 'example', 'examples']);

interface Node {
  /** Bits of the types allowed; 0: any. */
  types: number;
  properties: Map<string, Node> | undefined;
  /** false: no other keys; true: any; a node: what other keys' values must be. */
  additional: boolean | Node;
  required: readonly string[] | undefined;
  items: Node | undefined;
  anyOf: readonly Node[] | undefined;
  enumValues: ReadonlySet<unknown> | undefined;
  pattern: RegExp | undefined;
  minimum: number | undefined;
  maximum: number | undefined;
  maxLength: number | undefined;
  maxItems: number | undefined;
  /** A keyword this module does not model: never accept here. */
  unsupported: boolean;
}

function emptyNode(): Node {
  return {
    types: 0,
    properties: undefined,
    additional: true,
    required: undefined,
    items: undefined,
    anyOf: undefined,
    enumValues: undefined,
    pattern: undefined,
    minimum: undefined,
    maximum: undefined,
    maxLength: undefined,
    maxItems: undefined,
    unsupported: false,
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
// ajv reads properties as `data.name`: a name Object.prototype has would see the inherited member.
const plainName = (name: string): boolean => !(name in Object.prototype);

/** Compiles a generated schema (its root and local `#/definitions/...` refs) into an Acceptor. */
export function compileAcceptor(schema: object): Acceptor {
  const { definitions: defined, ...root } = schema as Record<string, unknown>;
  const definitions = isRecord(defined) ? defined : {};
  const byRef = new Map<string, Node>();

  const compile = (source: unknown): Node => {
    const node = emptyNode();
    if (!isRecord(source)) {
      node.unsupported = source !== true; // `true` accepts anything; `false` and junk never here
      return node;
    }
    const ref = source.$ref;
    if (ref !== undefined) {
      const name = typeof ref === 'string' && ref.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
      // Keywords beside $ref mean different things in different drafts: leave those to ajv.
      if (name === undefined || !(name in definitions) || Object.keys(source).some((key) => key !== '$ref' && !ANNOTATIONS.has(key))) {
        node.unsupported = true;
        return node;
      }
      let target = byRef.get(name);
      if (target === undefined) {
        target = emptyNode();
        byRef.set(name, target); // before compiling: definitions may refer to themselves
        Object.assign(target, compile(definitions[name]));
      }
      return target;
    }
    for (const [keyword, value] of Object.entries(source)) {
      if (!applyKeyword(node, keyword, value, compile)) node.unsupported = true;
    }
    return node;
  };

  const rootNode = compile(root);
  return (value) => accepts(rootNode, value, 0);
}

/** Records one keyword on `node`; false when this module does not model it exactly. */
function applyKeyword(node: Node, keyword: string, value: unknown, compile: (source: unknown) => Node): boolean {
  switch (keyword) {
    case 'type': {
      const names = Array.isArray(value) ? value : [value];
      for (const name of names) {
        const bits = typeof name === 'string' ? TYPE_BITS[name] : undefined;
        if (bits === undefined) return false;
        node.types |= bits;
      }
      return true;
    }
    case 'properties':
      if (!isRecord(value) || !Object.keys(value).every(plainName)) return false;
      node.properties = new Map(Object.entries(value).map(([name, sub]) => [name, compile(sub)]));
      return true;
    case 'additionalProperties':
      node.additional = typeof value === 'boolean' ? value : compile(value);
      return true;
    case 'required':
      if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && plainName(name))) return false;
      node.required = value as string[];
      return true;
    case 'items':
      if (Array.isArray(value)) return false; // tuple form
      node.items = compile(value);
      return true;
    case 'anyOf':
      if (!Array.isArray(value) || value.length === 0) return false;
      node.anyOf = value.map(compile);
      return true;
    case 'enum':
      // ajv compares objects deeply; a Set only matches primitives (and NaN, which no schema lists).
      if (!Array.isArray(value) || value.some((v) => v !== null && typeof v === 'object')) return false;
      node.enumValues = new Set(value);
      return true;
    case 'pattern':
      if (typeof value !== 'string') return false;
      try {
        node.pattern = new RegExp(value, 'u'); // ajv's default (unicodeRegExp)
      } catch {
        return false;
      }
      return true;
    case 'minimum':
    case 'maximum':
    case 'maxLength':
    case 'maxItems':
      if (!isNumber(value)) return false;
      node[keyword] = value;
      return true;
    default:
      return ANNOTATIONS.has(keyword);
  }
}

/** The type bits a value satisfies; 0 for what JSON cannot hold (NaN, infinities, undefined, bigint, ...). */
function typeBits(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return STRING;
    case 'boolean':
      return BOOLEAN;
    case 'number':
      return Number.isInteger(value) ? INTEGER | NUMBER : Number.isFinite(value) ? NUMBER : 0;
    case 'object':
      return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
    default:
      return 0;
  }
}

/** Deeper than any manifest: an answer from ajv is good enough there. */
const MAX_DEPTH = 200;

function accepts(node: Node, value: unknown, depth: number): boolean {
  if (node.unsupported || depth > MAX_DEPTH) return false;
  const type = typeBits(value);
  if (type === 0) return false;
  if (node.types !== 0 && (node.types & type) === 0) return false;
  if (node.enumValues !== undefined && !node.enumValues.has(value)) return false;
  if (type === OBJECT) {
    const object = value as Record<string, unknown>;
    if (node.required !== undefined) for (const name of node.required) if (object[name] === undefined) return false;
    const properties = node.properties;
    const additional = node.additional;
    for (const key in object) {
      const sub = properties?.get(key);
      if (sub !== undefined) {
        if (!accepts(sub, object[key], depth + 1)) return false;
      } else if (additional === false) {
        return false;
      } else if (additional !== true && !accepts(additional, object[key], depth + 1)) {
        return false;
      }
    }
  } else if (type === ARRAY) {
    const array = value as unknown[];
    if (node.maxItems !== undefined && array.length > node.maxItems) return false;
    const items = node.items;
    if (items !== undefined) for (const element of array) if (!accepts(items, element, depth + 1)) return false;
  } else if (type === STRING) {
    const text = value as string;
    // ajv counts code points; UTF-16 units are never fewer, so within the limit here is within it there.
    if (node.maxLength !== undefined && text.length > node.maxLength) return false;
    if (node.pattern !== undefined && !node.pattern.test(text)) return false;
  } else if ((type & NUMBER) !== 0) {
    const number = value as number;
    if (node.minimum !== undefined && number < node.minimum) return false;
    if (node.maximum !== undefined && number > node.maximum) return false;
  }
  if (node.anyOf !== undefined) {
    let any = false;
    for (const branch of node.anyOf) {
      if (accepts(branch, value, depth + 1)) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
