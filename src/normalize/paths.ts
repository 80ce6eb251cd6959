/** Go's path.Clean of an absolute Unix path: one slash between parts, no '.', '..' resolved, rooted. */
export function cleanAbsolutePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
