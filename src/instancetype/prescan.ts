import type { ResolvedConfig } from '../engine/config.js';
import type { LintTask } from '../engine/read-source.js';
import { decodeSource } from '../load/decode.js';
import { readFileBounded } from '../load/read-file.js';
import { extractObjects } from '../load/objects.js';
import { parseYaml } from '../load/parse.js';
import { definitionsOf } from './definitions.js';
import type { Definition, InstancetypeIndex } from './types.js';

/**
 * The pre-scan: before any file is linted (files are linted apart, on worker threads), find the
 * instancetypes and preferences of the whole set, so that a VirtualMachine in one file is expanded with
 * an instancetype from another. A cheap text test picks the files worth parsing; everything else is left
 * to the lint, which reports unreadable or broken files itself.
 */

/** A line naming one of the four kinds: `kind: VirtualMachineClusterInstancetype`, in YAML or JSON, in a List or not. */
const KIND_LINES = /^[\s-]*["']?kind["']?\s*:\s*["']?VirtualMachine(?:Cluster)?(?:Instancetype|Preference)\b/gm;

export interface Source {
  file: string;
  bytes: Uint8Array;
}

/** The definitions in these sources (in their order). */
export function indexSources(sources: Iterable<Source>): InstancetypeIndex {
  const definitions: Definition[] = [];
  for (const source of sources) definitions.push(...definitionsIn(source));
  return { definitions };
}

export function definitionsIn(source: Source): Definition[] {
  if (!mayName(source.bytes)) return [];
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok || !mayDefine(decoded.text)) return [];
  const parsed = parseYaml(decoded.text);
  return definitionsOf(extractObjects(parsed.documents, { skipForeignDocuments: true }).objects, source.file);
}

/** Quick test on the raw bytes (ASCII is the same in every encoding the loader takes but UTF-16, which is decoded first). */
function mayName(bytes: Uint8Array): boolean {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return true;
  // Most files name neither kind: a native substring search rules them out without making a string.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.indexOf('Instancetype') >= 0 || buffer.indexOf('Preference') >= 0;
}

/** The text has a kind line that is not a VirtualMachine's reference to an instancetype or preference: worth parsing. */
export function mayDefine(text: string): boolean {
  for (const match of text.matchAll(KIND_LINES)) {
    if (!isReference(text, match.index + match[0].indexOf('kind'))) return true;
  }
  return false;
}

/**
 * A VM names the kind of its instancetype and preference too (`spec.instancetype.kind`): in a set that uses
 * them, nearly every VM file has such a line, and parsing each twice would double the lint's main cost.
 * A kind line right under an `instancetype:` or `preference:` key (YAML or JSON) is such a reference:
 * objects are read from documents and lists only, never from under those keys, so it defines nothing.
 * Anything else (top level, a list item, an unusual layout) is parsed.
 */
function isReference(text: string, kindAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', kindAt) + 1;
  const prefix = text.slice(lineStart, kindAt);
  if (!/^[ \t]+["']?$/.test(prefix)) return false;
  const indent = prefix.length - (prefix.endsWith('"') || prefix.endsWith("'") ? 1 : 0);
  // The nearest line above with less indentation holds the key the kind belongs to.
  for (let end = lineStart - 1; end >= 0; ) {
    const start = end === 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const content = line.trimStart();
    if (content.trim() === '' || content.startsWith('#') || line.length - content.length >= indent) continue;
    return /^["']?(?:instancetype|preference)["']?[ \t]*:[ \t]*\{?[ \t]*(?:#.*)?\r?$/.test(content);
  }
  return false;
}

export interface Prescanned {
  config: ResolvedConfig;
  /** The tasks, those whose bytes were kept carrying them (the lint does not read those files again). */
  tasks: LintTask[];
}

/**
 * The config with the set's index in its settings (unchanged when the set defines none), one call before
 * the lint; and the tasks, carrying the bytes read, up to `keepBytes` in all: reading a file costs more than
 * searching it, so each file is read once (the budget bounds the memory held). `onRead` sees each task as
 * it is read, in order (the parse lane starts on the first ones: Lanes.readAhead).
 */
export function prescanTasks(config: ResolvedConfig, tasks: readonly LintTask[], keepBytes: number, onRead?: (task: LintTask) => void): Prescanned {
  let room = keepBytes;
  const definitions: Definition[] = [];
  const out = tasks.map((task): LintTask => {
    const kept = keep(task);
    onRead?.(kept);
    return kept;
  });
  function keep(task: LintTask): LintTask {
    const bytes = task.bytes ?? readSmall(task.absolute, config.maxFileSizeBytes);
    if (bytes === undefined) return task;
    definitions.push(...definitionsIn({ file: task.file, bytes }));
    // Bytes the caller gives (LintRunInput.overrides) stand for the file: kept whatever the budget.
    if (task.bytes || bytes.byteLength > room) return task;
    room -= bytes.byteLength;
    return { ...task, bytes };
  }
  return { config: withIndex(config, { definitions }), tasks: out };
}

/** The same for files already in memory (the agent's render stage). */
export function withSourcesIndex(config: ResolvedConfig, sources: readonly Source[]): ResolvedConfig {
  return withIndex(config, indexSources(sources));
}

function withIndex(config: ResolvedConfig, index: InstancetypeIndex): ResolvedConfig {
  if (index.definitions.length === 0) return config;
  return { ...config, settings: { ...config.settings, instancetypes: index } };
}

/** The file's bytes, or undefined when it is unreadable or over the size limit (the lint reports both). */
function readSmall(path: string, maxBytes: number): Uint8Array | undefined {
  try {
    const read = readFileBounded(path, maxBytes);
    return read.ok ? read.bytes : undefined;
  } catch {
    return undefined;
  }
}
