import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { packageVersion } from '../core/package-root.js';
import type { FileReport, LintReport, Result } from '../core/types.js';
import { ConfigError, loadConfig, type ResolvedConfig } from '../engine/config.js';
import { lintFiles } from '../engine/lint-files.js';
import { lintSource, type LintSourceResult } from '../engine/lint-source.js';
import { activeRules, allRules, ruleIds } from '../engine/registry.js';
import { expandInputs } from '../load/files.js';
import { formatters, type RuleDescriptor } from '../report/index.js';
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
  const fileInputs = request.paths.filter((p) => p !== '-');
  const expanded = expandInputs(fileInputs, {
    cwd: io.cwd,
    include: [{ baseDir: io.cwd, patterns: request.include }, { baseDir: config.baseDir, patterns: config.include }],
    exclude: [{ baseDir: io.cwd, patterns: request.exclude }, { baseDir: config.baseDir, patterns: config.exclude }],
  });
  const tasks = expanded.tasks;
  const reports: LintSourceResult[] = await lintFiles(tasks, config, request.concurrency !== undefined ? { concurrency: request.concurrency } : {});
  if (request.paths.includes('-')) {
    const bytes = await io.readStdin();
    reports.push(lintSource({ file: request.stdinFilename ?? '<stdin>', bytes, discovered: false }, config, activeRules(config)));
  }
  for (const error of expanded.errors) io.stderr(`virtops: ${error}\n`);
  if (request.verbose) reportVerbose(reports, config, io);

  const report = buildReport(reports, request.quiet);
  const ctx = { rules: descriptors(), color: request.color ?? (io.isTTY && !io.env['NO_COLOR']), cwd: io.cwd, toolVersion: packageVersion() };
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
  if (expanded.errors.length > 0) return 2;
  if (expanded.tasks.length === 0 && !request.paths.includes('-')) {
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
  return config;
}

function buildReport(reports: readonly LintSourceResult[], quiet: boolean): LintReport {
  const files: FileReport[] = reports.map(({ usedIgnores: _unused, ...report }) => ({
    ...report,
    results: quiet ? report.results.filter((r: Result) => r.severity === 'error') : report.results,
  }));
  const all = files.flatMap((f) => f.results);
  return {
    files,
    summary: {
      files: files.length,
      documents: files.reduce((n, f) => n + f.documents, 0),
      errors: all.filter((r) => r.severity === 'error').length,
      warnings: all.filter((r) => r.severity === 'warning').length,
      infos: all.filter((r) => r.severity === 'info').length,
    },
  };
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

function descriptors(): RuleDescriptor[] {
  return allRules.map((rule) => ({
    id: rule.meta.id,
    description: rule.meta.description,
    url: rule.meta.url,
    defaultSeverity: rule.meta.level === 'error' ? 'error' : 'warning',
  }));
}

function listRules(): string {
  const width = Math.max(...allRules.map((r) => r.meta.id.length));
  return `${allRules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(5)}  ${r.meta.description}`).join('\n')}\n`;
}
