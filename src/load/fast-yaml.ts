import {
  CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE,
  type ChompingMode, type CollectionStyle, type DocumentEvent, type Event, type ScalarStyle,
} from 'js-yaml';

/**
 * A parser for the block-style YAML that manifests are written in, several times faster than
 * js-yaml's parseEvents, which it stands in for: for a text inside the subset it reports exactly the
 * events parseEvents returns (offsets, styles, `fast`, `indent`, everything locate.ts reads), and for
 * anything else it gives up and js-yaml parses the text. It never reports errors: whatever js-yaml
 * would reject is outside the subset.
 *
 * The subset: `---`/`...` document markers; space indentation; comments; block mappings with
 * one-line plain or quoted keys; block sequences, compact ones included (`- name: x`, `- - x`);
 * one-line plain, single- and double-quoted scalars; `|`/`>` block scalars with an optional `+`/`-`;
 * `{}`, and one-line flow sequences of scalars (`[ReadWriteOnce]`); anchors on mapping values and
 * list items, and aliases. Outside it: tabs, CR, BOM, control characters, tags, directives, `?` keys,
 * anchors on keys or roots, multi-line plain and quoted scalars, explicit block indentation, nested
 * or non-empty flow mappings, scalars as a document root.
 *
 * The functions below follow js-yaml's (readBlockMapping, readBlockSequence, readPlainScalar,
 * readBlockScalar...), restricted to the subset. test/load/fast-yaml.test.ts holds the two equal.
 *
 * The parser hands each event to a sink rather than building it: most files need only their values
 * (construct.ts builds them straight from the calls, without an event object in between), and the
 * events themselves (EventSink) only when a finding needs a position.
 */
export interface SubsetSink {
  /** `offset`: the start of the line the document begins on, from which parseSubsetDocument reads it again. */
  startDocument(explicitStart: boolean, offset: number): void;
  endDocument(explicitEnd: boolean): void;
  startCollection(type: CollectionType, style: CollectionStyle, start: number, anchorStart: number, anchorEnd: number): void;
  endCollection(): void;
  /** The fields of js-yaml's ScalarEvent; `valueStart` is -1 for a missing value. */
  scalar(valueStart: number, valueEnd: number, style: ScalarStyle, fast: boolean, chomping: ChompingMode, indent: number, anchorStart: number, anchorEnd: number): void;
  alias(anchorStart: number, anchorEnd: number): void;
}

export type CollectionType = typeof EVENT_ID.SEQUENCE | typeof EVENT_ID.MAPPING;

/**
 * Parses `text` into `sink`; returns false when the text is outside the subset (the sink has then
 * seen part of it at most, and must be dropped). Whatever the sink throws passes through.
 */
export function parseSubset(text: string, sink: SubsetSink, maxDepth = 100): boolean {
  if (maxDepth <= DEPTH_MARGIN || hasUnsupportedCharacters(text)) return false;
  return within(() => new SubsetParser(text, maxDepth, sink).parse());
}

/**
 * The events of the one document of a text inside the subset that begins at `offset` (as reported to
 * startDocument), or undefined: a finding needs the positions of its own document only.
 */
export function parseSubsetDocument(text: string, offset: number, maxDepth = 100): Event[] | undefined {
  const sink = new EventSink();
  if (maxDepth <= DEPTH_MARGIN || offset < 0 || offset >= text.length) return undefined;
  return within(() => new SubsetParser(text, maxDepth, sink).parseDocumentAt(offset)) && sink.events.length > 0 ? sink.events : undefined;
}

function within(parse: () => void): boolean {
  try {
    parse();
    return true;
  } catch (error) {
    if (error === OUTSIDE) return false;
    throw error;
  }
}

/** js-yaml's parseEvents for a text inside the subset, undefined for any other. */
export function parseFastSubset(text: string, maxDepth = 100): Event[] | undefined {
  const sink = new EventSink();
  return parseSubset(text, sink, maxDepth) ? sink.events : undefined;
}

/** Collects the events as js-yaml's parseEvents returns them. */
export class EventSink implements SubsetSink {
  readonly events: Event[] = [];
  private document: DocumentEvent | undefined;

  startDocument(explicitStart: boolean): void {
    this.document = { type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: [] };
    this.events.push(this.document);
  }

  endDocument(explicitEnd: boolean): void {
    this.document!.explicitEnd = explicitEnd;
    this.events.push({ type: EVENT_ID.POP });
  }

  startCollection(type: CollectionType, style: CollectionStyle, start: number, anchorStart: number, anchorEnd: number): void {
    this.events.push({ type, start, anchorStart, anchorEnd, tagStart: -1, tagEnd: -1, style });
  }

  endCollection(): void {
    this.events.push({ type: EVENT_ID.POP });
  }

  scalar(valueStart: number, valueEnd: number, style: ScalarStyle, fast: boolean, chomping: ChompingMode, indent: number, anchorStart: number, anchorEnd: number): void {
    this.events.push({ type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart, anchorEnd, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
  }

  alias(anchorStart: number, anchorEnd: number): void {
    this.events.push({ type: EVENT_ID.ALIAS, anchorStart, anchorEnd });
  }
}

/** Characters js-yaml treats specially somewhere (tab indentation, CR line breaks, BOM, non-printables): not worth mirroring. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARACTERS = /[\0-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
/** The same, with surrogate pairs (emoji) allowed: only lone surrogates are non-printable. Twice as slow, so only a second check. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CODE_POINTS = /[\0-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/u;

function hasUnsupportedCharacters(text: string): boolean {
  return UNSUPPORTED_CHARACTERS.test(text) && UNSUPPORTED_CODE_POINTS.test(text);
}

/**
 * The first occurrence of one character at or after a position, remembered: the parser moves forward and
 * asks about the same stretch of a line several times, so each occurrence is searched for once.
 */
class ForwardSearch {
  private from = 0;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
    /** The answer when there is none. */
    private readonly none: number,
  ) {}

  next(i: number): number {
    if (i < this.from || i > this.at) {
      const found = this.text.indexOf(this.needle, i);
      this.from = i;
      this.at = found < 0 ? this.none : found;
    }
    return this.at;
  }
}

/** Thrown, once per text at most, when the text leaves the subset; preallocated because no stack is needed. */
const OUTSIDE = new Error('outside the YAML subset');
function outside(): never {
  throw OUTSIDE;
}

/**
 * js-yaml checks nesting when it enters a node, and a list item's scalar or flow collection is entered
 * one level deeper than the collections around it (readBlockMapping reads it as a candidate key).
 * Staying this far below maxDepth means js-yaml never reaches its limit on a text we accept.
 */
const DEPTH_MARGIN = 3;

/** `indent` at the end of the text or at a `---`/`...` line: lower than any node's, so every open node ends there. */
const NONE = -1;

const END = 0; // appended to the text, as js-yaml does; the text itself has none (hasUnsupportedCharacters)
const LF = 0x0a;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const AMPERSAND = 0x26;
const SINGLE_QUOTE = 0x27;
const ASTERISK = 0x2a;
const PLUS = 0x2b;
const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const COLON = 0x3a;
const GREATER = 0x3e;
const QUESTION = 0x3f;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const PIPE = 0x7c;
const RIGHT_BRACE = 0x7d;

/** Characters a plain scalar cannot start with (js-yaml's canStartPlainScalar), END, space and LF included. */
const NOT_PLAIN_START = charSet('\0 \n#&*!|>\'"%@`,[]{}');
const FLOW_INDICATORS = charSet(',[]{}');
/** Characters after a backslash that js-yaml accepts as a one-character escape. */
const SIMPLE_ESCAPES = charSet('0abtnvfre "/\\N_LP\t');
const HEX_DIGITS = charSet('0123456789abcdefABCDEF');

function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

function inSet(set: Uint8Array, c: number): boolean {
  return c < 128 && set[c] === 1;
}

class SubsetParser {
  private readonly text: string;
  private readonly length: number;
  /** The next token: after seekContent, the first character of a line with content. */
  private pos = 0;
  private lineStart = 0;
  /** Indentation of the line `pos` is on, or NONE. */
  private indent = 0;
  private depth = 0;
  /** The scalar the last scan read, pushed by pushScalar once the caller knows where it belongs. */
  private scalarStart = 0;
  private scalarEnd = 0;
  private scalarStyle: ScalarStyle = SCALAR_STYLE.PLAIN;
  private scalarFast = true;
  /** An anchor read before a node, for the node's event. */
  private anchorStart = -1;
  private anchorEnd = -1;
  /** The next `:`, `#` and line break: a plain scalar ends at one of them, and finding them with indexOf is much faster than looking at each character. */
  private readonly colons: ForwardSearch;
  private readonly hashes: ForwardSearch;
  private readonly lineEnds: ForwardSearch;

  constructor(
    text: string,
    private readonly maxDepth: number,
    private readonly sink: SubsetSink,
  ) {
    // join builds a flat string; `${text}\0` would be a cons string, slower to read a character at a time.
    this.text = [text, '\0'].join('');
    this.length = text.length;
    this.colons = new ForwardSearch(this.text, ':', this.length);
    this.hashes = new ForwardSearch(this.text, '#', this.length);
    this.lineEnds = new ForwardSearch(this.text, '\n', this.length);
  }

  parse(): void {
    this.seekContent(0);
    while (this.pos < this.length) this.document();
  }

  parseDocumentAt(offset: number): void {
    this.seekContent(offset);
    if (this.pos < this.length) this.document();
  }

  /** js-yaml's readDocument. `pos` is on the document's first line with content. */
  private document(): void {
    const offset = this.lineStart;
    let explicitStart = false;
    if (this.indent === NONE) {
      const dots = this.code(this.pos) === DOT;
      this.endLine(this.pos + 3);
      if (dots) return; // a `...` where a document would start: js-yaml skips it and emits nothing
      explicitStart = true;
    }
    this.sink.startDocument(explicitStart, offset);
    if (this.indent === NONE) this.emptyScalar();
    else if (this.indent === 0) this.node(-1, false);
    else outside(); // js-yaml counts the first line's indentation differently from the others'
    if (this.indent !== NONE) outside();
    let explicitEnd = false;
    if (this.pos < this.length && this.code(this.pos) === DOT) {
      explicitEnd = true;
      this.endLine(this.pos + 3);
    }
    this.sink.endDocument(explicitEnd);
  }

  /**
   * A node at `pos` that may be a block collection: a list item, a value on the lines below its key,
   * a document's root. `parent`: the indentation of the collection around it (js-yaml's parseNode
   * with block collections allowed, which tries a sequence, then a mapping, then the rest).
   */
  private node(parent: number, scalarAllowed = true): void {
    const column = this.pos - this.lineStart;
    if (this.isSequenceEntry(this.pos)) return this.blockSequence(column);
    const colon = this.readKey(this.pos);
    if (colon >= 0) return this.blockMapping(column, colon);
    if (!scalarAllowed) outside();
    this.inlineNode(parent + 1);
  }

  /** js-yaml's readBlockSequence: `pos` is on the first `-`, in column `indent`. */
  private blockSequence(indent: number): void {
    this.open(EVENT_ID.SEQUENCE, COLLECTION_STYLE.BLOCK);
    do {
      this.sequenceEntry(indent);
      if (this.indent > indent) outside(); // js-yaml: bad indentation of a sequence entry
    } while (this.indent === indent && this.isSequenceEntry(this.pos));
    this.close();
  }

  private sequenceEntry(indent: number): void {
    const i = this.readAnchor(this.skipSpaces(this.pos + 1));
    if (this.atLineEnd(i)) {
      this.endLine(i);
      if (this.indent <= indent) return this.emptyScalar();
      return this.node(indent);
    }
    this.pos = i;
    // After an anchor, js-yaml reads `key: value` on the same line as a mapping whose key has the anchor: leave that out.
    if (this.anchorStart >= 0) this.inlineNode(indent + 1);
    else this.node(indent);
  }

  /** js-yaml's readBlockMapping: `pos` is on the first key, in column `indent`; readKey has read it and found its colon. */
  private blockMapping(indent: number, colon: number): void {
    this.open(EVENT_ID.MAPPING, COLLECTION_STYLE.BLOCK);
    for (;;) {
      this.pushScalar();
      this.mappingValue(indent, colon + 1);
      if (this.indent !== indent) break;
      colon = this.readKey(this.pos);
      if (colon < 0) outside(); // a `- ` or anything else at the mapping's indentation is an error
    }
    if (this.indent > indent) outside(); // js-yaml: bad indentation of a mapping entry
    this.close();
  }

  /** The value after a key's colon at `i` (js-yaml's parseNode for a mapping value). */
  private mappingValue(indent: number, i: number): void {
    i = this.readAnchor(this.skipSpaces(i));
    if (!this.atLineEnd(i)) {
      this.pos = i;
      return this.inlineNode(indent + 1); // no block collection can start on the key's line
    }
    this.endLine(i);
    if (this.indent > indent) this.node(indent);
    else if (this.indent === indent && this.isSequenceEntry(this.pos)) this.blockSequence(indent);
    else this.emptyScalar();
  }

  /**
   * Reads the key candidate at `i` into the scalar fields and returns the position of the colon after
   * it, or -1 when it is not followed by one (a list item's scalar, say: js-yaml reads those as
   * candidate keys too, with the same result).
   */
  private readKey(i: number): number {
    const c = this.code(i);
    let after;
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) after = this.skipSpaces(this.quoted(i));
    else if (this.canStartPlain(i, false)) after = this.plain(i, false);
    else return -1;
    if (this.code(after) !== COLON) return -1;
    if (!this.isBlankOrEnd(this.code(after + 1))) outside(); // js-yaml: whitespace expected after the colon
    return after;
  }

  /** A node that cannot be a block collection; `indent`: js-yaml's indentation for it, one more than its parent's. */
  private inlineNode(indent: number): void {
    const c = this.code(this.pos);
    if (c === LEFT_BRACKET || c === LEFT_BRACE) {
      this.endLine(this.flowCollection());
    } else if (c === PIPE || c === GREATER) {
      this.blockScalar(indent);
    } else if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) {
      const after = this.quoted(this.pos);
      this.pushScalar();
      this.endLine(after);
    } else if (c === ASTERISK) {
      this.alias();
    } else if (this.canStartPlain(this.pos, false)) {
      this.plainValue(indent);
    } else {
      outside();
    }
  }

  /** An anchor (`&name`) at `i`, if there is one, for the next node; returns the position after it and its spaces. */
  private readAnchor(i: number): number {
    if (this.code(i) !== AMPERSAND) return i;
    const end = this.nameEnd(i + 1);
    if (end === i + 1 || !this.isBlankOrEnd(this.code(end))) outside(); // no name, or a flow collection right after it
    this.anchorStart = i + 1;
    this.anchorEnd = end;
    return this.skipSpaces(end);
  }

  private alias(): void {
    if (this.anchorStart >= 0) outside(); // js-yaml: an alias cannot have properties
    const start = this.pos + 1;
    const end = this.nameEnd(start);
    if (end === start) outside();
    this.sink.alias(start, end);
    this.endLine(end);
  }

  /** The end of an anchor's or alias's name starting at `i` (js-yaml's readAnchorProperty, readAlias). */
  private nameEnd(i: number): number {
    for (let c = this.code(i); !this.isBlankOrEnd(c) && !inSet(FLOW_INDICATORS, c); c = this.code(++i));
    return i;
  }

  private plainValue(indent: number): void {
    const stop = this.plain(this.pos, false);
    const c = this.code(stop);
    if (c === COLON) outside(); // `a: b: c`, an error
    if (c === HASH) {
      this.pushScalar();
      return this.seekContent(this.lineEnd(stop));
    }
    this.seekContent(stop);
    if (this.lineStart === stop + 1 && this.pos < this.length) {
      // The next line has content (the common case): js-yaml would read it as more of the scalar if it were indented enough.
      if (this.pos - this.lineStart >= indent) outside(); // a multi-line plain scalar
    } else if (this.continuesBelow(stop, indent)) {
      this.scalarFast = false;
    }
    this.pushScalar();
  }

  /**
   * Whether js-yaml reads past the end of the plain scalar's line at `i`: it does when the next
   * non-blank line is indented at least `indent`. That is only in the subset when the line is a comment
   * (or spaces ending the text): the value is the same, but the event is no longer `fast`.
   */
  private continuesBelow(i: number, indent: number): boolean {
    if (this.code(i) === END) return false;
    let column;
    let c;
    do {
      column = 0;
      while (this.code(++i) === SPACE) column++;
      c = this.code(i);
    } while (c === LF);
    if (column < indent) return false;
    if (c !== HASH && c !== END) outside(); // a multi-line plain scalar
    return true;
  }

  /**
   * Scans the plain scalar at `start` (js-yaml's readPlainScalar, up to the end of the line) into the
   * scalar fields; returns where it stopped: at a colon that ends a key, a comment, a flow indicator
   * in a flow collection, or the end of the line.
   */
  private plain(start: number, inFlow: boolean): number {
    const text = this.text;
    let stop;
    if (inFlow) {
      stop = this.flowPlainStop(start);
    } else {
      // Outside flow collections only `: `, ` #` and the line break end it: found with indexOf, which is
      // much faster than looking at each character, and this is where the parser spends most of its time.
      stop = this.lineEnd(start);
      for (let colon = this.colons.next(start); colon < stop; colon = this.colons.next(colon + 1)) {
        if (this.isBlankOrEnd(text.charCodeAt(colon + 1))) {
          stop = colon;
          break;
        }
      }
      for (let hash = this.hashes.next(start); hash < stop; hash = this.hashes.next(hash + 1)) {
        if (text.charCodeAt(hash - 1) === SPACE) {
          stop = hash;
          break;
        }
      }
    }
    let end = stop;
    while (end > start && text.charCodeAt(end - 1) === SPACE) end--;
    if (end === start) outside(); // `: x`, an explicit empty key
    this.setScalar(start, end, SCALAR_STYLE.PLAIN, true);
    return stop;
  }

  /** Where a plain scalar at `start` in a flow collection ends: at a `:` before a blank or flow indicator, a ` #`, a flow indicator, or the line's end. */
  private flowPlainStop(start: number): number {
    const text = this.text;
    for (let i = start; ; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || c === END || inSet(FLOW_INDICATORS, c)) return i;
      if (c === COLON) {
        const next = text.charCodeAt(i + 1);
        if (this.isBlankOrEnd(next) || inSet(FLOW_INDICATORS, next)) return i;
      } else if (c === HASH && text.charCodeAt(i - 1) === SPACE) {
        return i;
      }
    }
  }

  /** Scans the one-line quoted scalar opening at `open` into the scalar fields; returns the position after its closing quote. */
  private quoted(open: number): number {
    const text = this.text;
    const quote = text.charCodeAt(open);
    let simple = true;
    let i = open + 1;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === DOUBLE_QUOTE || text.charCodeAt(i + 1) !== SINGLE_QUOTE) break;
        simple = false; // '' inside single quotes
        i += 2;
      } else if (c === LF || c === END) {
        outside(); // a multi-line or unterminated quoted scalar
      } else if (c === BACKSLASH && quote === DOUBLE_QUOTE) {
        simple = false;
        i = this.skipEscape(i);
      } else {
        i++;
      }
    }
    this.setScalar(open + 1, i, quote === SINGLE_QUOTE ? SCALAR_STYLE.SINGLE_QUOTED : SCALAR_STYLE.DOUBLE_QUOTED, simple);
    return i + 1;
  }

  /** The escape sequence at `i` (a backslash), checked as js-yaml's readDoubleQuotedScalar does; returns the position after it. */
  private skipEscape(i: number): number {
    const c = this.code(i + 1);
    if (inSet(SIMPLE_ESCAPES, c)) return i + 2;
    const digits = c === 0x78 ? 2 : c === 0x75 ? 4 : c === 0x55 ? 8 : 0; // \x \u \U
    if (digits === 0) outside(); // an unknown escape, or a line break (multi-line)
    for (let k = i + 2; k < i + 2 + digits; k++) if (!inSet(HEX_DIGITS, this.code(k))) outside();
    return i + 2 + digits;
  }

  /**
   * js-yaml's readBlockScalar without an explicit indentation indicator. `parentIndent` is the node
   * indentation js-yaml passes: content must be indented at least that much. The value's range runs
   * from the line after the header to the end of the last content or blank line.
   */
  private blockScalar(parentIndent: number): void {
    const text = this.text;
    const style = this.code(this.pos) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let i = this.pos + 1;
    let chomping: ChompingMode = CHOMPING_MODE.CLIP;
    const indicator = this.code(i);
    if (indicator === PLUS || indicator === DASH) {
      chomping = indicator === PLUS ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      i++;
    }
    i = this.skipSpaces(i);
    if (!this.atLineEnd(i)) outside(); // an indentation indicator, or anything else on the header line
    i = this.lineEnd(i);
    if (text.charCodeAt(i) === LF) i++;
    const valueStart = i;
    let valueEnd = i;
    let contentIndent = -1;
    let leadingBlankIndent = 0;
    while (i < this.length) {
      let column = 0;
      while (text.charCodeAt(i + column) === SPACE) column++;
      const first = text.charCodeAt(i + column);
      if (first === END) {
        if (column > Math.max(contentIndent, 0)) valueEnd = i + column;
        break;
      }
      if (column === 0 && isMarker(text, i)) break;
      if (first === LF) {
        if (contentIndent === -1) leadingBlankIndent = Math.max(leadingBlankIndent, column);
      } else if (contentIndent === -1) {
        if (column >= parentIndent && column < leadingBlankIndent) outside(); // js-yaml: bad indentation
        if (column < parentIndent) break;
        contentIndent = column;
      } else if (column < contentIndent) {
        break;
      }
      i = this.lineEnd(i + column);
      valueEnd = i;
      if (text.charCodeAt(i) === LF) valueEnd = ++i;
    }
    this.setScalar(valueStart, valueEnd, style, false);
    this.pushScalar(chomping, contentIndent);
    this.seekContent(i);
  }

  /** `{}` or a one-line flow sequence of scalars at `pos`; returns the position after its closing bracket. */
  private flowCollection(): number {
    const mapping = this.code(this.pos) === LEFT_BRACE;
    this.open(mapping ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, COLLECTION_STYLE.FLOW);
    let i = this.skipSpaces(this.pos + 1);
    if (!mapping) i = this.flowEntries(i);
    if (this.code(i) !== (mapping ? RIGHT_BRACE : RIGHT_BRACKET)) outside();
    this.close();
    return i + 1;
  }

  /** The scalars of a flow sequence, from its first entry at `i`; returns the position after them (and their commas). */
  private flowEntries(i: number): number {
    while (this.code(i) !== RIGHT_BRACKET) {
      const c = this.code(i);
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) i = this.quoted(i);
      else if (this.canStartPlain(i, true)) i = this.plain(i, true);
      else outside();
      this.pushScalar();
      i = this.skipSpaces(i);
      if (this.code(i) !== COMMA) break; // the caller expects `]`: a `:` (a pair), comment or line break is not
      i = this.skipSpaces(i + 1);
    }
    return i;
  }

  /**
   * Moves `pos` to the first character of the next line with content, past blank and comment lines
   * (js-yaml's skipSeparationSpace), and sets `indent`. `i`: a line start, or a line's end.
   */
  private seekContent(i: number): void {
    const text = this.text;
    let lineStart = i;
    for (;;) {
      i = this.skipSpaces(i);
      if (text.charCodeAt(i) === HASH) i = this.lineEnd(i);
      if (text.charCodeAt(i) !== LF) break;
      lineStart = ++i;
    }
    this.pos = i;
    this.lineStart = lineStart;
    this.indent = i >= this.length || (i === lineStart && isMarker(text, i)) ? NONE : i - lineStart;
  }

  /** After a node that must end its line: only spaces and a comment may follow. */
  private endLine(i: number): void {
    i = this.skipSpaces(i);
    if (!this.atLineEnd(i)) outside();
    this.seekContent(this.lineEnd(i));
  }

  /** Whether `i` (after spaces) is the end of the line's content: a line break, the end, or a comment (which needs a space before it). */
  private atLineEnd(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return c === LF || c === END || (c === HASH && this.text.charCodeAt(i - 1) === SPACE);
  }

  private isSequenceEntry(i: number): boolean {
    return this.text.charCodeAt(i) === DASH && this.isBlankOrEnd(this.text.charCodeAt(i + 1));
  }

  private canStartPlain(i: number, inFlow: boolean): boolean {
    const c = this.text.charCodeAt(i);
    if (inSet(NOT_PLAIN_START, c)) return false;
    if (c !== DASH && c !== QUESTION) return true;
    const next = this.text.charCodeAt(i + 1);
    return !(this.isBlankOrEnd(next) || (inFlow && inSet(FLOW_INDICATORS, next)));
  }

  private isBlankOrEnd(c: number): boolean {
    return c === SPACE || c === LF || c === END;
  }

  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** The position of the line break ending the line `i` is on, or the end of the text. */
  private lineEnd(i: number): number {
    return this.lineEnds.next(i);
  }

  private code(i: number): number {
    return this.text.charCodeAt(i);
  }

  private setScalar(start: number, end: number, style: ScalarStyle, fast: boolean): void {
    this.scalarStart = start;
    this.scalarEnd = end;
    this.scalarStyle = style;
    this.scalarFast = fast;
  }

  private pushScalar(chomping: ChompingMode = CHOMPING_MODE.CLIP, indent = -1): void {
    this.sink.scalar(this.scalarStart, this.scalarEnd, this.scalarStyle, this.scalarFast, chomping, indent, this.anchorStart, this.anchorEnd);
    this.anchorStart = this.anchorEnd = -1;
  }

  /** A missing value (`key:` with nothing after it, an empty document), as js-yaml's addEmptyScalarEvent. */
  private emptyScalar(): void {
    this.setScalar(-1, -1, SCALAR_STYLE.PLAIN, false);
    this.pushScalar();
  }

  private open(type: CollectionType, style: CollectionStyle): void {
    if (++this.depth > this.maxDepth - DEPTH_MARGIN) outside(); // js-yaml decides: it may report the nesting
    this.sink.startCollection(type, style, this.pos, this.anchorStart, this.anchorEnd);
    this.anchorStart = this.anchorEnd = -1;
  }

  private close(): void {
    this.depth--;
    this.sink.endCollection();
  }
}

/** A `---` or `...` line (js-yaml's testDocumentSeparator) at `i`, a line start. */
function isMarker(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c !== DASH && c !== DOT) || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  const next = text.charCodeAt(i + 3);
  return next === SPACE || next === LF || next === END;
}
