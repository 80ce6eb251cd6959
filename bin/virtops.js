#!/usr/bin/env node
// Entry point installed as `virtops`: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';

const entry = new URL('../build/bundle/run.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('virtops: the CLI is not built; run `npm run build` (npm ci does it) in the virtops package\n');
  process.exit(2);
}
await import(entry.href);
