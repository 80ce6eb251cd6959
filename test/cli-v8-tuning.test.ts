import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { v8FlagsFor } from '../src/cli/v8-tuning.js';

describe('v8FlagsFor', () => {
  it('turns the parallel scavenger off on one or two cores only', () => {
    expect(v8FlagsFor(1, 24)).toEqual(['--no-parallel-scavenge']);
    expect(v8FlagsFor(2, 24)).toEqual(['--no-parallel-scavenge']);
    expect(v8FlagsFor(4, 24)).toEqual([]);
  });

  it("turns TurboFan's inlining off on two cores before Node 22 (no Maglev) only", () => {
    expect(v8FlagsFor(2, 20)).toEqual(['--no-parallel-scavenge', '--no-turbo-inlining']);
    expect(v8FlagsFor(2, 22)).not.toContain('--no-turbo-inlining');
    expect(v8FlagsFor(8, 20)).toEqual([]);
  });

  const built = 'build/src/cli/v8-tuning.js';
  it.skipIf(!existsSync(built))('names flags this Node knows (V8 only prints a warning for unknown ones)', () => {
    for (const nodeMajor of [20, 24]) {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import { tuneV8 } from './${built}'; tuneV8(2, ${nodeMajor}); globalThis.gc?.(); console.log('ok');`], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.trim()).toBe('ok');
    }
    // The check above can fail: an unknown flag is reported on stderr.
    const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--no-such-flag-virtops')"], { encoding: 'utf8' });
    expect(unknown.stderr).not.toBe('');
  });
});
