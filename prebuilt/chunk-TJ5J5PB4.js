import {
  defaultSchemaDir,
  readSchemaIndex
} from "./chunk-EYBKWDWE.js";

// src/load/decode.ts
var SNIFF_BYTES = 8e3;
function decodeSource(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const encoding = bytes[0] === 255 ? "utf-16le" : "utf-16be";
    try {
      return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)) };
    } catch {
      return { ok: false, message: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}; save it as UTF-8` };
    }
  }
  const sniffed = bytes.subarray(0, SNIFF_BYTES);
  if (sniffed.includes(0)) {
    return { ok: false, message: "this is a binary file (it contains NUL bytes), not a YAML or JSON manifest; exclude it or fix the path" };
  }
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(start)) };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const position = positionOfByte(bytes, start, offset);
    return {
      ok: false,
      message: `invalid UTF-8 byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at line ${position.line}, column ${position.column}; Kubernetes reads manifests as UTF-8: re-save the file as UTF-8`,
      position
    };
  }
}
function firstInvalidUtf8(bytes, start) {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 128 ? 1 : b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
    }
    const sequence = bytes.subarray(i, i + length);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(sequence);
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length - 1;
}
function positionOfByte(bytes, start, offset) {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < offset; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}

// src/load/parse.ts
import {
  Schema,
  loadAll,
  strTag,
  seqTag,
  mapTag,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  mergeTag
} from "js-yaml";
import { createRequire } from "node:module";

// src/load/construct.ts
import {
  EVENT_ID as EVENT_ID2,
  SCALAR_STYLE as SCALAR_STYLE2,
  getScalarValue,
  parseEvents
} from "js-yaml";

// src/load/fast-yaml.ts
import {
  CHOMPING_MODE,
  COLLECTION_STYLE,
  EVENT_ID,
  SCALAR_STYLE
} from "js-yaml";
function parseSubset(text, sink, maxDepth = 100) {
  if (maxDepth <= DEPTH_MARGIN || hasUnsupportedCharacters(text)) return false;
  return within(() => new SubsetParser(text, maxDepth, sink).parse());
}
function parseSubsetDocument(text, offset, maxDepth = 100) {
  const sink = new EventSink();
  if (maxDepth <= DEPTH_MARGIN || offset < 0 || offset >= text.length) return void 0;
  return within(() => new SubsetParser(text, maxDepth, sink).parseDocumentAt(offset)) && sink.events.length > 0 ? sink.events : void 0;
}
function within(parse) {
  try {
    parse();
    return true;
  } catch (error) {
    if (error === OUTSIDE) return false;
    throw error;
  }
}
function parseFastSubset(text, maxDepth = 100) {
  const sink = new EventSink();
  return parseSubset(text, sink, maxDepth) ? sink.events : void 0;
}
var EventSink = class {
  events = [];
  document;
  startDocument(explicitStart) {
    this.document = { type: EVENT_ID.DOCUMENT, explicitStart, explicitEnd: false, directives: [] };
    this.events.push(this.document);
  }
  endDocument(explicitEnd) {
    this.document.explicitEnd = explicitEnd;
    this.events.push({ type: EVENT_ID.POP });
  }
  startCollection(type, style, start, anchorStart, anchorEnd) {
    this.events.push({ type, start, anchorStart, anchorEnd, tagStart: -1, tagEnd: -1, style });
  }
  endCollection() {
    this.events.push({ type: EVENT_ID.POP });
  }
  scalar(valueStart, valueEnd, style, fast, chomping, indent, anchorStart, anchorEnd) {
    this.events.push({ type: EVENT_ID.SCALAR, valueStart, valueEnd, anchorStart, anchorEnd, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
  }
  alias(anchorStart, anchorEnd) {
    this.events.push({ type: EVENT_ID.ALIAS, anchorStart, anchorEnd });
  }
};
var UNSUPPORTED_CHARACTERS = /[\0-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;
var UNSUPPORTED_CODE_POINTS = /[\0-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/u;
function hasUnsupportedCharacters(text) {
  return UNSUPPORTED_CHARACTERS.test(text) && UNSUPPORTED_CODE_POINTS.test(text);
}
var ForwardSearch = class {
  constructor(text, needle, none) {
    this.text = text;
    this.needle = needle;
    this.none = none;
  }
  text;
  needle;
  none;
  from = 0;
  at = -1;
  next(i) {
    if (i < this.from || i > this.at) {
      const found = this.text.indexOf(this.needle, i);
      this.from = i;
      this.at = found < 0 ? this.none : found;
    }
    return this.at;
  }
};
var OUTSIDE = new Error("outside the YAML subset");
function outside() {
  throw OUTSIDE;
}
var DEPTH_MARGIN = 3;
var NONE = -1;
var END = 0;
var LF = 10;
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var AMPERSAND = 38;
var SINGLE_QUOTE = 39;
var ASTERISK = 42;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var COLON = 58;
var GREATER = 62;
var QUESTION = 63;
var LEFT_BRACKET = 91;
var BACKSLASH = 92;
var RIGHT_BRACKET = 93;
var LEFT_BRACE = 123;
var PIPE = 124;
var RIGHT_BRACE = 125;
var NOT_PLAIN_START = charSet("\0 \n#&*!|>'\"%@`,[]{}");
var FLOW_INDICATORS = charSet(",[]{}");
var SIMPLE_ESCAPES = charSet('0abtnvfre "/\\N_LP	');
var HEX_DIGITS = charSet("0123456789abcdefABCDEF");
function charSet(chars) {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}
function inSet(set, c) {
  return c < 128 && set[c] === 1;
}
var SubsetParser = class {
  constructor(text, maxDepth, sink) {
    this.maxDepth = maxDepth;
    this.sink = sink;
    this.text = [text, "\0"].join("");
    this.length = text.length;
    this.colons = new ForwardSearch(this.text, ":", this.length);
    this.hashes = new ForwardSearch(this.text, "#", this.length);
    this.lineEnds = new ForwardSearch(this.text, "\n", this.length);
  }
  maxDepth;
  sink;
  text;
  length;
  /** The next token: after seekContent, the first character of a line with content. */
  pos = 0;
  lineStart = 0;
  /** Indentation of the line `pos` is on, or NONE. */
  indent = 0;
  depth = 0;
  /** The scalar the last scan read, pushed by pushScalar once the caller knows where it belongs. */
  scalarStart = 0;
  scalarEnd = 0;
  scalarStyle = SCALAR_STYLE.PLAIN;
  scalarFast = true;
  /** An anchor read before a node, for the node's event. */
  anchorStart = -1;
  anchorEnd = -1;
  /** The next `:`, `#` and line break: a plain scalar ends at one of them, and finding them with indexOf is much faster than looking at each character. */
  colons;
  hashes;
  lineEnds;
  parse() {
    this.seekContent(0);
    while (this.pos < this.length) this.document();
  }
  parseDocumentAt(offset) {
    this.seekContent(offset);
    if (this.pos < this.length) this.document();
  }
  /** js-yaml's readDocument. `pos` is on the document's first line with content. */
  document() {
    const offset = this.lineStart;
    let explicitStart = false;
    if (this.indent === NONE) {
      const dots = this.code(this.pos) === DOT;
      this.endLine(this.pos + 3);
      if (dots) return;
      explicitStart = true;
    }
    this.sink.startDocument(explicitStart, offset);
    if (this.indent === NONE) this.emptyScalar();
    else if (this.indent === 0) this.node(-1, false);
    else outside();
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
  node(parent, scalarAllowed = true) {
    const column = this.pos - this.lineStart;
    if (this.isSequenceEntry(this.pos)) return this.blockSequence(column);
    const colon = this.readKey(this.pos);
    if (colon >= 0) return this.blockMapping(column, colon);
    if (!scalarAllowed) outside();
    this.inlineNode(parent + 1);
  }
  /** js-yaml's readBlockSequence: `pos` is on the first `-`, in column `indent`. */
  blockSequence(indent) {
    this.open(EVENT_ID.SEQUENCE, COLLECTION_STYLE.BLOCK);
    do {
      this.sequenceEntry(indent);
      if (this.indent > indent) outside();
    } while (this.indent === indent && this.isSequenceEntry(this.pos));
    this.close();
  }
  sequenceEntry(indent) {
    const i = this.readAnchor(this.skipSpaces(this.pos + 1));
    if (this.atLineEnd(i)) {
      this.endLine(i);
      if (this.indent <= indent) return this.emptyScalar();
      return this.node(indent);
    }
    this.pos = i;
    if (this.anchorStart >= 0) this.inlineNode(indent + 1);
    else this.node(indent);
  }
  /** js-yaml's readBlockMapping: `pos` is on the first key, in column `indent`; readKey has read it and found its colon. */
  blockMapping(indent, colon) {
    this.open(EVENT_ID.MAPPING, COLLECTION_STYLE.BLOCK);
    for (; ; ) {
      this.pushScalar();
      this.mappingValue(indent, colon + 1);
      if (this.indent !== indent) break;
      colon = this.readKey(this.pos);
      if (colon < 0) outside();
    }
    if (this.indent > indent) outside();
    this.close();
  }
  /** The value after a key's colon at `i` (js-yaml's parseNode for a mapping value). */
  mappingValue(indent, i) {
    i = this.readAnchor(this.skipSpaces(i));
    if (!this.atLineEnd(i)) {
      this.pos = i;
      return this.inlineNode(indent + 1);
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
  readKey(i) {
    const c = this.code(i);
    let after;
    if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) after = this.skipSpaces(this.quoted(i));
    else if (this.canStartPlain(i, false)) after = this.plain(i, false);
    else return -1;
    if (this.code(after) !== COLON) return -1;
    if (!this.isBlankOrEnd(this.code(after + 1))) outside();
    return after;
  }
  /** A node that cannot be a block collection; `indent`: js-yaml's indentation for it, one more than its parent's. */
  inlineNode(indent) {
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
  readAnchor(i) {
    if (this.code(i) !== AMPERSAND) return i;
    const end = this.nameEnd(i + 1);
    if (end === i + 1 || !this.isBlankOrEnd(this.code(end))) outside();
    this.anchorStart = i + 1;
    this.anchorEnd = end;
    return this.skipSpaces(end);
  }
  alias() {
    if (this.anchorStart >= 0) outside();
    const start = this.pos + 1;
    const end = this.nameEnd(start);
    if (end === start) outside();
    this.sink.alias(start, end);
    this.endLine(end);
  }
  /** The end of an anchor's or alias's name starting at `i` (js-yaml's readAnchorProperty, readAlias). */
  nameEnd(i) {
    for (let c = this.code(i); !this.isBlankOrEnd(c) && !inSet(FLOW_INDICATORS, c); c = this.code(++i)) ;
    return i;
  }
  plainValue(indent) {
    const stop = this.plain(this.pos, false);
    const c = this.code(stop);
    if (c === COLON) outside();
    if (c === HASH) {
      this.pushScalar();
      return this.seekContent(this.lineEnd(stop));
    }
    this.seekContent(stop);
    if (this.lineStart === stop + 1 && this.pos < this.length) {
      if (this.pos - this.lineStart >= indent) outside();
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
  continuesBelow(i, indent) {
    if (this.code(i) === END) return false;
    let column;
    let c;
    do {
      column = 0;
      while (this.code(++i) === SPACE) column++;
      c = this.code(i);
    } while (c === LF);
    if (column < indent) return false;
    if (c !== HASH && c !== END) outside();
    return true;
  }
  /**
   * Scans the plain scalar at `start` (js-yaml's readPlainScalar, up to the end of the line) into the
   * scalar fields; returns where it stopped: at a colon that ends a key, a comment, a flow indicator
   * in a flow collection, or the end of the line.
   */
  plain(start, inFlow) {
    const text = this.text;
    let stop;
    if (inFlow) {
      stop = this.flowPlainStop(start);
    } else {
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
    if (end === start) outside();
    this.setScalar(start, end, SCALAR_STYLE.PLAIN, true);
    return stop;
  }
  /** Where a plain scalar at `start` in a flow collection ends: at a `:` before a blank or flow indicator, a ` #`, a flow indicator, or the line's end. */
  flowPlainStop(start) {
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
  quoted(open) {
    const text = this.text;
    const quote = text.charCodeAt(open);
    let simple = true;
    let i = open + 1;
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === quote) {
        if (quote === DOUBLE_QUOTE || text.charCodeAt(i + 1) !== SINGLE_QUOTE) break;
        simple = false;
        i += 2;
      } else if (c === LF || c === END) {
        outside();
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
  skipEscape(i) {
    const c = this.code(i + 1);
    if (inSet(SIMPLE_ESCAPES, c)) return i + 2;
    const digits = c === 120 ? 2 : c === 117 ? 4 : c === 85 ? 8 : 0;
    if (digits === 0) outside();
    for (let k = i + 2; k < i + 2 + digits; k++) if (!inSet(HEX_DIGITS, this.code(k))) outside();
    return i + 2 + digits;
  }
  /**
   * js-yaml's readBlockScalar without an explicit indentation indicator. `parentIndent` is the node
   * indentation js-yaml passes: content must be indented at least that much. The value's range runs
   * from the line after the header to the end of the last content or blank line.
   */
  blockScalar(parentIndent) {
    const text = this.text;
    const style = this.code(this.pos) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    let i = this.pos + 1;
    let chomping = CHOMPING_MODE.CLIP;
    const indicator = this.code(i);
    if (indicator === PLUS || indicator === DASH) {
      chomping = indicator === PLUS ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      i++;
    }
    i = this.skipSpaces(i);
    if (!this.atLineEnd(i)) outside();
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
        if (column >= parentIndent && column < leadingBlankIndent) outside();
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
  flowCollection() {
    const mapping = this.code(this.pos) === LEFT_BRACE;
    this.open(mapping ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, COLLECTION_STYLE.FLOW);
    let i = this.skipSpaces(this.pos + 1);
    if (!mapping) i = this.flowEntries(i);
    if (this.code(i) !== (mapping ? RIGHT_BRACE : RIGHT_BRACKET)) outside();
    this.close();
    return i + 1;
  }
  /** The scalars of a flow sequence, from its first entry at `i`; returns the position after them (and their commas). */
  flowEntries(i) {
    while (this.code(i) !== RIGHT_BRACKET) {
      const c = this.code(i);
      if (c === SINGLE_QUOTE || c === DOUBLE_QUOTE) i = this.quoted(i);
      else if (this.canStartPlain(i, true)) i = this.plain(i, true);
      else outside();
      this.pushScalar();
      i = this.skipSpaces(i);
      if (this.code(i) !== COMMA) break;
      i = this.skipSpaces(i + 1);
    }
    return i;
  }
  /**
   * Moves `pos` to the first character of the next line with content, past blank and comment lines
   * (js-yaml's skipSeparationSpace), and sets `indent`. `i`: a line start, or a line's end.
   */
  seekContent(i) {
    const text = this.text;
    let lineStart = i;
    for (; ; ) {
      i = this.skipSpaces(i);
      if (text.charCodeAt(i) === HASH) i = this.lineEnd(i);
      if (text.charCodeAt(i) !== LF) break;
      lineStart = ++i;
    }
    this.pos = i;
    this.lineStart = lineStart;
    this.indent = i >= this.length || i === lineStart && isMarker(text, i) ? NONE : i - lineStart;
  }
  /** After a node that must end its line: only spaces and a comment may follow. */
  endLine(i) {
    i = this.skipSpaces(i);
    if (!this.atLineEnd(i)) outside();
    this.seekContent(this.lineEnd(i));
  }
  /** Whether `i` (after spaces) is the end of the line's content: a line break, the end, or a comment (which needs a space before it). */
  atLineEnd(i) {
    const c = this.text.charCodeAt(i);
    return c === LF || c === END || c === HASH && this.text.charCodeAt(i - 1) === SPACE;
  }
  isSequenceEntry(i) {
    return this.text.charCodeAt(i) === DASH && this.isBlankOrEnd(this.text.charCodeAt(i + 1));
  }
  canStartPlain(i, inFlow) {
    const c = this.text.charCodeAt(i);
    if (inSet(NOT_PLAIN_START, c)) return false;
    if (c !== DASH && c !== QUESTION) return true;
    const next = this.text.charCodeAt(i + 1);
    return !(this.isBlankOrEnd(next) || inFlow && inSet(FLOW_INDICATORS, next));
  }
  isBlankOrEnd(c) {
    return c === SPACE || c === LF || c === END;
  }
  skipSpaces(i) {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
  /** The position of the line break ending the line `i` is on, or the end of the text. */
  lineEnd(i) {
    return this.lineEnds.next(i);
  }
  code(i) {
    return this.text.charCodeAt(i);
  }
  setScalar(start, end, style, fast) {
    this.scalarStart = start;
    this.scalarEnd = end;
    this.scalarStyle = style;
    this.scalarFast = fast;
  }
  pushScalar(chomping = CHOMPING_MODE.CLIP, indent = -1) {
    this.sink.scalar(this.scalarStart, this.scalarEnd, this.scalarStyle, this.scalarFast, chomping, indent, this.anchorStart, this.anchorEnd);
    this.anchorStart = this.anchorEnd = -1;
  }
  /** A missing value (`key:` with nothing after it, an empty document), as js-yaml's addEmptyScalarEvent. */
  emptyScalar() {
    this.setScalar(-1, -1, SCALAR_STYLE.PLAIN, false);
    this.pushScalar();
  }
  open(type, style) {
    if (++this.depth > this.maxDepth - DEPTH_MARGIN) outside();
    this.sink.startCollection(type, style, this.pos, this.anchorStart, this.anchorEnd);
    this.anchorStart = this.anchorEnd = -1;
  }
  close() {
    this.depth--;
    this.sink.endCollection();
  }
};
function isMarker(text, i) {
  const c = text.charCodeAt(i);
  if (c !== DASH && c !== DOT || text.charCodeAt(i + 1) !== c || text.charCodeAt(i + 2) !== c) return false;
  const next = text.charCodeAt(i + 3);
  return next === SPACE || next === LF || next === END;
}

// src/load/construct.ts
function constructFast(text, schema, maxDepth, maxAliases) {
  const builder = new ValueBuilder(text, schema, maxAliases);
  try {
    if (parseSubset(text, builder, maxDepth)) return { documents: builder.documents, offsets: builder.offsets, jsonSafe: builder.jsonSafe };
    let events;
    try {
      events = parseEvents(text, { maxDepth });
    } catch {
      return void 0;
    }
    const replayed = new ValueBuilder(text, schema, maxAliases);
    replay(events, replayed);
    return { documents: replayed.documents, jsonSafe: replayed.jsonSafe };
  } catch (error) {
    if (error === UNSUPPORTED) return void 0;
    throw error;
  }
}
var UNSUPPORTED = new Error("left to js-yaml loadAll");
function unsupported() {
  throw UNSUPPORTED;
}
function replay(events, sink) {
  let depth = 0;
  let explicitEnd = false;
  for (const event of events) {
    switch (event.type) {
      case EVENT_ID2.DOCUMENT:
        if (depth !== 0) unsupported();
        explicitEnd = event.explicitEnd;
        sink.startDocument(event.explicitStart, -1);
        depth = 1;
        break;
      case EVENT_ID2.MAPPING:
      case EVENT_ID2.SEQUENCE:
        if (depth === 0 || event.tagStart >= 0) unsupported();
        sink.startCollection(event.type, event.style, event.start, event.anchorStart, event.anchorEnd);
        depth++;
        break;
      case EVENT_ID2.SCALAR:
        if (depth === 0 || event.tagStart >= 0) unsupported();
        sink.scalar(event.valueStart, event.valueEnd, event.style, event.fast, event.chomping, event.indent, event.anchorStart, event.anchorEnd);
        break;
      case EVENT_ID2.ALIAS:
        if (depth === 0) unsupported();
        sink.alias(event.anchorStart, event.anchorEnd);
        break;
      case EVENT_ID2.POP:
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
var KEY_CACHE_SIZE = 512;
var MAX_RESOLVED_LENGTH = 12;
var ValueBuilder = class {
  constructor(text, schema, maxAliases) {
    this.text = text;
    this.schema = schema;
    this.maxAliases = maxAliases;
  }
  text;
  schema;
  maxAliases;
  documents = [];
  offsets = [];
  root = null;
  hasRoot = false;
  map;
  list;
  key;
  parents = [];
  anchors = /* @__PURE__ */ new Map();
  aliases = 0;
  jsonSafe = true;
  /** Values of short plain scalars that are not plain words, as resolved once in this text. */
  resolved = /* @__PURE__ */ new Map();
  /**
   * Mapping keys by a hash of their text. The same few dozen keys repeat in every document; handing V8
   * the same string again spares a copy and, once it is a property name, the lookup that makes it one.
   */
  keyCache = new Array(KEY_CACHE_SIZE).fill("");
  startDocument(_explicitStart, offset) {
    this.offsets.push(offset);
    if (this.anchors.size > 0) this.anchors.clear();
    this.aliases = 0;
    this.root = null;
    this.hasRoot = false;
    this.map = this.list = this.key = void 0;
    this.parents.length = 0;
  }
  endDocument() {
    this.documents.push(this.root);
  }
  startCollection(type, _style, _start, anchorStart, anchorEnd) {
    if (this.map !== void 0 && this.key === void 0) unsupported();
    const container = type === EVENT_ID2.MAPPING ? {} : [];
    if (anchorStart >= 0) this.anchors.set(this.text.slice(anchorStart, anchorEnd), container);
    this.add(container);
    this.parents.push(this.map ?? this.list);
    if (type === EVENT_ID2.MAPPING) {
      this.map = container;
      this.list = void 0;
    } else {
      this.list = container;
      this.map = void 0;
    }
  }
  endCollection() {
    const parent = this.parents.pop();
    if (Array.isArray(parent)) {
      this.list = parent;
      this.map = void 0;
    } else {
      this.map = parent;
      this.list = void 0;
    }
  }
  scalar(valueStart, valueEnd, style, fast, chomping, indent, anchorStart, anchorEnd) {
    const text = this.text;
    const plainWord = fast && style === SCALAR_STYLE2.PLAIN && isPlainWord(text, valueStart, valueEnd);
    if (this.map !== void 0 && this.key === void 0) {
      if (anchorStart >= 0) unsupported();
      let name;
      if (plainWord) {
        name = this.cachedKey(valueStart, valueEnd);
      } else {
        const key = this.value(valueStart, valueEnd, style, fast, chomping, indent);
        name = typeof key === "string" ? key : String(key);
      }
      if (Object.hasOwn(this.map, name)) unsupported();
      this.key = name;
      return;
    }
    const value = plainWord ? text.slice(valueStart, valueEnd) : this.value(valueStart, valueEnd, style, fast, chomping, indent);
    if (anchorStart >= 0) this.anchors.set(text.slice(anchorStart, anchorEnd), value);
    this.add(value);
  }
  alias(anchorStart, anchorEnd) {
    if (this.map !== void 0 && this.key === void 0) unsupported();
    if (++this.aliases > this.maxAliases) unsupported();
    const name = this.text.slice(anchorStart, anchorEnd);
    if (!this.anchors.has(name)) unsupported();
    this.add(this.anchors.get(name));
  }
  /** The key text[start, end), from the cache when it is there. */
  cachedKey(start, end) {
    const text = this.text;
    const length = end - start;
    const slot = length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 3 + text.charCodeAt(start + (length >> 1)) & KEY_CACHE_SIZE - 1;
    const cached = this.keyCache[slot];
    if (cached.length === length) {
      let i = 0;
      while (i < length && cached.charCodeAt(i) === text.charCodeAt(start + i)) i++;
      if (i === length) return cached;
    }
    const key = text.slice(start, end);
    this.keyCache[slot] = key;
    return key;
  }
  add(value) {
    if (this.list !== void 0) {
      this.list.push(value);
    } else if (this.map !== void 0) {
      const name = this.key;
      if (name === "__proto__") Object.defineProperty(this.map, name, { value, enumerable: true, writable: true, configurable: true });
      else this.map[name] = value;
      this.key = void 0;
    } else {
      if (this.hasRoot) unsupported();
      this.root = value;
      this.hasRoot = true;
    }
  }
  /** A scalar's value as js-yaml constructs it: its text (getScalarValue), resolved under YAML 1.1 if it is plain. */
  value(valueStart, valueEnd, style, fast, chomping, indent) {
    const raw = fast ? this.text.slice(valueStart, valueEnd) : getScalarValue(this.text, { type: EVENT_ID2.SCALAR, valueStart, valueEnd, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style, chomping, indent, fast });
    if (style !== SCALAR_STYLE2.PLAIN) return raw;
    if (isPlainWord(raw, 0, raw.length)) return raw;
    if (raw.length > MAX_RESOLVED_LENGTH) return this.resolve(raw);
    let value = this.resolved.get(raw);
    if (value === void 0 && !this.resolved.has(raw)) {
      value = this.resolve(raw);
      this.resolved.set(raw, value);
    }
    return value;
  }
  resolve(raw) {
    const { value, tag } = this.schema.resolveImplicitScalarTag(raw);
    if (tag.tagName === "tag:yaml.org,2002:merge") unsupported();
    if (typeof value === "number" && (!Number.isFinite(value) || Object.is(value, -0))) this.jsonSafe = false;
    return value;
  }
};
var NON_STRING_WORD_START = new Uint8Array(128);
for (const c of "ynftoYNFTO") NON_STRING_WORD_START[c.charCodeAt(0)] = 1;
var LONGEST_NON_STRING_WORD = 5;
function isPlainWord(text, start, end) {
  const code = text.charCodeAt(start);
  return isLetter(code) && (NON_STRING_WORD_START[code] === 0 || end - start > LONGEST_NON_STRING_WORD);
}
function isLetter(code) {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

// src/load/parse.ts
var MAX_DEPTH = 100;
var MAX_ALIASES = 100;
var MAX_EXPANDED_NODES = 1e6;
var KUBERNETES_YAML = new Schema([strTag, seqTag, mapTag, nullYaml11Tag, boolYaml11Tag, intYaml11Tag, floatYaml11Tag, mergeTag]);
function parseYaml(text) {
  const fast = constructFast(text, KUBERNETES_YAML, MAX_DEPTH, MAX_ALIASES);
  let values = fast?.documents;
  if (values === void 0) {
    try {
      values = loadAll(text, { schema: KUBERNETES_YAML, maxDepth: MAX_DEPTH, maxAliases: MAX_ALIASES });
    } catch (error) {
      return parseSlowly(text, error);
    }
  }
  const documents = [];
  const problems = [];
  const mayHaveAliases = text.includes("*");
  values.forEach((value, index) => {
    if (mayHaveAliases && expandedSize(value, /* @__PURE__ */ new Map()) > MAX_EXPANDED_NODES) {
      problems.push(syntaxProblem(index, `YAML aliases in this document expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en")} nodes (an alias bomb); refusing to expand it`));
    } else {
      documents.push({ index, value });
    }
  });
  return fast?.offsets ? { documents, problems, documentOffsets: fast.offsets, jsonSafe: fast.jsonSafe } : { documents, problems };
}
var yamlPackage;
function yamlLib() {
  yamlPackage ??= createRequire(import.meta.url)("yaml");
  return yamlPackage;
}
function parseSlowly(text, fastError) {
  const reason = fastError?.reason ?? "";
  if (/maxDepth|alias/i.test(reason)) {
    const position = fastErrorPosition(fastError);
    return { documents: [], problems: [{ ...syntaxProblem(documentAt(text, position), describeFastError(fastError) ?? reason), ...position ? { position } : {} }] };
  }
  const { LineCounter, parseAllDocuments } = yamlLib();
  const lineCounter = new LineCounter();
  const documents = [];
  const problems = [];
  let parsed;
  try {
    parsed = parseAllDocuments(text, { version: "1.1", uniqueKeys: true, lineCounter, prettyErrors: false, strict: true });
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
      problems.push(syntaxProblem(index, error instanceof RangeError ? `nesting is too deep to read (over ${MAX_DEPTH} levels)` : `cannot read this document: ${error.message}`));
    }
  });
  if (problems.length === 0) {
    const reason2 = describeFastError(fastError);
    if (reason2 !== void 0) {
      const position = fastErrorPosition(fastError);
      problems.push({ ...syntaxProblem(documentAt(text, position), reason2), ...position ? { position } : {} });
      return { documents: [], problems };
    }
  }
  return { documents, problems };
}
function fromYamlError(error, document, text, lineCounter) {
  const [start, end] = error.pos;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(end, start + 1));
  const position = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  return { ...syntaxProblem(document, explain(error, text, start)), position };
}
function explain(error, text, offset) {
  const lineText = lineAt(text, offset);
  if (/^[ ]*\t/.test(lineText) || error.code === "TAB_AS_INDENT") {
    return "tab character used for indentation; YAML allows only spaces: replace the tab with spaces";
  }
  if (error.code === "DUPLICATE_KEY") {
    const key = /^\s*(?:-\s+)?("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(text.slice(offset).split("\n")[0] ?? "")?.[1];
    return `duplicate key${key ? ` "${key.replace(/^["']|["']$/g, "")}"` : ""} in the same mapping; kubectl rejects it: remove or rename one of them`;
  }
  if (error.code === "ALIAS_PROPS" || /alias/i.test(error.message) && /count|exhaust/i.test(error.message)) {
    return `too many YAML alias expansions (limit ${MAX_ALIASES}); refusing to expand a possible alias bomb`;
  }
  return `invalid YAML: ${error.message.split("\n")[0]}`;
}
function describeFastError(error) {
  if (!(error instanceof Error)) return void 0;
  const reason = error.reason ?? error.message;
  if (/maxDepth/.test(reason)) return `nesting is deeper than ${MAX_DEPTH} levels; no Kubernetes object needs that, check the indentation`;
  if (/alias/i.test(reason)) return `too many YAML aliases (limit ${MAX_ALIASES} per document); refusing to expand a possible alias bomb`;
  if (/tab/i.test(reason)) return "tab character used for indentation; YAML allows only spaces: replace the tab with spaces";
  if (/duplicate/i.test(reason)) return "duplicate key in the same mapping; kubectl rejects it: remove or rename one of them";
  return `invalid YAML: ${reason}`;
}
function fastErrorPosition(error) {
  const mark = error.mark;
  if (!mark) return void 0;
  return { line: mark.line + 1, column: mark.column + 1, endLine: mark.line + 1, endColumn: mark.column + 2 };
}
function documentAt(text, position) {
  if (!position) return 0;
  const lines = text.split("\n", position.line - 1);
  let index = 0;
  let begun = false;
  for (const line of lines) {
    if (/^---(\s|$)/.test(line)) {
      if (begun) index++;
      begun = true;
    } else if (line.trim() !== "" && !line.trimStart().startsWith("#")) {
      begun = true;
    }
  }
  return index;
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? text.length : end);
}
function syntaxProblem(document, message) {
  return { ruleId: "yaml-syntax", severity: "error", message, document, path: [] };
}
function expandedSize(value, memo) {
  if (value === null || typeof value !== "object") return 1;
  const known = memo.get(value);
  if (known !== void 0) return known;
  memo.set(value, 1);
  let size = 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    size += expandedSize(child, memo);
    if (size > MAX_EXPANDED_NODES) break;
  }
  memo.set(value, size);
  return size;
}

// src/load/preparse.ts
function preparse(bytes, acceptsOwnSchema) {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return void 0;
  const parsed = parseYaml(decoded.text);
  if (parsed.problems.length > 0 || parsed.documentOffsets === void 0 || parsed.jsonSafe !== true) return void 0;
  const values = parsed.documents.map((document) => document.value);
  const schemaAccepted = acceptsOwnSchema ? values.flatMap((value, index) => acceptsOwnSchema(value) ? [index] : []) : [];
  return { text: decoded.text, json: JSON.stringify(values), documentOffsets: parsed.documentOffsets, schemaAccepted };
}
function parsedOutcome(preparsed) {
  const values = JSON.parse(preparsed.json);
  const documents = values.map((value, index) => ({ index, value }));
  for (const index of preparsed.schemaAccepted) documents[index].schemaAccepted = true;
  return { documents, problems: [], documentOffsets: preparsed.documentOffsets };
}

// src/schema/acceptors.ts
import fs from "node:fs";
import path from "node:path";

// src/load/objects.ts
function extractObjects(documents, options) {
  const out = { objects: [], problems: [], foreign: [] };
  for (const { index, value, schemaAccepted } of documents) {
    if (value === null || value === void 0) continue;
    const first = out.objects.length;
    visit(value, index, [], false, options, out, true);
    const object = out.objects[first];
    if (schemaAccepted === true && object?.value === value) object.schemaAccepted = true;
  }
  return out;
}
function visit(value, document, prefix, templateParams, options, out, topLevel) {
  if (!isRecord(value)) {
    out.problems.push(shapeProblem(document, prefix, `${topLevel ? "this document" : "this item"} is ${describe(value)}, not a Kubernetes object; expected a mapping with apiVersion, kind and metadata`));
    return;
  }
  const apiVersion = value["apiVersion"];
  const kind = value["kind"];
  if (apiVersion === void 0 && kind === void 0 && topLevel && options.skipForeignDocuments) {
    out.foreign.push(document);
    return;
  }
  const missing = [apiVersion === void 0 || apiVersion === "" ? "apiVersion" : "", kind === void 0 || kind === "" ? "kind" : ""].filter(Boolean);
  if (missing.length > 0) {
    out.problems.push(shapeProblem(document, prefix, `missing ${missing.join(" and ")}: every Kubernetes object needs both (e.g. apiVersion: kubevirt.io/v1, kind: VirtualMachine)`));
    return;
  }
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    const field = typeof apiVersion !== "string" ? "apiVersion" : "kind";
    out.problems.push(shapeProblem(document, [...prefix, field], `${field} must be a string, not ${describe(value[field])}`));
    return;
  }
  out.objects.push({ document, prefix, value, ref: refOf(value, apiVersion, kind), apiVersion, kind, templateParams });
  if (kind === "List" || kind.endsWith("List") && Array.isArray(value["items"])) {
    forEachItem(value["items"], (item, i) => visit(item, document, [...prefix, "items", i], templateParams, options, out, false));
  } else if (kind === "Template" && apiVersion.startsWith("template.openshift.io/")) {
    forEachItem(value["objects"], (item, i) => visit(item, document, [...prefix, "objects", i], true, options, out, false));
  }
}
function forEachItem(items, fn) {
  if (Array.isArray(items)) items.forEach((item, i) => fn(item, i));
}
function refOf(value, apiVersion, kind) {
  const ref = { apiVersion, kind };
  const metadata = value["metadata"];
  if (isRecord(metadata)) {
    if (typeof metadata["namespace"] === "string") ref.namespace = metadata["namespace"];
    if (typeof metadata["name"] === "string") ref.name = metadata["name"];
    else if (typeof metadata["generateName"] === "string") ref.name = metadata["generateName"];
  }
  return ref;
}
function shapeProblem(document, path2, message) {
  return { ruleId: "invalid-document", severity: "error", message, document, path: path2 };
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  return `a ${typeof value}`;
}

// src/schema/fast-accept.ts
var STRING = 1;
var NUMBER = 2;
var INTEGER = 4;
var BOOLEAN = 8;
var OBJECT = 16;
var ARRAY = 32;
var NULL = 64;
var TYPE_BITS = { string: STRING, number: NUMBER, integer: INTEGER, boolean: BOOLEAN, object: OBJECT, array: ARRAY, null: NULL };
var ANNOTATIONS = /* @__PURE__ */ new Set(["$schema", "$comment", "definitions", "description", "title", "format", "default", "example", "examples"]);
function emptyNode() {
  return {
    types: 0,
    properties: void 0,
    additional: true,
    required: void 0,
    items: void 0,
    anyOf: void 0,
    enumValues: void 0,
    pattern: void 0,
    minimum: void 0,
    maximum: void 0,
    maxLength: void 0,
    maxItems: void 0,
    unsupported: false
  };
}
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);
var plainName = (name) => !(name in Object.prototype);
function compileAcceptor(schema) {
  const { definitions: defined, ...root } = schema;
  const definitions = isRecord(defined) ? defined : {};
  const byRef = /* @__PURE__ */ new Map();
  const compile = (source) => {
    const node = emptyNode();
    if (!isRecord(source)) {
      node.unsupported = source !== true;
      return node;
    }
    const ref = source.$ref;
    if (ref !== void 0) {
      const name = typeof ref === "string" && ref.startsWith("#/definitions/") ? ref.slice("#/definitions/".length) : void 0;
      if (name === void 0 || !(name in definitions) || Object.keys(source).some((key) => key !== "$ref" && !ANNOTATIONS.has(key))) {
        node.unsupported = true;
        return node;
      }
      let target = byRef.get(name);
      if (target === void 0) {
        target = emptyNode();
        byRef.set(name, target);
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
function applyKeyword(node, keyword, value, compile) {
  switch (keyword) {
    case "type": {
      const names = Array.isArray(value) ? value : [value];
      for (const name of names) {
        const bits = typeof name === "string" ? TYPE_BITS[name] : void 0;
        if (bits === void 0) return false;
        node.types |= bits;
      }
      return true;
    }
    case "properties":
      if (!isRecord(value) || !Object.keys(value).every(plainName)) return false;
      node.properties = new Map(Object.entries(value).map(([name, sub]) => [name, compile(sub)]));
      return true;
    case "additionalProperties":
      node.additional = typeof value === "boolean" ? value : compile(value);
      return true;
    case "required":
      if (!Array.isArray(value) || !value.every((name) => typeof name === "string" && plainName(name))) return false;
      node.required = value;
      return true;
    case "items":
      if (Array.isArray(value)) return false;
      node.items = compile(value);
      return true;
    case "anyOf":
      if (!Array.isArray(value) || value.length === 0) return false;
      node.anyOf = value.map(compile);
      return true;
    case "enum":
      if (!Array.isArray(value) || value.some((v) => v !== null && typeof v === "object")) return false;
      node.enumValues = new Set(value);
      return true;
    case "pattern":
      if (typeof value !== "string") return false;
      try {
        node.pattern = new RegExp(value, "u");
      } catch {
        return false;
      }
      return true;
    case "minimum":
    case "maximum":
    case "maxLength":
    case "maxItems":
      if (!isNumber(value)) return false;
      node[keyword] = value;
      return true;
    default:
      return ANNOTATIONS.has(keyword);
  }
}
function typeBits(value) {
  switch (typeof value) {
    case "string":
      return STRING;
    case "boolean":
      return BOOLEAN;
    case "number":
      return Number.isInteger(value) ? INTEGER | NUMBER : Number.isFinite(value) ? NUMBER : 0;
    case "object":
      return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
    default:
      return 0;
  }
}
var MAX_DEPTH2 = 200;
function accepts(node, value, depth) {
  if (node.unsupported || depth > MAX_DEPTH2) return false;
  const type = typeBits(value);
  if (type === 0) return false;
  if (node.types !== 0 && (node.types & type) === 0) return false;
  if (node.enumValues !== void 0 && !node.enumValues.has(value)) return false;
  if (type === OBJECT) {
    const object = value;
    if (node.required !== void 0) {
      for (const name of node.required) if (object[name] === void 0) return false;
    }
    const properties = node.properties;
    const additional = node.additional;
    for (const key in object) {
      const sub = properties?.get(key);
      if (sub !== void 0) {
        if (!accepts(sub, object[key], depth + 1)) return false;
      } else if (additional === false) {
        return false;
      } else if (additional !== true && !accepts(additional, object[key], depth + 1)) {
        return false;
      }
    }
  } else if (type === ARRAY) {
    const array = value;
    if (node.maxItems !== void 0 && array.length > node.maxItems) return false;
    const items = node.items;
    if (items !== void 0) {
      for (const element of array) if (!accepts(items, element, depth + 1)) return false;
    }
  } else if (type === STRING) {
    const text = value;
    if (node.maxLength !== void 0 && text.length > node.maxLength) return false;
    if (node.pattern !== void 0 && !node.pattern.test(text)) return false;
  } else if ((type & NUMBER) !== 0) {
    const number = value;
    if (node.minimum !== void 0 && number < node.minimum) return false;
    if (node.maximum !== void 0 && number > node.maximum) return false;
  }
  if (node.anyOf !== void 0) {
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

// src/schema/acceptors.ts
function schemaFileReader(schemaDir = defaultSchemaDir()) {
  const cache = /* @__PURE__ */ new Map();
  return (file) => {
    let schema = cache.get(file);
    if (schema === void 0) {
      schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), "utf8"));
      cache.set(file, schema);
    }
    return schema;
  };
}
function createSchemaAcceptors(index = readSchemaIndex(), readSchema = schemaFileReader()) {
  const files = /* @__PURE__ */ new Map();
  for (const entry of index) {
    let kinds = files.get(entry.apiVersion);
    if (kinds === void 0) files.set(entry.apiVersion, kinds = /* @__PURE__ */ new Map());
    kinds.set(entry.kind, entry.file);
  }
  const compiled = /* @__PURE__ */ new Map();
  const forFile = (file) => {
    let accept = compiled.get(file);
    if (accept === void 0) compiled.set(file, accept = compileAcceptor(readSchema(file)));
    return accept;
  };
  return {
    forFile,
    acceptsOwnSchema: (value) => {
      if (!isRecord(value)) return false;
      const { apiVersion, kind } = value;
      if (typeof apiVersion !== "string" || typeof kind !== "string") return false;
      const file = files.get(apiVersion)?.get(kind);
      return file !== void 0 && forFile(file)(value);
    }
  };
}

export {
  parseSubsetDocument,
  parseFastSubset,
  parseYaml,
  decodeSource,
  extractObjects,
  isRecord,
  preparse,
  parsedOutcome,
  schemaFileReader,
  createSchemaAcceptors
};
