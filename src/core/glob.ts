import { Minimatch } from 'minimatch';

/**
 * Glob matching with each pattern compiled once: minimatch() compiles its pattern on every call, and
 * paths, names and config patterns are matched by the thousand in one run (file walk, ignores,
 * external declarations).
 */

export interface GlobOptions {
  dot?: boolean;
  matchBase?: boolean;
}

const compiled = new Map<string, Minimatch>();

export function globMatch(text: string, pattern: string, options: GlobOptions = {}): boolean {
  const key = `${options.dot === true ? 'd' : '-'}${options.matchBase === true ? 'b' : '-'}${pattern}`;
  let matcher = compiled.get(key);
  if (matcher === undefined) {
    matcher = new Minimatch(pattern, options);
    compiled.set(key, matcher);
  }
  return matcher.match(text);
}

/**
 * A relative path against a file glob as .gitignore-like patterns read: a glob without `/` matches the
 * file name at any depth (`*.yaml`), one with `/` the whole path; dot files are not special.
 */
export function pathGlobMatch(relativePath: string, glob: string): boolean {
  return globMatch(relativePath, glob, { dot: true, matchBase: !glob.includes('/') });
}
