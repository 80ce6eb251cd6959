import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Committed generated files must be what the generators produce from ../shared today (no stale copies). */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

describe.skipIf(!existsSync(resolve('..', 'shared', 'data')))('generated files are fresh', () => {
  it('src/schema/generated equals a fresh `npm run generate`', () => {
    const out = mkdtempSync(join(tmpdir(), 'virtops-schemas-'));
    execFileSync(process.execPath, ['scripts/generate-schemas.js'], { env: { ...process.env, VIRTOPS_SCHEMA_OUT: out }, stdio: 'pipe' });
    const committed = 'src/schema/generated';
    expect(listFiles(out).sort()).toEqual(listFiles(committed).sort());
    for (const file of listFiles(out)) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
  });
});
