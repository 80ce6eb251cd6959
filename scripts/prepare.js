// npm's `prepare` (after npm install / npm ci, and when npm installs virtops from git): builds when the
// dev tools are there, else relies on the committed dist/ bundle (scripts/build-dist.js).
// Why: pre-commit installs hooks with `npm install -g git+file://…`; npm then runs `prepare` in a clone
// whose devDependencies went to the global prefix, so tsc is not there and a build would fail.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function hasDevTools() {
  const require = createRequire(join(repoRoot, 'package.json'));
  try {
    require.resolve('typescript/package.json');
    require.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

if (hasDevTools()) {
  const npm = process.env.npm_execpath;
  const build = npm ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' }) : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: true });
  process.exit(build.status ?? 1);
} else if (existsSync(join(repoRoot, 'dist', 'run.js'))) {
  process.stderr.write('virtops: no dev dependencies here (an install from git); using the committed dist/ bundle\n');
} else {
  process.stderr.write('virtops: cannot build (typescript and esbuild are not installed) and dist/ is missing: run `npm install` in the virtops repository, then `npm run build`\n');
  process.exit(1);
}
