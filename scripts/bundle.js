// Bundles the compiled CLI and its worker into build/bundle (npm run build runs it after tsc).
// Why: loading ~60 ES modules is most of a one-file run's time (the pre-commit case); one bundle
// with a shared chunk loads in a fraction of it. The run-time-only ajv compiler stays a lazy chunk,
// the precompiled validators a separate file (generated/validators.js), and the reconciler's large
// dependencies external.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('build/bundle', { recursive: true, force: true }); // chunk names change with content

await build({
  entryPoints: ['build/src/cli/run.js', 'build/src/engine/worker.js'],
  outdir: 'build/bundle',
  entryNames: '[name]', // worker.js must sit beside the chunk that starts it
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['@kubernetes/client-node', 'isomorphic-git'],
  logLevel: 'warning',
});
