import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml';
import type { FieldPath, Position } from '../core/types.js';

/**
 * Field path → source range, from js-yaml's event stream (offsets into the text). The file is scanned
 * once, and only when it has findings. A path that does not exist in the source (a missing field, a
 * value KubeVirt would default) resolves to its nearest existing ancestor.
 */
export class Locator {
  private documentStarts: number[] | undefined;
  private lineStarts: number[] | undefined;

  /** `events`: the parser's events for `text` if the caller already has them. */
  constructor(
    private readonly text: string,
    private events?: Event[],
  ) {}

  locate(document: number, path: FieldPath, target: 'key' | 'value' = 'value'): Position {
    const events = this.scan();
    const start = this.documentStarts?.[document];
    if (start === undefined || start + 1 >= events.length) return this.position(0, 0);
    let node = start + 1; // the document's root node
    let key: ScalarEvent | undefined;
    for (const segment of path) {
      const step = this.child(node, segment);
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

  /** A scalar's range, quotes included. */
  private scalar(event: ScalarEvent): Position {
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
    return this.position(event.valueStart - quoted, Math.max(event.valueEnd, event.valueStart) + quoted);
  }

  private scan(): Event[] {
    if (this.events && this.documentStarts) return this.events;
    if (!this.events) {
      try {
        this.events = parseEvents(this.text, { maxDepth: 1000 });
      } catch {
        this.events = []; // only files that parsed get here; be safe anyway
      }
    }
    this.documentStarts = [];
    this.events.forEach((event, i) => {
      if (event.type === EVENT_ID.DOCUMENT) this.documentStarts!.push(i);
    });
    return this.events;
  }

  /** The event index of `segment` under the collection at `node`, with the key event for mappings. */
  private child(node: number, segment: string | number): { node: number; key?: ScalarEvent } | undefined {
    const events = this.events!;
    const event = events[node];
    if (event?.type === EVENT_ID.MAPPING) {
      let i = node + 1;
      while (events[i] && events[i]!.type !== EVENT_ID.POP) {
        const keyEvent = events[i]!;
        const valueAt = this.skip(i);
        if (keyEvent.type === EVENT_ID.SCALAR && getScalarValue(this.text, keyEvent) === String(segment)) return { node: valueAt, key: keyEvent };
        i = this.skip(valueAt);
      }
      return undefined;
    }
    if (event?.type === EVENT_ID.SEQUENCE && typeof segment === 'number') {
      let i = node + 1;
      for (let k = 0; k < segment; k++) {
        if (!events[i] || events[i]!.type === EVENT_ID.POP) return undefined;
        i = this.skip(i);
      }
      return events[i] && events[i]!.type !== EVENT_ID.POP ? { node: i } : undefined;
    }
    return undefined;
  }

  /** Index just past the node starting at `i` (its whole subtree). */
  private skip(i: number): number {
    const events = this.events!;
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
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}
