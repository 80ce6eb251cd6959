#!/usr/bin/env node
// Precompiles the schema validators: writes ajv standalone CommonJS code for every kind in
// src/schema/generated/index.json to generated/validators.cjs (one module, definitions shared).
// Run by `npm run build` after tsc has emitted build/ (it uses build/src/schema/compile.js, the same
// Ajv setup validate.ts uses when it has to compile at run time).

import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { createSchemaAjv, standaloneModuleSource } = await import(
  pathToFileURL(path.join(repoRoot, 'build', 'src', 'schema', 'compile.js')).href
);

const started = performance.now();
const set = createSchemaAjv({ standalone: true, schemaDir: path.join(repoRoot, 'src', 'schema', 'generated') });
const source = standaloneModuleSource(set);
const outFile = path.join(repoRoot, 'generated', 'validators.cjs');
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, source);
fs.rmSync(path.join(repoRoot, 'generated', 'validators.js'), { force: true }); // the ESM module of earlier builds
const compileMs = performance.now() - started;

// Measure a cold load in a fresh process (what a run pays the first time a document needs ajv).
const probe = spawnSync(
  process.execPath,
  [
    '-e',
    `const t = performance.now(); const m = require(${JSON.stringify(outFile)});` +
      `console.log((performance.now() - t).toFixed(1), Object.keys(m.validators).length);`,
  ],
  { encoding: 'utf8' },
);
if (probe.status !== 0) {
  process.stderr.write(probe.stderr);
  throw new Error('compile-validators: the generated module does not load');
}
const [importMs, count] = probe.stdout.trim().split(' ');
console.log(
  `compile-validators: ${path.relative(repoRoot, outFile)}: ${count} kinds, ` +
    `${(Buffer.byteLength(source) / 1024).toFixed(0)} KiB, built in ${compileMs.toFixed(0)} ms, loads in ${importMs} ms`,
);
