import type { ResolvedConfig } from '../engine/config.js';
import { decodeSource } from '../load/decode.js';
import type { FileTask } from '../load/files.js';
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

/** A line declaring one of the four kinds: `kind: VirtualMachineClusterInstancetype`, in YAML or JSON, in a List or not. */
const DEFINITION_LINE = /^[\s-]*["']?kind["']?\s*:\s*["']?VirtualMachine(?:Cluster)?(?:Instancetype|Preference)\b/m;

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
  if (!mayDefine(source.bytes)) return [];
  const decoded = decodeSource(source.bytes);
  if (!decoded.ok || !DEFINITION_LINE.test(decoded.text)) return [];
  const parsed = parseYaml(decoded.text);
  return definitionsOf(extractObjects(parsed.documents, { skipForeignDocuments: true }).objects, source.file);
}

/** Quick test on the raw bytes (ASCII is the same in every encoding the loader takes but UTF-16, which is decoded first). */
function mayDefine(bytes: Uint8Array): boolean {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) return true;
  return DEFINITION_LINE.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
}

/** The config with the set's index in its settings (unchanged when the set defines none): one call before the lint. */
export function withInstancetypeIndex(config: ResolvedConfig, tasks: readonly FileTask[]): ResolvedConfig {
  const index = indexSources(readTasks(tasks, config.maxFileSizeBytes));
  return withIndex(config, index);
}

/** The same for files already in memory (the agent's render stage). */
export function withSourcesIndex(config: ResolvedConfig, sources: readonly Source[]): ResolvedConfig {
  return withIndex(config, indexSources(sources));
}

function withIndex(config: ResolvedConfig, index: InstancetypeIndex): ResolvedConfig {
  if (index.definitions.length === 0) return config;
  return { ...config, settings: { ...config.settings, instancetypes: index } };
}

function* readTasks(tasks: readonly FileTask[], maxBytes: number): Generator<Source> {
  for (const task of tasks) {
    const bytes = readSmall(task.absolute, maxBytes);
    if (bytes !== undefined) yield { file: task.file, bytes };
  }
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
