import { LineCounter, isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { FieldPath, Position } from '../core/types.js';

/**
 * Field path → source range. Parses the file again with a position-keeping parser, once per file and
 * only when the file has findings. A path that does not exist in the source (a missing field, a value
 * KubeVirt would default) resolves to its nearest existing ancestor.
 */
export class Locator {
  private readonly lineCounter = new LineCounter();
  private documents: Document.Parsed[] | undefined;

  constructor(private readonly text: string) {}

  locate(document: number, path: FieldPath, target: 'key' | 'value' = 'value'): Position {
    const doc = this.parsed()[document];
    if (!doc || !doc.contents) return this.position(0, 0);
    let node: Node | null = doc.contents as Node;
    let pair: Pair | undefined;
    for (const segment of path) {
      const next = child(node, segment);
      if (!next) break;
      node = next.node;
      pair = next.pair; // undefined after a list index: the item itself has no key
      if (!node) break; // key present with no value: `storage:`
    }
    const keyNode = pair?.key as Node | undefined;
    const chosen = target === 'key' && keyNode?.range ? keyNode : node ?? keyNode;
    if (!chosen?.range) return keyNode?.range ? this.position(keyNode.range[0], keyNode.range[1]) : this.position(0, 0);
    // For a collection value, point at its key: the whole block is rarely what a person wants underlined.
    if (target === 'value' && chosen === node && !isScalar(node)) {
      if (keyNode?.range) return this.position(keyNode.range[0], keyNode.range[1]);
      return this.position(chosen.range[0], this.endOfLine(chosen.range[0], chosen.range[1]));
    }
    return this.position(chosen.range[0], chosen.range[1]);
  }

  private parsed(): Document.Parsed[] {
    this.documents ??= parseAllDocuments(this.text, { version: '1.1', lineCounter: this.lineCounter, keepSourceTokens: false, uniqueKeys: false }) as Document.Parsed[];
    if (!Array.isArray(this.documents)) this.documents = [];
    return this.documents;
  }

  private endOfLine(start: number, limit: number): number {
    const newline = this.text.indexOf('\n', start);
    return Math.min(newline < 0 ? this.text.length : newline, limit);
  }

  private position(start: number, end: number): Position {
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(end, start));
    return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  }
}

function child(node: Node | null, segment: string | number): { node: Node | null; pair?: Pair } | undefined {
  if (isMap(node)) {
    for (const item of node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)) {
        return { node: item.value as Node | null, pair: item as Pair };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item ? { node: item as Node } : undefined;
  }
  return undefined;
}
