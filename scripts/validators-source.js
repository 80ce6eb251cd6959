// The precompiled schema validators' source (ajv standalone CommonJS), for the bundles that ship them beside
// their code (dist/): compiles src/schema/compile.ts with esbuild, so no tsc build is needed,
// and uses the same Ajv setup as scripts/compile-validators.js and the run-time compile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export async function validatorsSource(repoRoot) {
  const scratch = mkdtempSync(join(tmpdir(), 'virtops-validators-'));
  try {
    const compiler = join(scratch, 'compile.mjs');
    await build({
      absWorkingDir: repoRoot,
      entryPoints: ['src/schema/compile.ts'],
      outfile: compiler,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // ajv is bundled in: the scratch file lives outside the repo, where node_modules cannot be found.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    const { createSchemaAjv, standaloneModuleSource } = await import(pathToFileURL(compiler).href);
    return standaloneModuleSource(createSchemaAjv({ standalone: true, schemaDir: join(repoRoot, 'src', 'schema', 'generated') }));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
