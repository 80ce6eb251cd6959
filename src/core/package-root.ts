import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let cached: string | undefined;

/** The directory holding virtops's package.json, whether code runs from src/ (tests) or build/src/ (installed). */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'virtops') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the virtops package root');
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * A worker thread's compiled script: `beside` the module starting it when that runs from a bundle
 * (all files share one directory), else `built` under the tsc build's build/src (tests run from src/).
 */
export function compiledScript(beside: URL, built: string): URL | undefined {
  if (existsSync(beside)) return beside;
  const path = join(packageRoot(), 'build', 'src', ...built.split('/'));
  return existsSync(path) ? pathToFileURL(path) : undefined;
}
