#!/usr/bin/env node
// Entry point installed as `virtops`: runs the CLI built by `npm run build` (npm ci does it), else the
// committed dist/ bundle, which is what an install from git (pre-commit hooks) has.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code of the CLI between runs (in the system's temporary
// directory): a later run starts faster. Earlier versions have no such cache, and this does nothing.
module.enableCompileCache?.();

const entry = [new URL('../build/bundle/run.js', import.meta.url), new URL('../dist/run.js', import.meta.url)].find((url) => existsSync(url));
if (entry === undefined) {
  process.stderr.write('virtops: the CLI is not built; run `npm run build` (npm ci does it) in the virtops package\n');
  process.exit(2);
}
await import(entry.href);
