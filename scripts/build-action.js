// Bundles the GitHub Action (src/action/main.ts) into dist/ (npm run build:action); the lead commits dist/.
// Why a committed, self-contained bundle: the runner executes action.yml's `main` straight from a
// checkout of this repository, without npm ci, so nothing may be loaded from node_modules at run time.
//
// Layout (dist/):
//   index.js       the Action
//   worker.js      the lint worker: lint-files.ts starts `new URL('./worker.js', import.meta.url)`,
//                  so it must sit beside the chunk holding that code (all files share one directory)
//   parse-worker.js  the parse lane's thread (parse-lane.ts finds it the same way)
//   chunk-*.js     code shared by the two
//   validators.cjs the precompiled schema validators (CommonJS, ajv's runtime helpers bundled in);
//                  generated/ is not committed, and validate.ts looks beside itself first
// The output depends only on the sources (no temp paths, times or absolute paths), so
// test/action/dist-fresh.test.ts can rebuild it and compare bytes.
//
// Usage: node scripts/build-action.js [--outdir <dir>]
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { validatorsSource } from './validators-source.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outdir = resolve(outIndex === -1 ? join(repoRoot, 'dist') : process.argv[outIndex + 1]);

/** Packages the lint path must never pull in: the Action would load them for nothing (openpgp is also LGPL). */
const FORBIDDEN = /node_modules\/(openpgp|@kubernetes\/client-node|isomorphic-git)\//;

/**
 * `createRequire(import.meta.url)('pkg')` (a lazy load from node_modules, e.g. the `yaml` package in
 * src/load/parse.ts) is invisible to esbuild: turn it into a bundled import.
 */
const inlineLazyRequires = {
  name: 'inline-lazy-requires',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const packages = new Map();
      const contents = source.replace(/createRequire\(import\.meta\.url\)\((['"])([^'"]+)\1\)/g, (_match, _quote, name) => {
        if (!packages.has(name)) packages.set(name, `__virtopsLazy${packages.size}`);
        return packages.get(name);
      });
      if (packages.size === 0) return undefined;
      const imports = [...packages].map(([name, local]) => `import * as ${local} from ${JSON.stringify(name)};`);
      return { contents: `${imports.join('\n')}\n${contents}`, loader: 'ts' };
    });
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
  logLevel: 'warning',
  metafile: true,
};

rmSync(outdir, { recursive: true, force: true });

const main = await build({
  ...common,
  entryPoints: { index: 'src/action/main.ts', worker: 'src/engine/worker.ts', 'parse-worker': 'src/load/parse-worker.ts' },
  outdir,
  splitting: true,
  plugins: [inlineLazyRequires, stubHttpClient],
  banner: REQUIRE_BANNER,
});
const forbidden = Object.keys(main.metafile.inputs).filter((input) => FORBIDDEN.test(input));
if (forbidden.length > 0) throw new Error(`build-action: the Action bundle must not include ${forbidden.join(', ')}`);

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
console.log(`build-action: ${built} files in ${outdir}`);
