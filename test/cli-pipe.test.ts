import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', 'bin', 'virtops.js');

/** `virtops lint … | head`: the reader goes away before the report is printed. */
describe('a closed output pipe', () => {
  it('ends the run quietly with the lint exit code, not a stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'lint', '--format', 'json', 'fixtures/'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.destroy(); // the reader is gone before the first byte
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|at .*\(node:|Error:/);
    expect(code).toBe(1); // fixtures/invalid has errors
  });
});
