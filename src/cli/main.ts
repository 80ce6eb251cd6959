import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { packageVersion } from '../core/package-root.js';
import { ConfigError, loadConfig, type ResolvedConfig } from '../engine/config.js';
import type { LintSourceResult } from '../engine/lint-source.js';
import { buildReport, runLint, type LintRunInput, type LintRunOutcome } from '../engine/lint-run.js';
import type { FixedSources } from '../fix/run.js';
import { allRules, ruleDescriptors, ruleIds } from '../engine/registry.js';
import { formatters } from '../report/index.js';
import { DEFAULT_LINT_REQUEST, HELP, parseCommandLine, UsageError, type LintRequest } from './args.js';

/** The `virtops` command: arguments in, exit code out; all output through the given streams. */

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  cwd: string;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    // The reconciler commands load @kubernetes/client-node and isomorphic-git (~0.7 s); import them
    // only when asked for, so `virtops lint` on one file (the pre-commit case) stays fast.
    if (argv[0] === 'plan') return await (await import('./plan.js')).planCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    if (argv[0] === 'sync') return await (await import('./sync.js')).syncCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    if (argv[0] === 'agent') return await (await import('./agent.js')).agentCommand(argv.slice(1), io, resolveConfig(DEFAULT_LINT_REQUEST, io.cwd));
    const request = parseCommandLine(argv);
    switch (request.command) {
      case 'help':
        io.stdout(`${HELP}\n`);
        return 0;
      case 'version':
        io.stdout(`${packageVersion()}\n`);
        return 0;
      case 'rules':
        io.stdout(listRules());
        return 0;
      case 'lint':
        return await lint(request, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`virtops: ${error.message}\nRun virtops --help for usage.\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.stderr(`virtops: invalid configuration: ${error.message}\n`);
      return 2;
    }
    io.stderr(`virtops: internal error: ${(error as Error).stack ?? String(error)}\nPlease report this at https://github.com/virtops/virtops/issues\n`);
    return 2;
  }
}

async function lint(request: LintRequest, io: Io): Promise<number> {
  const config = resolveConfig(request, io.cwd);
  let stdinBytes: Promise<Uint8Array> | undefined;
  const readStdin = (): Promise<Uint8Array> => (stdinBytes ??= io.readStdin());
  const stdinFile = request.stdinFilename ?? '<stdin>';
  const input: LintRunInput = {
    paths: request.paths,
    cwd: io.cwd,
    include: request.include,
    exclude: request.exclude,
    ...(request.concurrency !== undefined ? { concurrency: request.concurrency } : {}),
    ...(request.skipNonManifests ? { namedAsFound: true } : {}),
    ...(request.context ? { context: request.context } : {}),
    stdin: { file: stdinFile, read: readStdin },
  };
  let run = await runLint(input, config);
  if (request.fix) {
    const { fixRun } = await import('../fix/run.js'); // loads the yaml package: only when fixing
    // After --fix-dry-run, the fixed texts stand in for the files and standard input they were not written to.
    const relint = (fixed?: FixedSources): Promise<LintRunOutcome> => {
      const fixedStdin = fixed?.stdin;
      const stdin = fixedStdin ? { file: stdinFile, read: () => Promise.resolve(fixedStdin) } : input.stdin;
      return runLint(fixed ? { ...input, overrides: fixed.files, ...(stdin ? { stdin } : {}) } : input, config);
    };
    run = await fixRun(run, config, { mode: request.fix, readStdin, print: io.stdout, relint, errorsOnly: request.quiet });
  }
  let reports = run.reports;
  // SARIF carries each fix as replacements in the text (not after --fix: its findings are of the fixed texts).
  if (!request.fix && request.outputs.some((output) => output.format === 'sarif') && reports.some((report) => report.results.some((result) => result.fix))) {
    const { withTextEdits } = await import('../fix/text-edits.js'); // loads the yaml package: only when needed
    reports = await withTextEdits(run, readStdin);
  }
  for (const error of run.inputErrors) io.stderr(`virtops: ${error}\n`);
  if (request.verbose) reportVerbose(reports, config, io);

  const report = buildReport(reports, request.quiet);
  const ctx = { rules: ruleDescriptors(), color: request.color ?? (io.isTTY && !io.env['NO_COLOR']), cwd: io.cwd, toolVersion: packageVersion() };
  for (const output of request.outputs) {
    const text = formatters[output.format](report, { ...ctx, color: output.file === undefined && ctx.color });
    if (output.file === undefined) {
      io.stdout(text);
    } else {
      const target = resolve(io.cwd, output.file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
  }
  if (run.inputErrors.length > 0) return 2;
  if (run.empty) {
    io.stderr('virtops: no files to lint (looked for .yaml, .yml and .json files)\n');
    return 2;
  }
  if (report.summary.errors > 0) return 1;
  if (request.maxWarnings !== undefined && report.summary.warnings > request.maxWarnings) {
    io.stderr(`virtops: ${report.summary.warnings} warnings, more than --max-warnings ${request.maxWarnings}\n`);
    return 1;
  }
  return 0;
}

function resolveConfig(request: LintRequest, cwd: string): ResolvedConfig {
  const firstPath = request.paths.find((p) => p !== '-') ?? '.';
  const config = loadConfig({
    ...(request.configFile !== undefined ? { configFile: resolve(cwd, request.configFile) } : {}),
    ...(request.preset !== undefined ? { preset: request.preset } : {}),
    searchFrom: resolve(cwd, firstPath),
    knownRules: ruleIds,
  });
  for (const [id, level] of Object.entries(request.ruleOverrides)) {
    if (!ruleIds.has(id)) throw new UsageError(`--rule: unknown rule "${id}" (run virtops rules for the list)`);
    config.rules[id] = { level, options: config.rules[id]?.options ?? {} };
  }
  if (request.arch !== undefined) config.settings.arch = request.arch;
  if (request.external) config.external.push(...request.external);
  return config;
}

function reportVerbose(reports: readonly LintSourceResult[], config: ResolvedConfig, io: Io): void {
  io.stderr(`virtops: config ${config.file ?? '(none: recommended preset)'}, arch ${config.settings.arch}\n`);
  for (const report of reports) {
    for (const skipped of report.skipped) {
      const what = skipped.object.kind ? `${skipped.object.apiVersion}/${skipped.object.kind}${skipped.object.name ? ` ${skipped.object.name}` : ''}` : `document ${skipped.document + 1}`;
      io.stderr(`virtops: skipped ${report.file} ${what}: ${skipped.reason}\n`);
    }
  }
  const used = new Set(reports.flatMap((r) => r.usedIgnores));
  config.ignores.forEach((entry, i) => {
    if (!used.has(i)) io.stderr(`virtops: ${entry.origin} suppressed nothing in this run\n`);
  });
}

function listRules(): string {
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  return `${allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(5)}  ${r.meta.description}`).join('\n')}\n`;
}
