import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { toPosixPath } from '../core/file-path.js';
import { globMatch, pathGlobMatch } from '../core/glob.js';

/** Paths, directories and globs from the command line → the files to lint, in a stable order. */

export interface FileTask {
  /** As reported: the user's spelling, or the directory they gave joined with the relative path found. */
  file: string;
  absolute: string;
  /** Found by a directory walk or a glob rather than named: non-Kubernetes YAML in it is skipped quietly. */
  discovered: boolean;
}

export interface ExpandOptions {
  cwd: string;
  /** Globs a discovered file must match (one of each set that has patterns), relative to their base directory. */
  include: readonly PatternSet[];
  exclude: readonly PatternSet[];
  /**
   * Named files are taken as if found in a directory (--skip-non-manifests, for pre-commit, which names
   * every staged YAML file): well-known non-manifests and excluded files are skipped, and so are
   * documents with neither apiVersion nor kind.
   */
  namedAsFound?: boolean;
}

export interface PatternSet {
  baseDir: string;
  patterns: readonly string[];
}

export interface ExpandOutcome {
  tasks: FileTask[];
  /** Inputs that could not be used: missing, unreadable, or globs that matched nothing. */
  errors: string[];
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Well-known JSON/YAML files that are never manifests, skipped when discovered (named explicitly, they are linted). */
export const NOT_MANIFESTS = ['**/package.json', '**/package-lock.json', '**/tsconfig*.json', '**/.pre-commit-config.yaml', '**/.pre-commit-hooks.yaml', '**/virtops.config.y*ml'];

// NOT_MANIFESTS are all `**/<file name>`: the file name alone gives the same answer, without matching `**` along a long path.
const NOT_MANIFEST_NAMES = NOT_MANIFESTS.map((glob) => glob.slice('**/'.length));
// What each name glob starts with up to its first special character: a name that starts with none of these
// matches none of the globs, and most names do not (6 glob matches a file cost a 2,000-file walk 20 ms).
const NOT_MANIFEST_PREFIXES = NOT_MANIFEST_NAMES.map((glob) => glob.slice(0, glob.search(/[*?[{}()!+@\\]|$/)));

export function expandInputs(inputs: readonly string[], options: ExpandOptions): ExpandOutcome {
  const out: ExpandOutcome = { tasks: [], errors: [] };
  const seen = new Set<string>();
  const add = (task: FileTask): void => {
    if (seen.has(task.absolute)) return;
    seen.add(task.absolute);
    out.tasks.push(task);
  };
  for (const input of inputs) {
    const absolute = resolve(options.cwd, input);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      if (isGlob(input)) {
        if (expandGlob(input, options, add) === 0) out.errors.push(`${input}: the pattern matched no files`);
      } else {
        out.errors.push(`${input}: ${describeFsError(error)}`);
      }
      continue;
    }
    if (stats.isDirectory()) {
      walk(absolute, input, options, add, new Set());
    } else if (options.namedAsFound) {
      if (wanted(absolute, options)) add({ file: input, absolute, discovered: true });
    } else {
      add({ file: input, absolute, discovered: false });
    }
  }
  return out;
}

function walk(dir: string, shown: string, options: ExpandOptions, add: (task: FileTask) => void, visited: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return; // symlink loop
  visited.add(real);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const absolute = join(dir, entry.name);
    const file = shown === '.' ? entry.name : join(shown, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(absolute);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // dangling link
      }
    }
    if (isDir) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !excluded(absolute, options, true)) walk(absolute, file, options, add, visited);
    } else if (isFile && MANIFEST_EXTENSIONS.test(entry.name) && wanted(absolute, options)) {
      add({ file, absolute, discovered: true });
    }
  }
}

function expandGlob(pattern: string, options: ExpandOptions, add: (task: FileTask) => void): number {
  const base = staticPrefix(pattern);
  const root = resolve(options.cwd, base);
  const matcher = (absolute: string): boolean => globMatch(toPosixPath(isAbsolute(pattern) ? absolute : relative(options.cwd, absolute)), pattern);
  const collected: FileTask[] = [];
  walk(root, base === '' ? '.' : base, { ...options, include: [] }, (task) => {
    if (matcher(task.absolute) && wanted(task.absolute, options)) collected.push({ ...task, file: toShown(task.absolute, options.cwd, pattern) });
  }, new Set());
  collected.forEach(add);
  return collected.length;
}

function wanted(absolute: string, options: ExpandOptions): boolean {
  if (excluded(absolute, options, false)) return false;
  const name = basename(absolute);
  if (NOT_MANIFEST_NAMES.some((glob, i) => name.startsWith(NOT_MANIFEST_PREFIXES[i]!) && globMatch(name, glob, { dot: true }))) return false;
  return options.include.every((set) => set.patterns.length === 0 || matches(absolute, set));
}

function excluded(absolute: string, options: ExpandOptions, directory: boolean): boolean {
  // For a directory, `dir/**` should prune the walk there.
  return options.exclude.some((set) => matches(absolute, set) || (directory && matches(`${absolute}${sep}x`, set)));
}

function matches(absolute: string, set: PatternSet): boolean {
  if (set.patterns.length === 0) return false; // the usual case: no path to work out for each file
  const rel = toPosixPath(relative(set.baseDir, absolute));
  return set.patterns.some((glob) => pathGlobMatch(rel, glob));
}

function staticPrefix(pattern: string): string {
  const parts = toPosixPath(pattern).split('/');
  const fixed: string[] = [];
  for (const part of parts) {
    if (isGlob(part)) break;
    fixed.push(part);
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '');
}

function toShown(absolute: string, cwd: string, pattern: string): string {
  return isAbsolute(pattern) ? absolute : relative(cwd, absolute);
}

export function isGlob(text: string): boolean {
  return /[*?[\]{}]/.test(text);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
