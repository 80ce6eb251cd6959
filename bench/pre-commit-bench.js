// The pre-commit case: virtops's own wall time on one small file, as whole processes (start-up
// included), through both entries a user meets: the build bin/virtops.js runs in this repository
// (build/bundle) and the committed dist/ bundle the pre-commit hook runs. Target: under 400 ms.
//
// Usage: node bench/pre-commit-bench.js [--runs N] [--file F]   (npm run build first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};
const runs = Number(option('--runs', '10'));
const file = option('--file', 'fixtures/valid/vmi-hugepages.yaml');
const TARGET_MS = 400;

const entries = [
  ['build/bundle (bin/virtops.js)', join(repoRoot, 'build', 'bundle', 'run.js')],
  ['dist/ (pre-commit hook)', join(repoRoot, 'dist', 'run.js')],
];

console.log(`one small file: ${file}, ${runs} runs each, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
let failed = false;
for (const [name, entry] of entries) {
  if (!existsSync(entry)) {
    console.log(`${name}: missing (${entry}); run npm run build / npm run build:dist`);
    failed = true;
    continue;
  }
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [entry, 'lint', file], { cwd: repoRoot, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) {
      console.log(`${name}: exit ${result.status}\n${result.stdout}${result.stderr}`);
      process.exit(1);
    }
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const verdict = median < TARGET_MS ? 'PASS' : 'FAIL';
  console.log(`${name.padEnd(32)} median ${median.toFixed(0)} ms  best ${times[0].toFixed(0)} ms  worst ${times.at(-1).toFixed(0)} ms  < ${TARGET_MS} ms: ${verdict}`);
}
process.exit(failed ? 1 : 0);
