#!/usr/bin/env node
// Entry point installed as `virtops`: runs the CLI built by `npm run build` (npm ci does it), else the
// committed dist/ bundle, which is what an install from git (pre-commit hooks) has.
import { existsSync } from 'node:fs';

const entry = [new URL('../build/bundle/run.js', import.meta.url), new URL('../dist/run.js', import.meta.url)].find((url) => existsSync(url));
if (entry === undefined) {
  process.stderr.write('virtops: the CLI is not built; run `npm run build` (npm ci does it) in the virtops package\n');
  process.exit(2);
}
await import(entry.href);
