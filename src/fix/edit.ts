import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FieldPath, FixOperation, FixValue } from '../core/types.js';
import { isRecord } from '../normalize/values.js';
import { nest, renderBlockEntry, renderBlockMapping, renderFlow, renderKey, renderString, type Quote } from './render.js';

/**
 * One fix operation → text splices at the positions of the YAML nodes it touches, so everything else in
 * the file (comments, quoting, indentation, other documents) stays byte for byte as it was.
 * The `yaml` package's own toString() would re-format the whole document, hence the splices.
 */

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export type EditOutcome = { ok: true; splices: Splice[] } | { ok: false; reason: string };

export interface SourceText {
  text: string;
  /** Line ending to write: the file's own. */
  eol: string;
  /** One level of block indentation as the file writes it. */
  unit: string;
  /** Flow collections are JSON (a .json manifest): quote every key and string. */
  json: boolean;
}

type Collection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>;
type AnyNode = Node | null | undefined;

interface Step {
  container: Collection;
  index: number;
}

interface Walk {
  steps: Step[];
  node: AnyNode;
  /** How many path segments exist. */
  depth: number;
}

export function describeSource(text: string): SourceText {
  return { text, eol: text.includes('\r\n') ? '\r\n' : '\n', unit: ' '.repeat(indentUnit(text)), json: /^\s*[{[]/.test(text) };
}

export function editFor(source: SourceText, doc: Document.Parsed, op: FixOperation): EditOutcome {
  const walked = walk(doc.contents as AnyNode, op.path);
  if (typeof walked === 'string') return fail(walked);
  switch (op.op) {
    case 'set':
      return setValue(source, walked, op.path, op.value);
    case 'delete':
      return walked.depth === op.path.length ? remove(source, walked) : fail('nothing to delete');
    case 'rename':
      return walked.depth === op.path.length ? rename(source, walked, op.to, op.value) : fail('nothing to rename');
  }
}

function fail(reason: string): EditOutcome {
  return { ok: false, reason };
}

/** Follows `path` as far as it exists; a string says why the path cannot be edited safely. */
function walk(root: AnyNode, path: FieldPath): Walk | string {
  const steps: Step[] = [];
  let node = root;
  for (let depth = 0; depth < path.length; depth++) {
    // Editing an anchored node would change every alias of it too, and an alias is not a place to edit.
    if (isAlias(node) || (node && 'anchor' in node && node.anchor)) return 'the path runs through a YAML anchor or alias';
    const segment = path[depth]!;
    let index = -1;
    if (isMap(node) && typeof segment === 'string') index = node.items.findIndex((pair) => keyMatches(pair.key, segment));
    else if (isSeq(node) && typeof segment === 'number') index = segment < node.items.length ? segment : -1;
    if (index < 0) return { steps, node, depth };
    steps.push({ container: node as Collection, index });
    const item = (node as Collection).items[index];
    node = (isPair(item) ? item.value : item) as AnyNode;
  }
  if (isAlias(node) || (node && 'anchor' in node && node.anchor)) return 'the value is a YAML anchor or alias';
  return { steps, node, depth: path.length };
}

function keyMatches(key: unknown, segment: string): boolean {
  return isScalar(key) && (String(key.value) === segment || key.source === segment);
}

function setValue(source: SourceText, walked: Walk, path: FieldPath, value: FixValue): EditOutcome {
  const rest = path.slice(walked.depth);
  if (rest.length === 0) return replace(source, walked, value);
  if (rest.some((segment) => typeof segment !== 'string')) return fail('cannot create list items');
  const keys = rest as string[];
  if (isMap(walked.node)) return insertPairs(source, walked.node, [[keys[0]!, nest(keys.slice(1), value)]]);
  if (isEmptyScalar(walked.node) && walked.steps.length > 0) return replace(source, walked, nest(keys, value));
  return fail(`cannot add ${keys[0]} under a value that is not a mapping`);
}

/** Replaces the value at the end of `walked` (which exists). */
function replace(source: SourceText, walked: Walk, value: FixValue): EditOutcome {
  const step = walked.steps.at(-1);
  if (step === undefined) return fail('cannot replace a whole document');
  const node = walked.node;
  if (isMap(node) && isRecord(value) && Object.keys(value).length > 0) return merge(source, walked, node, value as Record<string, FixValue>);
  if (!isScalar(node)) return fail('can only replace a scalar value');
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return fail('cannot replace a block scalar');
  const [start, end] = node.range!;
  const { container } = step;
  const pair = container.items[step.index];
  if (!container.flow && isMap(container) && isPair(pair) && isRecord(value) && Object.keys(value).length > 0) {
    // `key: null` or `key:` becomes `key:` with the mapping on the lines below.
    const colon = source.text.indexOf(':', (pair.key as Node).range![1]);
    const lines = renderBlockMapping(value as Record<string, FixValue>, indentOf(source.text, (pair.key as Node).range![0]) + source.unit, source.unit);
    return { ok: true, splices: [{ start: colon + 1, end, text: source.eol + lines.join(source.eol) }] };
  }
  const text = typeof value === 'string' ? renderString(value, container.flow && source.json ? 'double' : quoteOf(node.type)) : renderFlow(value, container.flow === true && source.json);
  const spaced = start === end && source.text[start - 1] !== ' ' ? ` ${text}` : text;
  return { ok: true, splices: [{ start, end, text: spaced }] };
}

/** Sets each key of `value` in the existing mapping: existing ones replaced, missing ones added together. */
function merge(source: SourceText, walked: Walk, map: YAMLMap<unknown, unknown>, value: Record<string, FixValue>): EditOutcome {
  const splices: Splice[] = [];
  const missing: [string, FixValue][] = [];
  for (const [key, item] of Object.entries(value)) {
    const index = map.items.findIndex((pair) => keyMatches(pair.key, key));
    if (index < 0) {
      missing.push([key, item]);
      continue;
    }
    const child = map.items[index]!.value as AnyNode;
    if (isAlias(child) || (child && 'anchor' in child && child.anchor)) return fail('the value is a YAML anchor or alias');
    const outcome = replace(source, { steps: [...walked.steps, { container: map, index }], node: child, depth: walked.depth + 1 }, item);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  if (missing.length > 0) {
    const outcome = insertPairs(source, map, missing);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  return { ok: true, splices };
}

function insertPairs(source: SourceText, map: YAMLMap<unknown, unknown>, entries: [string, FixValue][]): EditOutcome {
  const { text, eol } = source;
  const last = map.items.at(-1);
  if (map.flow) {
    const items = entries.map(([key, value]) => `${renderKey(key, source.json)}: ${renderFlow(value, source.json)}`);
    if (last === undefined) return { ok: true, splices: [{ start: map.range![0] + 1, end: map.range![0] + 1, text: items.join(', ') }] };
    const lastEnd = pairEnd(last);
    const lastStart = (last.key as Node).range![0];
    // One item per line stays one item per line (the usual JSON layout).
    if (text.lastIndexOf('\n', lastStart) > map.range![0]) {
      const indent = indentOf(text, lastStart);
      return { ok: true, splices: [{ start: lastEnd, end: lastEnd, text: items.map((item) => `,${eol}${indent}${item}`).join('') }] };
    }
    return { ok: true, splices: [{ start: lastEnd, end: lastEnd, text: items.map((item) => `, ${item}`).join('') }] };
  }
  if (last === undefined) return fail('empty block mapping');
  const indent = indentOf(text, map.range![0]);
  const lines = entries.flatMap(([key, value]) => renderBlockEntry(key, value, indent, source.unit));
  const at = lineAfter(text, pairEnd(last));
  const block = at === text.length && !text.endsWith('\n') ? `${eol}${lines.join(eol)}` : `${lines.join(eol)}${eol}`;
  return { ok: true, splices: [{ start: at, end: at, text: block }] };
}

function remove(source: SourceText, walked: Walk): EditOutcome {
  const { text } = source;
  const { container, index } = walked.steps.at(-1) ?? {};
  if (container === undefined || index === undefined) return fail('cannot delete a whole document');
  const count = container.items.length;
  if (container.flow) {
    const [open, close] = container.range!;
    if (count === 1) return { ok: true, splices: [{ start: open + 1, end: close - 1, text: '' }] };
    if (index < count - 1) return { ok: true, splices: [{ start: itemStart(container, index), end: itemStart(container, index + 1), text: '' }] };
    return { ok: true, splices: [{ start: itemEnd(container, index - 1), end: itemEnd(container, index), text: '' }] };
  }
  let start = itemStart(container, index);
  if (isSeq(container)) {
    start = text.lastIndexOf('-', start - 1);
    if (start < 0 || text.slice(start + 1, itemStart(container, index)).trim() !== '') return fail('cannot find the list item marker');
  }
  const end = lineAfter(text, itemEnd(container, index));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const empty = isMap(container) ? '{}' : '[]';
  if (count === 1) return { ok: true, splices: [{ start, end: contentEnd(text, end), text: empty }] };
  if (text.slice(lineStart, start).trim() === '') return { ok: true, splices: [{ start: lineStart, end, text: '' }] };
  // The first key of a mapping that is a list item (`- key: value`): the next key takes its place after the dash.
  if (isMap(container)) return { ok: true, splices: [{ start, end: itemStart(container, index + 1), text: '' }] };
  return fail('cannot delete a list item that shares its line');
}

function rename(source: SourceText, walked: Walk, to: string, value: FixValue | undefined): EditOutcome {
  const step = walked.steps.at(-1);
  if (step === undefined || !isMap(step.container)) return fail('only mapping keys can be renamed');
  const map = step.container;
  const key = map.items[step.index]!.key;
  if (!isScalar(key)) return fail('the key is not a plain scalar');
  if (map.items.some((pair, i) => i !== step.index && keyMatches(pair.key, to))) return fail(`${to} is already set`);
  const keyText = map.flow && source.json ? JSON.stringify(to) : renderString(to, quoteOf(key.type));
  const splices: Splice[] = [{ start: key.range![0], end: key.range![1], text: keyText }];
  if (value !== undefined) {
    const outcome = replace(source, walked, value);
    if (!outcome.ok) return outcome;
    splices.push(...outcome.splices);
  }
  return { ok: true, splices };
}

function itemStart(container: Collection, index: number): number {
  const item = container.items[index];
  return isPair(item) ? (item.key as Node).range![0] : (item as Node).range![0];
}

function itemEnd(container: Collection, index: number): number {
  const item = container.items[index];
  return isPair(item) ? pairEnd(item) : (item as Node).range![1];
}

function pairEnd(pair: Pair<unknown, unknown>): number {
  const value = pair.value as AnyNode;
  return value ? value.range![1] : (pair.key as Node).range![1];
}

/** The start of the line after the one `offset` ends on (a block collection's range already ends there). */
function lineAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === '\n') return offset;
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** `end` without the line break before it. */
function contentEnd(text: string, end: number): number {
  let at = end;
  if (text[at - 1] === '\n') at--;
  if (text[at - 1] === '\r') at--;
  return at;
}

function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return ' '.repeat(offset - lineStart);
}

function isEmptyScalar(node: AnyNode): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function quoteOf(type: string | undefined): Quote {
  return type === 'QUOTE_DOUBLE' ? 'double' : type === 'QUOTE_SINGLE' ? 'single' : 'plain';
}

/** The smallest indentation of a mapping line: the file's indentation step (2 when nothing is nested). */
function indentUnit(text: string): number {
  let unit = Infinity;
  for (const match of text.matchAll(/^( +)[^\s#-]/gm)) unit = Math.min(unit, match[1]!.length);
  return Number.isFinite(unit) ? unit : 2;
}
