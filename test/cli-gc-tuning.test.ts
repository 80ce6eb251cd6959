import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gcFlagsFor } from '../src/cli/gc-tuning.js';

describe('gcFlagsFor', () => {
  it('turns the parallel scavenger off on one or two cores only', () => {
    expect(gcFlagsFor(1)).toEqual(['--no-parallel-scavenge']);
    expect(gcFlagsFor(2)).toEqual(['--no-parallel-scavenge']);
    expect(gcFlagsFor(4)).toEqual([]);
  });

  const built = 'build/src/cli/gc-tuning.js';
  it.skipIf(!existsSync(built))('names flags this Node knows (V8 only prints a warning for unknown ones)', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import { tuneGarbageCollector } from './${built}'; tuneGarbageCollector(2); globalThis.gc?.(); console.log('ok');`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok');
    // The check above can fail: an unknown flag is reported on stderr.
    const unknown = spawnSync(process.execPath, ['-e', "require('node:v8').setFlagsFromString('--no-such-flag-virtops')"], { encoding: 'utf8' });
    expect(unknown.stderr).not.toBe('');
  });
});
