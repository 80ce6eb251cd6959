import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUNDLE = join(import.meta.dirname, '..', 'build', 'bundle');
const STATIC_IMPORT = /^import\s*(?:[\s\S]*?from\s*)?["']([^"']+)["'];?$/gm;

/** Every module `virtops lint` loads before it reads a file: run.js and its static imports, transitively. */
function staticImportClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(join(BUNDLE, file), 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      if (specifier.startsWith('./')) queue.push(specifier.slice(2));
      else seen.add(specifier);
    }
  }
  return seen;
}

describe('CLI bundle start-up', () => {
  it('loads neither the Kubernetes client nor isomorphic-git on the lint path', () => {
    const loaded = [...staticImportClosure('run.js')];
    expect(loaded.filter((name) => /client-node|isomorphic-git/.test(name))).toEqual([]);
    expect(loaded).toContain('node:fs');
    // They are bundled into chunks: look for their code, not only their package names.
    const code = loaded.filter((name) => name.endsWith('.js')).map((file) => readFileSync(join(BUNDLE, file), 'utf8'));
    expect(code.filter((text) => /KubeConfig = class\b|KubernetesObjectApi|isomorphic-git/.test(text))).toEqual([]);
  });

  it('bundles the reconciler dependencies, so the agent does not resolve hundreds of files from node_modules', () => {
    const chunks = readdirSync(BUNDLE).map((file) => readFileSync(join(BUNDLE, file), 'utf8'));
    expect(chunks.some((text) => /KubeConfig = class\b/.test(text))).toBe(true);
    expect(chunks.join('\n')).not.toMatch(/from ["']@kubernetes\/client-node["']/);
  });

  it('still reaches the reconciler commands through a dynamic import', () => {
    const run = readFileSync(join(BUNDLE, 'run.js'), 'utf8');
    expect(run).toMatch(/import\(["']\.\/sync-[\w-]+\.js["']\)/);
  });
});
