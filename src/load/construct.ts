import { EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type Schema } from 'js-yaml';
import { parseFastSubset } from './fast-yaml.js';

/**
 * Builds plain values from js-yaml's event stream for the YAML that manifests are made of: mappings,
 * sequences, scalars, anchors and aliases. This is where most of the lint time goes, and skipping
 * js-yaml's general constructor halves it. Anything else (tags, merge keys, complex keys, duplicate
 * keys, too many aliases) makes it return undefined, and the caller uses js-yaml's own loadAll,
 * which handles everything and reports errors. test/load/construct.test.ts holds the two equal.
 */

class Unsupported extends Error {}

export interface Constructed {
  documents: unknown[];
  /** Kept so that positions can be resolved later without parsing again. */
  events: Event[];
}

export function constructFast(text: string, schema: Schema, maxDepth: number, maxAliases: number): Constructed | undefined {
  // The subset parser yields js-yaml's own events, several times faster, for the YAML manifests are written in.
  let events = parseFastSubset(text, maxDepth);
  if (events === undefined) {
    try {
      events = parseEvents(text, { maxDepth });
    } catch {
      return undefined;
    }
  }
  const builder = new Builder(text, events, schema, maxAliases);
  try {
    return { documents: builder.documents(), events };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Builder {
  private i = 0;
  private anchors = new Map<string, unknown>();
  private aliases = 0;

  constructor(
    private readonly text: string,
    private readonly events: Event[],
    private readonly schema: Schema,
    private readonly maxAliases: number,
  ) {}

  documents(): unknown[] {
    const out: unknown[] = [];
    const events = this.events;
    while (this.i < events.length) {
      const event = events[this.i++]!;
      if (event.type !== EVENT_ID.DOCUMENT) throw new Unsupported();
      this.anchors.clear();
      this.aliases = 0;
      if (events[this.i]?.type === EVENT_ID.POP) {
        out.push(null);
      } else {
        out.push(this.node());
        if (events[this.i]?.type !== EVENT_ID.POP) throw new Unsupported();
      }
      this.i++;
    }
    return out;
  }

  private node(): unknown {
    const event = this.events[this.i++]!;
    switch (event.type) {
      case EVENT_ID.SCALAR: {
        if (event.tagStart >= 0) throw new Unsupported();
        const raw = getScalarValue(this.text, event);
        const value = event.style === SCALAR_STYLE.PLAIN ? this.resolvePlain(raw) : raw;
        if (event.anchorStart >= 0) this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), value);
        return value;
      }
      case EVENT_ID.MAPPING: {
        if (event.tagStart >= 0) throw new Unsupported();
        const object: Record<string, unknown> = {};
        if (event.anchorStart >= 0) this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), object);
        while (this.events[this.i]!.type !== EVENT_ID.POP) {
          const keyEvent = this.events[this.i]!;
          if (keyEvent.type !== EVENT_ID.SCALAR || keyEvent.anchorStart >= 0) throw new Unsupported();
          const key = this.node();
          if (key !== null && typeof key === 'object') throw new Unsupported();
          const name = String(key);
          if (Object.hasOwn(object, name)) throw new Unsupported(); // duplicate: js-yaml reports it
          const value = this.node();
          if (name === '__proto__') Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
          else object[name] = value;
        }
        this.i++;
        return object;
      }
      case EVENT_ID.SEQUENCE: {
        if (event.tagStart >= 0) throw new Unsupported();
        const list: unknown[] = [];
        if (event.anchorStart >= 0) this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), list);
        while (this.events[this.i]!.type !== EVENT_ID.POP) list.push(this.node());
        this.i++;
        return list;
      }
      case EVENT_ID.ALIAS: {
        if (++this.aliases > this.maxAliases) throw new Unsupported();
        const name = this.text.slice(event.anchorStart, event.anchorEnd);
        if (!this.anchors.has(name)) throw new Unsupported();
        return this.anchors.get(name);
      }
      default:
        throw new Unsupported();
    }
  }

  private resolvePlain(raw: string): unknown {
    // Most plain scalars are words (keys, names, enums): under YAML 1.1 only null, booleans, numbers and
    // `<<` resolve to something else, and those start with a digit, a sign, '.', '~', '<' or one of
    // y/n/t/f/o in either case. Anything else is a string without trying every resolver.
    if (isPlainWordStart(raw.charCodeAt(0))) return raw;
    const { value, tag } = this.schema.resolveImplicitScalarTag(raw);
    if (tag.tagName === 'tag:yaml.org,2002:merge') throw new Unsupported();
    return value;
  }
}

/** Letters that cannot begin a YAML 1.1 null, boolean, number or merge key. */
function isPlainWordStart(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a && !'ynfto'.includes(String.fromCharCode(lower));
}
