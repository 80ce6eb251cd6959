// Bundles the CLI into prebuilt/ (npm run build:prebuilt); the lead commits prebuilt/.
// Why a committed bundle: pre-commit installs a `language: node` hook with
// `npm install -g git+file://<clone of this repo>`. For a git dependency npm runs `prepare` in the clone,
// but under -g it installs the clone's devDependencies into the global prefix, not into the clone, so
// `tsc` is missing there and `npm run build` cannot run. scripts/prepare.js then skips the build, and
// bin/virtops.js falls back to this bundle. The same holds for `npm install github:owner/virtops`.
//
// Every package.json dependency stays external: an install from git has them in node_modules, and
// the bundle stays our own code only (small diffs when it is rebuilt).
//
// Layout: run.js (the CLI), worker.js (the lint worker, beside the chunk that starts it), parse-worker.js
// (the parse lane's thread, likewise), chunk-*.js,
// validators.cjs (the precompiled schema validators, which validate.ts looks for beside itself:
// generated/ is not committed, and compiling the schemas at run time costs a one-file run over 1 s).
// The output depends only on the sources, so test/integrations/prebuilt-fresh.test.ts can rebuild it
// into a temp dir and compare bytes.
//
// Usage: node scripts/build-prebuilt.js [--outdir <dir>]
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validatorsSource } from './validators-source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = resolve(outIndex === -1 ? join(repoRoot, 'prebuilt') : process.argv[outIndex + 1]);

rmSync(outdir, { recursive: true, force: true }); // chunk names change with content

const result = await build({
  absWorkingDir: repoRoot,
  entryPoints: { run: 'src/cli/run.ts', worker: 'src/engine/worker.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
writeFileSync(join(outdir, 'validators.cjs'), await validatorsSource(repoRoot));
console.log(`build-prebuilt: ${Object.keys(result.metafile.outputs).length + 1} files in ${outdir}`);
