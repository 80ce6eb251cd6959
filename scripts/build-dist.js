// Bundles the GitHub Action and the CLI into dist/ (npm run build:dist); the lead commits dist/.
// Why a committed bundle, one for both:
// - the Actions runner executes action.yml's `main` straight from a checkout of this repository, without
//   npm ci, so the Action may load nothing from node_modules;
// - pre-commit installs a `language: node` hook with `npm install -g git+file://<clone of this repo>`. For
//   a git dependency npm runs `prepare` in the clone, but under -g it installs the devDependencies into the
//   global prefix, not into the clone: tsc is missing there, scripts/prepare.js skips the build, and
//   bin/virtops.js falls back to dist/run.js. The same holds for `npm install github:owner/virtops`.
// One directory serves both, so the code is committed once. The lint path is self-contained; the
// reconciler's packages (RECONCILER_PACKAGES) stay external: only `virtops plan`/`sync`/`agent` load them,
// from node_modules (an install from git has them), and the Action never does (checked below).
//
// Layout (dist/):
//   index.js       the Action
//   run.js         the CLI
//   worker.js      the lint worker: lint-files.ts starts `new URL('./worker.js', import.meta.url)`,
//                  so it must sit beside the chunk holding that code (all files share one directory)
//   parse-worker.js  the parse lane's thread (parse-lane.ts finds it the same way)
//   chunk-*.js     code shared by them
//   validators.cjs the precompiled schema validators (CommonJS, ajv's runtime helpers bundled in);
//                  generated/ is not committed, and validate.ts looks beside itself first
// The output depends only on the sources (no temp paths, times or absolute paths), so
// test/integrations/dist-fresh.test.ts can rebuild it and compare bytes.
//
// Usage: node scripts/build-dist.js [--outdir <dir>]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validatorsSource } from './validators-source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = resolve(outIndex === -1 ? join(repoRoot, 'dist') : process.argv[outIndex + 1]);

/** Only the reconciler loads these (lazily): from node_modules, never in the Action (openpgp is also LGPL-3.0). */
const RECONCILER_PACKAGES = ['@kubernetes/client-node', 'isomorphic-git', 'openpgp'];

/**
 * `createRequire(import.meta.url)('pkg')` (a lazy load from node_modules, e.g. the `yaml` package in
 * src/load/parse.ts) is invisible to esbuild: turn it into `require('pkg')`, which esbuild bundles and
 * still runs only when called (the package is wrapped, not imported at start).
 */
const bundleLazyRequires = {
  name: 'bundle-lazy-requires',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/createRequire\(import\.meta\.url\)\((['"][^'"]+['"])\)/g, (_match, name) => `require(${name})`);
      return contents === source ? undefined : { contents, loader: 'ts' };
    });
  },
};

/**
 * The run-time schema compiler (src/schema/compile.ts, all of ajv) is for a checkout whose precompiled
 * validators are missing or stale; dist/ ships validators.cjs built from the same sources, so it is left out.
 */
const noRuntimeCompile = {
  name: 'no-runtime-compile',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/compile\.js$/ }, (args) => (/[\\/]src[\\/]schema$/.test(args.resolveDir) ? { path: 'compile', namespace: 'virtops-no-compile' } : undefined));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'virtops-no-compile' }, () => ({
      contents: [
        "const unavailable = () => { throw new Error('virtops: dist/validators.cjs is missing or does not match the schemas; rebuild dist/ (npm run build:dist)'); };",
        'export const createSchemaAjv = unavailable;',
        'export const schemaKey = unavailable;',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

// Bundled CommonJS dependencies call require() for Node built-ins; ESM output has none of its own.
const REQUIRE_BANNER = { js: "import { createRequire as __virtopsCreateRequire } from 'node:module'; const require = __virtopsCreateRequire(import.meta.url);" };

/**
 * @actions/core reaches @actions/http-client (and through it undici, ~700 KB) only for getIDToken,
 * which the Action never calls: a stub keeps that out. A name core starts to import from it fails the build.
 */
const stubHttpClient = {
  name: 'stub-http-client',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, (args) => ({ path: args.path, namespace: 'virtops-stub' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'virtops-stub' }, () => ({
      contents: [
        "const unavailable = () => { throw new Error('virtops: @actions/http-client is not bundled (OIDC tokens are not supported)'); };",
        'export class HttpClient { constructor() { unavailable(); } }',
        'export class BearerCredentialHandler { constructor() { unavailable(); } }',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const common = {
  absWorkingDir: repoRoot,
  bundle: true,
  format: 'esm',
  platform: 'node',
  // action.yml runs it on node24; the tests run it on the project's Node 20.
  target: 'node20',
  // Nobody reads or diffs the bundle (the sources are beside it): without its white space it is a quarter
  // smaller. Names are kept, so stack traces still say where.
  minifyWhitespace: true,
  logLevel: 'warning',
  metafile: true,
};

rmSync(outdir, { recursive: true, force: true });

const main = await build({
  ...common,
  entryPoints: { index: 'src/action/main.ts', run: 'src/cli/run.ts', worker: 'src/engine/worker.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir,
  splitting: true,
  external: RECONCILER_PACKAGES.flatMap((name) => [name, `${name}/*`]),
  plugins: [bundleLazyRequires, noRuntimeCompile, stubHttpClient],
  banner: REQUIRE_BANNER,
});
// Neither the Action nor the CLI's start may need the reconciler's packages (an Action checkout has none).
for (const entry of ['index.js', 'run.js']) {
  const reached = staticallyImported(main.metafile, join(relative(repoRoot, outdir), entry));
  const forbidden = [...reached].filter((path) => RECONCILER_PACKAGES.some((name) => path === name || path.startsWith(`${name}/`)));
  if (forbidden.length > 0) throw new Error(`build-dist: ${entry} must not load ${forbidden.join(', ')} as it starts`);
}

/** Every path an output loads as it starts (static imports, transitively), packages left external included. */
function staticallyImported(metafile, output) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(output.split('\\').join('/'));
  return seen;
}

const validators = await validatorsSource(repoRoot);
const bundledValidators = await build({
  ...common,
  format: 'cjs',
  stdin: { contents: validators, resolveDir: repoRoot, sourcefile: 'generated/validators.cjs', loader: 'js' },
  outfile: join(outdir, 'validators.cjs'),
  write: false,
});
// Bundling drops comments: the first line (the schemas' digest, which validate.ts reads) is put back.
writeFileSync(join(outdir, 'validators.cjs'), `${validators.split('\n', 1)[0]}\n${bundledValidators.outputFiles[0].text}`);

const built = Object.keys(main.metafile.outputs).length + 1;
console.log(`build-dist: ${built} files in ${outdir}`);
