import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles, workerScript } from '../../src/engine/lint-files.js';
import type { FileTask } from '../../src/load/files.js';
import { recommendedConfig } from '../helpers/config.js';

/** Worker threads must give exactly the results of the single-threaded path. */
describe.skipIf(workerScript() === undefined)('lintFiles on worker threads (needs `npm run build`)', () => {
  it('gives the same results as inline linting, in input order', async () => {
    const config = recommendedConfig();
    const tasks: FileTask[] = [];
    for (const dir of ['fixtures/valid', 'fixtures/invalid']) {
      for (const name of readdirSync(dir).sort()) tasks.push({ file: join(dir, name), absolute: resolve(dir, name), discovered: true });
    }
    const inline = await lintFiles(tasks, config, { concurrency: 1 });
    const threaded = await lintFiles(tasks, config, { concurrency: 2 });
    expect(threaded).toEqual(inline);
    expect(inline.flatMap((r) => r.results).length).toBeGreaterThan(5);
  });
});
