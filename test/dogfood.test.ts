import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/** What this repository ships as valid (deploy manifests, valid fixtures) must lint clean with its own linter. */
describe('virtops lints its own manifests clean', () => {
  it.each(['deploy', 'fixtures/valid'])('%s', async (dir) => {
    const { code, out } = await runCli(['lint', '-f', 'json', dir]);
    const report = JSON.parse(out) as { files: { file: string; findings: { line: number; message: string }[] }[] };
    expect(report.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line} ${x.message}`))).toEqual([]);
    expect(code).toBe(0);
  });
});
