import { decodeSource } from './decode.js';
import { parseYaml, type ParsedDocument, type ParseOutcome } from './parse.js';

/**
 * A file decoded and parsed on another thread (the parse lane, src/engine/parse-lane.ts), in a form
 * that crosses threads cheaply: the documents' values as one JSON text, which the linting thread turns
 * back into values with the native JSON.parse in a fraction of what parsing the YAML costs.
 */
export interface Preparsed {
  text: string;
  /** JSON of the documents' values, in order; every document parsed without a problem. */
  json: string;
  documentOffsets: number[];
  /** Indices of the documents that certainly match the schema of their own apiVersion and kind (when asked). */
  schemaAccepted: number[];
}

/**
 * Decodes and parses `bytes`; undefined when the linting thread had better do it itself: bytes that do
 * not decode, YAML with problems or outside the fast parser's subset, values JSON cannot carry (NaN,
 * infinities, -0). With `acceptsOwnSchema`, also lists the documents it accepts, so that the linting
 * thread skips their schema check.
 */
export function preparse(bytes: Uint8Array, acceptsOwnSchema?: (value: unknown) => boolean): Preparsed | undefined {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return undefined;
  const parsed = parseYaml(decoded.text);
  if (parsed.problems.length > 0 || parsed.documentOffsets === undefined || parsed.jsonSafe !== true) return undefined;
  const values = parsed.documents.map((document) => document.value);
  const schemaAccepted = acceptsOwnSchema ? values.flatMap((value, index) => (acceptsOwnSchema(value) ? [index] : [])) : [];
  return { text: decoded.text, json: JSON.stringify(values), documentOffsets: parsed.documentOffsets, schemaAccepted };
}

/** The parse outcome a Preparsed stands for. */
export function parsedOutcome(preparsed: Preparsed): ParseOutcome {
  const values = JSON.parse(preparsed.json) as unknown[];
  const documents: ParsedDocument[] = values.map((value, index) => ({ index, value }));
  for (const index of preparsed.schemaAccepted) documents[index]!.schemaAccepted = true;
  return { documents, problems: [], documentOffsets: preparsed.documentOffsets };
}
