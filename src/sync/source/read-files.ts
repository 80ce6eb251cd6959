import nodeFs from 'node:fs';
import git from 'isomorphic-git';
import { pathGlobMatch } from '../../core/glob.js';
import { SourceError } from './errors.js';
import type { Artifact } from './fetch.js';

/** Files of a pinned commit, read straight from the object store (no checkout), selected by path and globs. */

export interface Selection {
  /** Directory inside the repository ('' = root). */
  path: string;
  include: readonly string[];
  exclude: readonly string[];
}

export interface SourceFile {
  /** Path relative to the selected directory. */
  path: string;
  bytes: Uint8Array;
}

export const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml', '**/*.json'];

export async function readFiles(artifact: Artifact, selection: Selection, fs: typeof nodeFs = nodeFs): Promise<SourceFile[]> {
  const root = selection.path.replace(/^\/+|\/+$/g, '');
  const include = selection.include.length > 0 ? selection.include : DEFAULT_INCLUDE;
  const files: SourceFile[] = [];
  let sawRoot = root === '';
  await git.walk({
    fs,
    gitdir: artifact.gitdir,
    trees: [git.TREE({ ref: artifact.commit })],
    map: async (filepath, [entry]) => {
      if (filepath === '.' || !entry) return true;
      const inside = root === '' || filepath === root || filepath.startsWith(`${root}/`);
      const above = root.startsWith(`${filepath}/`);
      if (!inside && !above) return null; // prune this subtree
      if (filepath === root) sawRoot = true;
      const type = await entry.type();
      if (type !== 'blob' || !inside || filepath === root) return true;
      const relative = root === '' ? filepath : filepath.slice(root.length + 1);
      if (!include.some((glob) => pathGlobMatch(relative, glob))) return true;
      if (selection.exclude.some((glob) => pathGlobMatch(relative, glob))) return true;
      const content = await entry.content();
      if (content) files.push({ path: relative, bytes: content });
      return true;
    },
  });
  if (!sawRoot) throw new SourceError('PathNotFound', `path "${root}" does not exist in ${artifact.revision}`);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return files;
}
