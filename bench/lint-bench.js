/**
 * `npm run bench`: end-to-end speed and memory of `virtops lint` on a large corpus, compared with
 * kubeconform on the same files and the same JSON schemas in the same run.
 *
 *   node bench/lint-bench.js [--runs 3] [--schemas DIR] [--virtops bin/virtops.js]
 *                            [--files 2000] [--documents 10000] [--bad-rate 0.05] [--seed S]
 *
 * Steps: generate the corpus if needed (bench/corpus.js), build kubeconform if needed
 * (bench/kubeconform.js), then `--runs` times each (interleaved) run, as whole processes under GNU
 * time for wall time and peak RSS (which covers worker threads: they share the process):
 *   node bin/virtops.js lint --format json bench/.corpus/files
 *   kubeconform -summary -output json -n <cores> -schema-location <schemas>/… bench/.corpus/files
 * and 10 times `virtops lint` on one small corpus file (the pre-commit case). Prints medians,
 * documents/s, peak RSS (max over runs), the kubeconform/virtops time ratio and PASS/FAIL for each
 * target, and writes the figures to bench/.cache/last-results.json.
 *
 * Every virtops run is checked against the corpus manifest: the documents with at least one error
 * must be exactly the seeded ones, and the summary must count every file and document. Exit code:
 * 0 when both tools ran and virtops's findings match (even if a speed or memory target is missed),
 * 1 when a tool crashed or produced unexpected output.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CATEGORIES, CORPUS_OPTIONS, FILES_DIR, corpusParams, ensureCorpus } from './corpus.js';
import { KUBECONFORM_VERSION, REPO_SCHEMAS, ensureKubeconform, kubeconformArgs, vmSchema } from './kubeconform.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench/.cache/last-results.json');
const TARGETS = { documentsPerSecond: 5000, peakRssMB: 300, smallFileMs: 400 };
const SMALL_FILE_RUNS = 10;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, schemas: { type: 'string' }, virtops: { type: 'string' }, ...CORPUS_OPTIONS },
});
const runs = Number(values.runs);
const schemaDir = resolve(values.schemas ?? REPO_SCHEMAS);
if (!existsSync(vmSchema(schemaDir))) {
  console.error(`No VirtualMachine schema at ${relative(ROOT, vmSchema(schemaDir))}: run \`npm run generate\` or pass --schemas DIR.`);
  process.exit(1);
}

const manifest = ensureCorpus(corpusParams(values));
const corpusDir = relative(ROOT, FILES_DIR);
const kubeconform = ensureKubeconform();
const virtopsBin = resolve(values.virtops ?? join(ROOT, 'bin/virtops.js'));
const virtopsArgs = (paths) => [virtopsBin, 'lint', '--format', 'json', ...paths];

// ---------------------------------------------------------------------------------------------
// Measuring one process

const timeFile = join(mkdtempSync(join(tmpdir(), 'virtops-bench-')), 'time');

/** Runs a command under GNU time: wall ms (hrtime), peak RSS in MB, CPU seconds, exit status, output. */
function measure(command, args) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd: ROOT });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', fail);
    child.on('close', (status) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const [rssKB, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      done({ ms, rssMB: rssKB / 1024, cpuS: user + sys, status, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() });
    });
  });
}

/** Parses a tool's JSON output; exit status 0 or 1 (findings) is normal, anything else is a crash. */
function parseOutput(tool, run) {
  if (run.status !== 0 && run.status !== 1) throw new Error(`${tool} exited with status ${run.status}:\n${run.stderr.slice(-2000)}`);
  try {
    return JSON.parse(run.stdout);
  } catch (error) {
    throw new Error(`${tool} printed no valid JSON (${error.message}):\n${run.stderr.slice(-2000)}`, { cause: error });
  }
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// What the corpus implies

const key = (file, document) => `${file}#${document}`;
const seeded = new Map(manifest.bad.map((bad) => [key(bad.file, bad.document), bad]));
const corpusFile = (file) => relative(FILES_DIR, resolve(ROOT, file));

/** Compares virtops's JSON report with the manifest; returns the list of discrepancies. */
function checkVirtops(report) {
  const errors = new Map();
  let warningsOnValidDocuments = 0;
  for (const { file, findings } of report.files) {
    for (const finding of findings) {
      const id = key(corpusFile(file), finding.document);
      if (finding.severity === 'error') errors.set(id, [...(errors.get(id) ?? []), finding]);
      else if (!seeded.has(id)) warningsOnValidDocuments++;
    }
  }
  const describe = (findings) => findings.map((f) => `${f.ruleId} at ${f.path}:${f.line}: ${f.message}`).join('; ');
  const missed = [...seeded.values()].filter((bad) => !errors.has(key(bad.file, bad.document)))
    .map((bad) => ({ ...bad, got: 'no error' }));
  const unexpected = [...errors].filter(([id]) => !seeded.has(id))
    .map(([id, findings]) => ({ document: id, expected: 'no error', got: describe(findings) }));
  const otherRule = [...errors].filter(([id, findings]) => seeded.has(id) && !findings.some((f) => CATEGORIES[seeded.get(id).category].test(f.ruleId)))
    .map(([id, findings]) => ({ ...seeded.get(id), got: describe(findings) }));
  const counts = [];
  if (report.summary.files !== manifest.totals.files) counts.push(`summary.files ${report.summary.files}, corpus has ${manifest.totals.files}`);
  if (report.summary.documents !== manifest.totals.documents) counts.push(`summary.documents ${report.summary.documents}, corpus has ${manifest.totals.documents}`);
  return { ok: !missed.length && !unexpected.length && !counts.length, missed, unexpected, otherRule, counts, warningsOnValidDocuments, summary: report.summary };
}

/** What kubeconform flagged, for information: it only sees schema problems. */
function checkKubeconform(report) {
  const names = new Map(manifest.bad.map((bad) => [bad.name, bad.category]));
  const byCategory = {};
  const unexpected = [];
  for (const resource of report.resources ?? []) {
    const category = names.get(resource.name);
    if (category) byCategory[category] = (byCategory[category] ?? 0) + 1;
    else unexpected.push(`${resource.filename} ${resource.name}: ${resource.msg}`);
  }
  const { valid, invalid, errors, skipped } = report.summary;
  const counted = valid + invalid + errors + skipped;
  const problems = [];
  if (errors || skipped) problems.push(`${errors} errors, ${skipped} skipped (missing schemas?)`);
  if (counted !== manifest.totals.documents) problems.push(`${counted} resources counted, corpus has ${manifest.totals.documents}`);
  return { ok: !problems.length, problems, summary: report.summary, flaggedSeeded: byCategory, flaggedOthers: unexpected };
}

// ---------------------------------------------------------------------------------------------
// Runs

async function bench() {
  const tools = {
    virtops: { command: process.execPath, args: virtopsArgs([corpusDir]), check: checkVirtops, runs: [] },
    kubeconform: { command: kubeconform, args: kubeconformArgs(schemaDir, [corpusDir]), check: checkKubeconform, runs: [] },
  };
  const results = { crashed: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, tool] of Object.entries(tools)) {
      if (tool.failed) continue;
      process.stderr.write(`run ${i + 1}/${runs}: ${name} …\n`);
      const run = await measure(tool.command, tool.args);
      try {
        run.check = tool.check(parseOutput(name, run));
      } catch (error) {
        tool.failed = true;
        results.crashed.push({ tool: name, error: error.message });
      }
      tool.runs.push(run);
    }
  }
  for (const [name, tool] of Object.entries(tools)) {
    if (tool.failed) continue;
    const ms = median(tool.runs.map((r) => r.ms));
    results[name] = {
      command: [tool.command === process.execPath ? 'node' : relative(ROOT, tool.command), ...tool.args.map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) : a))].join(' '),
      wallMs: tool.runs.map((r) => Math.round(r.ms)), medianMs: Math.round(ms), bestMs: Math.round(Math.min(...tool.runs.map((r) => r.ms))),
      documentsPerSecond: Math.round(manifest.totals.documents / (ms / 1000)),
      peakRssMB: Math.round(Math.max(...tool.runs.map((r) => r.rssMB))),
      medianCpuS: Number(median(tool.runs.map((r) => r.cpuS)).toFixed(2)),
      check: tool.runs.find((r) => !r.check.ok)?.check ?? tool.runs[0].check,
    };
  }

  // The pre-commit case: one small file.
  const small = manifest.files.reduce((a, b) => (b.documents < a.documents ? b : a));
  const smallRuns = [];
  if (!tools.virtops.failed) {
    process.stderr.write(`single small file ×${SMALL_FILE_RUNS} …\n`);
    for (let i = 0; i < SMALL_FILE_RUNS; i++) {
      const run = await measure(process.execPath, virtopsArgs([join(corpusDir, small.file)]));
      try {
        parseOutput('virtops (single file)', run);
      } catch (error) {
        results.crashed.push({ tool: 'virtops (single file)', error: error.message });
        break;
      }
      smallRuns.push(run);
    }
  }
  if (smallRuns.length === SMALL_FILE_RUNS) {
    results.smallFile = { file: join(corpusDir, small.file), documents: small.documents, bytes: small.bytes,
      medianMs: Math.round(median(smallRuns.map((r) => r.ms))), wallMs: smallRuns.map((r) => Math.round(r.ms)) };
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Report

const n = (x) => x.toLocaleString('en-US');
const loadBefore = loadavg()[0];
const results = await bench();
const { virtops, kubeconform: kc, smallFile } = results;
const ratio = virtops && kc ? kc.medianMs / virtops.medianMs : undefined;
const targets = [
  ['throughput', `>= ${n(TARGETS.documentsPerSecond)} documents/s`, virtops && virtops.documentsPerSecond >= TARGETS.documentsPerSecond, virtops && `${n(virtops.documentsPerSecond)} documents/s`],
  ['memory', `peak RSS < ${TARGETS.peakRssMB} MB`, virtops && virtops.peakRssMB < TARGETS.peakRssMB, virtops && `${virtops.peakRssMB} MB`],
  ['pre-commit', `one small file < ${TARGETS.smallFileMs} ms`, smallFile && smallFile.medianMs < TARGETS.smallFileMs, smallFile && `${smallFile.medianMs} ms`],
  ['vs kubeconform', 'faster than kubeconform', ratio && ratio > 1, ratio && `${ratio.toFixed(2)}x`],
  ['findings', 'errors in exactly the seeded documents', virtops?.check.ok, virtops && `${manifest.totals.bad - virtops.check.missed.length}/${manifest.totals.bad} found, ${virtops.check.unexpected.length} unexpected`],
].map(([id, target, pass, measured]) => ({ id, target, measured: measured ?? 'not measured', pass: Boolean(pass) }));

const { totals } = manifest;
const lines = [
  '',
  `virtops lint bench (Node ${process.version}, ${availableParallelism()} cores, load average ${loadBefore.toFixed(2)} before, ${runs} runs, schemas ${relative(ROOT, schemaDir) || schemaDir})`,
  `corpus ${corpusDir}: ${n(totals.files)} files, ${n(totals.documents)} documents, ${n(totals.bytes)} bytes ` +
    `(${totals.linesPerDocument} lines, ${n(totals.bytesPerDocument)} bytes per document), ${totals.bad} seeded problems`,
  '',
  `${'tool'.padEnd(22)}${'wall (median)'.padStart(14)}${'best'.padStart(9)}${'documents/s'.padStart(13)}${'peak RSS'.padStart(11)}${'CPU'.padStart(9)}`,
];
for (const [name, r] of [['virtops', virtops], [`kubeconform ${KUBECONFORM_VERSION}`, kc]]) {
  lines.push(r
    ? `${name.padEnd(22)}${`${(r.medianMs / 1000).toFixed(2)} s`.padStart(14)}${`${(r.bestMs / 1000).toFixed(2)} s`.padStart(9)}${n(r.documentsPerSecond).padStart(13)}${`${r.peakRssMB} MB`.padStart(11)}${`${r.medianCpuS} s`.padStart(9)}`
    : `${name.padEnd(22)}${'crashed'.padStart(14)}`);
}
if (ratio) lines.push('', `ratio: kubeconform time / virtops time = ${ratio.toFixed(2)} (virtops is ${ratio > 1 ? 'faster' : 'slower'})`);
if (smallFile) lines.push(`single small file ${smallFile.file} (${smallFile.documents} documents): median of ${SMALL_FILE_RUNS} = ${smallFile.medianMs} ms`);
lines.push('', 'targets');
for (const t of targets) lines.push(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.target.padEnd(40)} ${t.measured}`);

if (virtops) {
  const { missed, unexpected, otherRule, counts, warningsOnValidDocuments } = virtops.check;
  const list = (title, items, format) => {
    if (!items.length) return;
    lines.push('', `${title} (${items.length}):`, ...items.slice(0, 20).map((item) => `  ${format(item)}`));
    if (items.length > 20) lines.push(`  … ${items.length - 20} more in ${relative(ROOT, RESULTS)}`);
  };
  list('virtops missed seeded problems', missed, (m) => `${m.file} document ${m.document} (${m.name}): expected ${m.category} [${m.detail}], got no error`);
  list('virtops reported errors in documents without a seeded problem', unexpected, (u) => `${u.document}: ${u.got}`);
  list('virtops found the seeded document but with an unexpected rule (information)', otherRule, (o) => `${o.file} document ${o.document}: expected ${o.category}, got ${o.got}`);
  list('virtops summary does not match the corpus', counts, (c) => c);
  if (warningsOnValidDocuments) lines.push('', `(information) ${warningsOnValidDocuments} warnings on documents without a seeded problem`);
}
if (kc) {
  const flagged = Object.entries(kc.check.flaggedSeeded).map(([c, count]) => `${c} ${count}`).join(', ') || 'none';
  lines.push('', `kubeconform (schema only): ${kc.check.summary.invalid} invalid; seeded documents it flagged: ${flagged}; others: ${kc.check.flaggedOthers.length}`);
  for (const problem of kc.check.problems) lines.push(`  problem: ${problem}`);
}
for (const crash of results.crashed) lines.push('', `CRASH ${crash.tool}: ${crash.error}`);
console.log(lines.join('\n'));

mkdirSync(dirname(RESULTS), { recursive: true });
writeFileSync(RESULTS, JSON.stringify({
  date: new Date().toISOString(), node: process.version, cores: availableParallelism(), loadAverageBefore: loadBefore, runs,
  schemas: relative(ROOT, schemaDir) || schemaDir, kubeconformVersion: KUBECONFORM_VERSION,
  corpus: { dir: corpusDir, params: manifest.params, ...totals }, ...results, ratio, targets,
}, null, 2) + '\n');
console.log(`\nwritten to ${relative(ROOT, RESULTS)}`);
rmSync(dirname(timeFile), { recursive: true, force: true });
process.exitCode = results.crashed.length || !virtops?.check.ok || !kc?.check.ok ? 1 : 0;
