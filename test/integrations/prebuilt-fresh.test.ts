// prebuilt/ (committed; what installs from git run, e.g. the pre-commit hooks) is the bundle of the
// current sources: rebuild it into a temp dir and compare bytes. On failure: npm run build:prebuilt.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/work-tree.js';

const COMMITTED = join(REPO_ROOT, 'prebuilt');
const scratch = mkdtempSync(join(tmpdir(), 'virtops-prebuilt-'));

describe('prebuilt/ bundle', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('matches a fresh build of the sources (run npm run build:prebuilt when it does not)', () => {
    const fresh = join(scratch, 'prebuilt');
    const build = spawnSync(process.execPath, ['scripts/build-prebuilt.js', '--outdir', fresh], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const files = readdirSync(fresh).sort();
    expect(readdirSync(COMMITTED).sort(), 'prebuilt/ is stale: npm run build:prebuilt').toEqual(files);
    const stale = files.filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(COMMITTED, file))));
    expect(stale, 'prebuilt/ is stale: npm run build:prebuilt').toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['run.js', 'worker.js', 'validators.cjs']));
  }, 120_000);
});
