import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The committed dist/ (what action.yml runs, and the CLI of an install from git, e.g. the pre-commit hooks)
 * must be what `npm run build:dist` makes from the sources today.
 */

const REPO = join(import.meta.dirname, '..', '..');
const STALE = 'dist/ is stale: run npm run build:dist and commit dist/';

describe('dist/ bundle (the Action and the CLI)', () => {
  it('dist/ equals a fresh build', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'virtops-dist-'));
    execFileSync(process.execPath, ['scripts/build-dist.js', '--outdir', fresh], { cwd: REPO, stdio: 'pipe' });
    const committed = join(REPO, 'dist');
    expect(readdirSync(committed).sort(), STALE).toEqual(readdirSync(fresh).sort());
    for (const file of readdirSync(fresh)) {
      expect(readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))), `${file}: ${STALE}`).toBe(true);
    }
  }, 120_000);
});
