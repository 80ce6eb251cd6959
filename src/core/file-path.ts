import { sep } from 'node:path';

/** A file system path with forward slashes, as globs and reports write paths on every platform. */
export function toPosixPath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
