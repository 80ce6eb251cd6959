import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import { LineIndex } from '../core/line-index.js';
import type { FieldPath, Position } from '../core/types.js';
import { parseFastSubset, parseSubsetDocument } from './fast-yaml.js';

/**
 * Field path → source range, from js-yaml's event stream (offsets into the text). The events are made
 * on demand, for the documents with findings only: parsing builds the values without them. A path that
 * does not exist in the source (a missing field, a value KubeVirt would default) resolves to its nearest
 * existing ancestor.
 */
export class Locator {
  /** Each document's events, [DOCUMENT, root..., POP], as far as they were needed. */
  private readonly documents = new Map<number, Event[]>();
  private parsedAll = false;
  private lines: LineIndex | undefined;

  /** `documentOffsets`: where each document begins, from parseYaml; without them the whole text is parsed at once. */
  constructor(
    private readonly text: string,
    private readonly documentOffsets?: number[],
  ) {}

  locate(document: number, path: FieldPath, target: 'key' | 'value' = 'value'): Position {
    const events = this.eventsOf(document);
    if (events === undefined || events.length < 2) return this.position(0, 0);
    let node = 1; // the document's root node
    let key: ScalarEvent | undefined;
    for (const segment of path) {
      const step = this.child(events, node, segment);
      if (!step) break;
      node = step.node;
      key = step.key;
    }
    const event = events[node];
    if (target === 'key' && key) return this.scalar(key);
    if (event?.type === EVENT_ID.SCALAR) return this.scalar(event);
    // A collection: point at its key, or (a list item, the root) at its first line rather than the whole block.
    if (key) return this.scalar(key);
    const from = event && (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) ? event.start : event?.type === EVENT_ID.ALIAS ? event.anchorStart - 1 : 0;
    return this.position(Math.max(from, 0), this.endOfLine(Math.max(from, 0)));
  }

  private eventsOf(document: number): Event[] | undefined {
    const known = this.documents.get(document);
    if (known || this.parsedAll) return known;
    const offset = this.documentOffsets?.[document];
    // One document with the subset parser: most files with findings have them in a few of their documents.
    const events = offset === undefined ? undefined : parseSubsetDocument(this.text, offset);
    if (events) {
      this.documents.set(document, events);
      return events;
    }
    this.parseAll();
    return this.documents.get(document);
  }

  private parseAll(): void {
    this.parsedAll = true;
    let events: Event[];
    try {
      // The subset parser gives js-yaml's own events, several times faster, for the YAML manifests are written in.
      events = parseFastSubset(this.text) ?? parseEvents(this.text, { maxDepth: 1000 });
    } catch {
      return; // only files that parsed get here; be safe anyway
    }
    let index = -1;
    let start = 0;
    events.forEach((event, i) => {
      if (event.type !== EVENT_ID.DOCUMENT) return;
      if (index >= 0) this.documents.set(index, events.slice(start, i));
      index++;
      start = i;
    });
    if (index >= 0) this.documents.set(index, events.slice(start));
  }

  /** A scalar's range, quotes included. */
  private scalar(event: ScalarEvent): Position {
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
    return this.position(event.valueStart - quoted, Math.max(event.valueEnd, event.valueStart) + quoted);
  }

  /** The event index of `segment` under the collection at `node`, with the key event for mappings. */
  private child(events: Event[], node: number, segment: string | number): { node: number; key?: ScalarEvent } | undefined {
    const event = events[node];
    if (event?.type === EVENT_ID.MAPPING) {
      let i = node + 1;
      while (events[i] && events[i]!.type !== EVENT_ID.POP) {
        const keyEvent = events[i]!;
        const valueAt = skip(events, i);
        if (keyEvent.type === EVENT_ID.SCALAR && getScalarValue(this.text, keyEvent) === String(segment)) return { node: valueAt, key: keyEvent };
        i = skip(events, valueAt);
      }
      return undefined;
    }
    if (event?.type === EVENT_ID.SEQUENCE && typeof segment === 'number') {
      let i = node + 1;
      for (let k = 0; k < segment; k++) {
        if (!events[i] || events[i]!.type === EVENT_ID.POP) return undefined;
        i = skip(events, i);
      }
      return events[i] && events[i]!.type !== EVENT_ID.POP ? { node: i } : undefined;
    }
    return undefined;
  }

  private endOfLine(offset: number): number {
    const newline = this.text.indexOf('\n', offset);
    return newline < 0 ? this.text.length : newline;
  }

  private position(start: number, end: number): Position {
    const from = this.lineColumn(start);
    const to = this.lineColumn(Math.max(end, start));
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }

  private lineColumn(offset: number): { line: number; column: number } {
    return (this.lines ??= new LineIndex(this.text)).lineColumn(offset);
  }
}

/** Index just past the node starting at `i` (its whole subtree). */
function skip(events: Event[], i: number): number {
  const type = events[i]?.type;
  if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return i + 1;
  let depth = 0;
  for (let j = i; j < events.length; j++) {
    const t = events[j]!.type;
    if (t === EVENT_ID.MAPPING || t === EVENT_ID.SEQUENCE) depth++;
    else if (t === EVENT_ID.POP && --depth === 0) return j + 1;
  }
  return events.length;
}
