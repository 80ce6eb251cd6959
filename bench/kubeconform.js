/**
 * kubeconform, the reference the bench compares virtops with.
 *
 * `ensureKubeconform()` builds the pinned release once with `go install` into
 * `bench/.cache/bin/<version>/kubeconform` (Go reuses its module and build caches) and returns the
 * binary's path. `kubeconformArgs()` is the command line the bench measures: JSON output with a
 * summary, one goroutine per core, schemas from a local directory in kubeconform's
 * `<group>/<kind>_<version>.json` layout (by default the repo's own `src/schema/generated`).
 *
 *   node bench/kubeconform.js [--schemas DIR] <paths…>   builds if needed and runs it once
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
export const KUBECONFORM_MODULE = 'github.com/yannh/kubeconform/cmd/kubeconform';
export const KUBECONFORM_VERSION = 'v0.8.0';
export const REPO_SCHEMAS = resolve(here, '../src/schema/generated');

/** Builds kubeconform unless already built; returns the path of the binary. */
export function ensureKubeconform() {
  const gobin = join(here, '.cache/bin', KUBECONFORM_VERSION);
  const binary = join(gobin, 'kubeconform');
  if (!existsSync(binary)) {
    process.stderr.write(`building ${KUBECONFORM_MODULE}@${KUBECONFORM_VERSION} …\n`);
    execFileSync('go', ['install', `${KUBECONFORM_MODULE}@${KUBECONFORM_VERSION}`], {
      env: { ...process.env, GOBIN: gobin }, stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  return binary;
}

/** Arguments for validating `paths` against the schemas in `schemaDir`. */
export function kubeconformArgs(schemaDir, paths) {
  const template = join(schemaDir, '{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json');
  return ['-summary', '-output', 'json', '-n', String(availableParallelism()), '-schema-location', template, ...paths];
}

/** The one schema every corpus document needs; the bench refuses to run without it. */
export const vmSchema = (schemaDir) => join(schemaDir, 'kubevirt.io/virtualmachine_v1.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ options: { schemas: { type: 'string' } }, allowPositionals: true });
  const run = spawnSync(ensureKubeconform(), kubeconformArgs(resolve(values.schemas ?? REPO_SCHEMAS), positionals), { stdio: 'inherit' });
  process.exitCode = run.status ?? 2;
}
