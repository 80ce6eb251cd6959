import {
  EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents,
  type ChompingMode, type CollectionStyle, type Event, type ScalarStyle, type Schema,
} from 'js-yaml';
import { parseSubset, type CollectionType, type SubsetSink } from './fast-yaml.js';

/**
 * Builds plain values for the YAML that manifests are made of: mappings, sequences, scalars, anchors
 * and aliases. This is where most of the lint time goes, and skipping js-yaml's general constructor
 * halves it. Anything else (tags, merge keys, complex keys, duplicate keys, too many aliases) makes it
 * return undefined, and the caller uses js-yaml's own loadAll, which handles everything and reports
 * errors. test/load/construct.test.ts holds the two equal.
 */
export interface Constructed {
  documents: unknown[];
  /** Where each document begins, when the subset parser read the text: for parseSubsetDocument. */
  offsets?: number[];
  /** No value JSON cannot carry (NaN, an infinity, -0): the values survive JSON.stringify and JSON.parse unchanged. */
  jsonSafe: boolean;
}

export function constructFast(text: string, schema: Schema, maxDepth: number, maxAliases: number): Constructed | undefined {
  const builder = new ValueBuilder(text, schema, maxAliases);
  try {
    // The subset parser calls the builder directly, with no event objects, for the YAML manifests are written in.
    if (parseSubset(text, builder, maxDepth)) return { documents: builder.documents, offsets: builder.offsets, jsonSafe: builder.jsonSafe };
    let events;
    try {
      events = parseEvents(text, { maxDepth });
    } catch {
      return undefined;
    }
    const replayed = new ValueBuilder(text, schema, maxAliases);
    replay(events, replayed);
    return { documents: replayed.documents, jsonSafe: replayed.jsonSafe };
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** Thrown for what only loadAll handles; preallocated because no stack is needed. */
const UNSUPPORTED = new Error('left to js-yaml loadAll');
function unsupported(): never {
  throw UNSUPPORTED;
}

/** Feeds js-yaml's events, for texts outside the subset, to a sink. */
function replay(events: Event[], sink: SubsetSink): void {
  let depth = 0;
  let explicitEnd = false;
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        if (depth !== 0) unsupported();
        explicitEnd = event.explicitEnd;
        sink.startDocument(event.explicitStart, -1);
        depth = 1;
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (depth === 0 || event.tagStart >= 0) unsupported();
        sink.startCollection(event.type, event.style, event.start, event.anchorStart, event.anchorEnd);
        depth++;
        break;
      case EVENT_ID.SCALAR:
        if (depth === 0 || event.tagStart >= 0) unsupported();
        sink.scalar(event.valueStart, event.valueEnd, event.style, event.fast, event.chomping, event.indent, event.anchorStart, event.anchorEnd);
        break;
      case EVENT_ID.ALIAS:
        if (depth === 0) unsupported();
        sink.alias(event.anchorStart, event.anchorEnd);
        break;
      case EVENT_ID.POP:
        if (--depth === 0) sink.endDocument(explicitEnd);
        else if (depth > 0) sink.endCollection();
        else unsupported();
        break;
      default:
        unsupported();
    }
  }
  if (depth !== 0) unsupported();
}

type Container = Record<string, unknown> | unknown[];
/** Slots of a builder's key cache (a power of two): more than the distinct keys of a manifest file. */
const KEY_CACHE_SIZE = 512;
/** Plain scalars up to this long are resolved once per file (numbers, short words); longer ones rarely repeat. */
const MAX_RESOLVED_LENGTH = 12;

/**
 * A sink that builds each document's value as the parser goes. A collection joins its parent when it
 * opens (the order of keys and items is the same), so only the innermost open collection (`map` or
 * `list`) and the key waiting for its value matter to the next node; `parents` holds the rest.
 */
class ValueBuilder implements SubsetSink {
  readonly documents: unknown[] = [];
  readonly offsets: number[] = [];
  private root: unknown = null;
  private hasRoot = false;
  private map: Record<string, unknown> | undefined;
  private list: unknown[] | undefined;
  private key: string | undefined;
  private readonly parents: (Container | undefined)[] = [];
  private readonly anchors = new Map<string, unknown>();
  private aliases = 0;
  jsonSafe = true;
  /** Values of short plain scalars that are not plain words, as resolved once in this text. */
  private readonly resolved = new Map<string, unknown>();
  /**
   * Mapping keys by a hash of their text. The same few dozen keys repeat in every document; handing V8
   * the same string again spares a copy and, once it is a property name, the lookup that makes it one.
   */
  private readonly keyCache: string[] = new Array<string>(KEY_CACHE_SIZE).fill('');

  constructor(
    private readonly text: string,
    private readonly schema: Schema,
    private readonly maxAliases: number,
  ) {}

  startDocument(_explicitStart: boolean, offset: number): void {
    this.offsets.push(offset);
    if (this.anchors.size > 0) this.anchors.clear();
    this.aliases = 0;
    this.root = null;
    this.hasRoot = false;
    this.map = this.list = this.key = undefined;
    this.parents.length = 0;
  }

  endDocument(): void {
    this.documents.push(this.root);
  }

  startCollection(type: CollectionType, _style: CollectionStyle, _start: number, anchorStart: number, anchorEnd: number): void {
    if (this.map !== undefined && this.key === undefined) unsupported(); // a complex key
    const container: Container = type === EVENT_ID.MAPPING ? {} : [];
    if (anchorStart >= 0) this.anchors.set(this.text.slice(anchorStart, anchorEnd), container);
    this.add(container);
    this.parents.push(this.map ?? this.list);
    if (type === EVENT_ID.MAPPING) {
      this.map = container as Record<string, unknown>;
      this.list = undefined;
    } else {
      this.list = container as unknown[];
      this.map = undefined;
    }
  }

  endCollection(): void {
    const parent = this.parents.pop();
    if (Array.isArray(parent)) {
      this.list = parent;
      this.map = undefined;
    } else {
      this.map = parent;
      this.list = undefined;
    }
  }

  scalar(valueStart: number, valueEnd: number, style: ScalarStyle, fast: boolean, chomping: ChompingMode, indent: number, anchorStart: number, anchorEnd: number): void {
    const text = this.text;
    const plainWord = fast && style === SCALAR_STYLE.PLAIN && isPlainWord(text, valueStart, valueEnd);
    if (this.map !== undefined && this.key === undefined) {
      if (anchorStart >= 0) unsupported();
      let name;
      if (plainWord) {
        name = this.cachedKey(valueStart, valueEnd);
      } else {
        const key = this.value(valueStart, valueEnd, style, fast, chomping, indent);
        name = typeof key === 'string' ? key : String(key);
      }
      if (Object.hasOwn(this.map, name)) unsupported(); // a duplicate: js-yaml reports it
      this.key = name;
      return;
    }
    const value = plainWord ? text.slice(valueStart, valueEnd) : this.value(valueStart, valueEnd, style, fast, chomping, indent);
    if (anchorStart >= 0) this.anchors.set(text.slice(anchorStart, anchorEnd), value);
    this.add(value);
  }

  alias(anchorStart: number, anchorEnd: number): void {
    if (this.map !== undefined && this.key === undefined) unsupported();
    if (++this.aliases > this.maxAliases) unsupported();
    const name = this.text.slice(anchorStart, anchorEnd);
    if (!this.anchors.has(name)) unsupported();
    this.add(this.anchors.get(name));
  }

  /** The key text[start, end), from the cache when it is there. */
  private cachedKey(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    const slot = (length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 3 + text.charCodeAt(start + (length >> 1))) & (KEY_CACHE_SIZE - 1);
    const cached = this.keyCache[slot]!;
    if (cached.length === length) {
      let i = 0;
      while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return cached;
    }
    const key = text.slice(start, end);
    this.keyCache[slot] = key;
    return key;
  }

  private add(value: unknown): void {
    if (this.list !== undefined) {
      this.list.push(value);
    } else if (this.map !== undefined) {
      const name = this.key!;
      if (name === '__proto__') Object.defineProperty(this.map, name, { value, enumerable: true, writable: true, configurable: true });
      else this.map[name] = value;
      this.key = undefined;
    } else {
      if (this.hasRoot) unsupported();
      this.root = value;
      this.hasRoot = true;
    }
  }

  /** A scalar's value as js-yaml constructs it: its text (getScalarValue), resolved under YAML 1.1 if it is plain. */
  private value(valueStart: number, valueEnd: number, style: ScalarStyle, fast: boolean, chomping: ChompingMode, indent: number): unknown {
    const raw = fast
      ? this.text.slice(valueStart, valueEnd)
      : getScalarValue(this.text, { type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
    if (style !== SCALAR_STYLE.PLAIN) return raw;
    if (isPlainWord(raw, 0, raw.length)) return raw;
    if (raw.length > MAX_RESOLVED_LENGTH) return this.resolve(raw);
    // Short plain scalars (`1`, `true`, `name`) repeat all through a file: each is resolved once.
    let value = this.resolved.get(raw);
    if (value === undefined && !this.resolved.has(raw)) {
      value = this.resolve(raw);
      this.resolved.set(raw, value);
    }
    return value;
  }

  private resolve(raw: string): unknown {
    const { value, tag } = this.schema.resolveImplicitScalarTag(raw);
    if (tag.tagName === 'tag:yaml.org,2002:merge') unsupported();
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) this.jsonSafe = false;
    return value;
  }
}

/** First characters of the YAML 1.1 words that are not strings (null, booleans): y, n, t, f, o in either case. */
const NON_STRING_WORD_START = new Uint8Array(128);
for (const c of 'ynftoYNFTO') NON_STRING_WORD_START[c.charCodeAt(0)] = 1;
/** The longest of those words (`false`). */
const LONGEST_NON_STRING_WORD = 5;

/**
 * Whether the plain scalar text[start, end) is a string under YAML 1.1 without trying every resolver.
 * Most are (keys, names, enums): only null, booleans, numbers and `<<` resolve to something else, and
 * those start with a digit, a sign, '.', '~', '<', or are one of a few words of at most five letters
 * starting with y, n, t, f or o. So a word starting with any other letter, or a longer one, is a string.
 */
function isPlainWord(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  return isLetter(code) && (NON_STRING_WORD_START[code] === 0 || end - start > LONGEST_NON_STRING_WORD);
}

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}
