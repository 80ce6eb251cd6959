import { statSync } from 'node:fs';
import { ConfigError, loadConfig, type ResolvedConfig } from '../engine/config.js';
import { ruleIds } from '../engine/registry.js';

/**
 * The virtops.config.yaml that applies to a directory, loaded once per directory. ESLint lints many
 * files per process (and editors keep the process alive), so the config file's mtime is checked on
 * every use and a changed file is read again.
 */

export type ConfigLookup = { ok: true; config: ResolvedConfig } | { ok: false; message: string };

interface Entry {
  lookup: ConfigLookup;
  file?: string;
  mtimeMs?: number;
}

const byDirectory = new Map<string, Entry>();

export function configForDirectory(directory: string): ConfigLookup {
  const cached = byDirectory.get(directory);
  if (cached && (cached.file === undefined || mtimeOf(cached.file) === cached.mtimeMs)) return cached.lookup;
  const entry = load(directory);
  byDirectory.set(directory, entry);
  return entry.lookup;
}

function load(directory: string): Entry {
  try {
    const config = loadConfig({ searchFrom: directory, knownRules: ruleIds });
    return { lookup: { ok: true, config }, ...(config.file ? { file: config.file, mtimeMs: mtimeOf(config.file) } : {}) };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // Read again once the user fixes it.
    return { lookup: { ok: false, message: `virtops config: ${error.message}` }, file: error.file, mtimeMs: mtimeOf(error.file) };
  }
}

function mtimeOf(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
