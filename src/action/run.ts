import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import { packageVersion } from '../core/package-root.js';
import { loadConfig } from '../engine/config.js';
import { buildReport, runLint } from '../engine/lint-run.js';
import { ruleDescriptors, ruleIds } from '../engine/registry.js';
import { plural } from '../report/common.js';
import { formatters, type FormatContext } from '../report/index.js';
import { planAnnotations } from './annotations.js';
import { changedFiles, type ChangedScope } from './changed-files.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { summaryMarkdown } from './summary.js';

/** One run of the GitHub Action: inputs → lint → SARIF, annotations, job summary, outputs, verdict. */

/** A failure the user can fix (bad paths, no files): shown as the step's error, without a stack trace. */
export class ActionFailure extends Error {}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  if (!existsSync(workspace)) throw new ActionFailure(`GITHUB_WORKSPACE ${workspace} does not exist: check out the repository first (actions/checkout)`);
  const cwd = realpathSync(workspace);
  if (inputs.configFile !== undefined && !existsSync(resolve(cwd, inputs.configFile))) {
    throw new ActionFailure(`input "config": ${inputs.configFile} does not exist (the path is relative to the repository root)`);
  }
  const config = loadConfig({
    ...(inputs.configFile !== undefined ? { configFile: resolve(cwd, inputs.configFile) } : {}),
    searchFrom: resolve(cwd, inputs.paths[0]!),
    knownRules: ruleIds,
  });
  if (inputs.arch !== undefined) config.settings.arch = inputs.arch;

  const run = await runLint({ paths: inputs.paths, cwd }, config);
  if (run.inputErrors.length > 0) {
    throw new ActionFailure(`cannot lint ${run.inputErrors.join('; ')} (input "paths" is relative to the repository root, one entry per line)`);
  }
  if (run.empty) throw new ActionFailure(`no files to lint in ${inputs.paths.join(', ')} (looked for .yaml, .yml and .json files)`);

  const scope = reportScope(inputs, cwd, env);
  const everything = buildReport(run.reports);
  const shown = scope !== undefined && 'files' in scope ? buildReport(run.reports.filter((r) => scope.files.has(resolve(cwd, r.file)))) : everything;
  const rules = ruleDescriptors();
  const ctx: FormatContext = { rules, color: false, cwd, toolVersion: packageVersion() };

  // SARIF gets every finding even with changed-only: code scanning compares it with the base branch's
  // analysis itself, and would take findings left out here for fixed ones.
  if (inputs.sarifFile !== undefined) {
    const target = resolve(cwd, inputs.sarifFile);
    mkdirSync(dirname(target), { recursive: true });
    // With each fix as replacements in the text, as the CLI's SARIF has them.
    const { withTextEdits } = await import('../fix/text-edits.js');
    writeFileSync(target, formatters.sarif(buildReport(await withTextEdits(run)), ctx));
  }

  const text = formatters.stylish(shown, ctx);
  if (text !== '') core.info(text.trimEnd());
  const plan = planAnnotations(shown, cwd);
  for (const { severity, message, properties } of plan.annotations) {
    if (severity === 'error') core.error(message, properties);
    else if (severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }

  if (env['GITHUB_STEP_SUMMARY']) {
    const markdown = summaryMarkdown({
      report: shown,
      cwd,
      rules,
      filesLinted: everything.summary.files,
      scope: scope === undefined ? { changedOnly: false } : 'files' in scope ? { changedOnly: true, changedFiles: scope.files.size } : { changedOnly: false, reason: scope.everything },
      ...(config.file !== undefined ? { configFile: config.file } : {}),
      arch: config.settings.arch,
      ...(inputs.kubevirtVersion !== undefined ? { kubevirtVersion: inputs.kubevirtVersion } : {}),
      notAnnotated: plan.notAnnotated,
      ...(inputs.sarifFile !== undefined ? { sarifFile: inputs.sarifFile } : {}),
    });
    await core.summary.addRaw(markdown).write();
  }

  const { errors, warnings } = shown.summary;
  core.setOutput('errors', errors);
  core.setOutput('warnings', warnings);
  core.setOutput('sarif-file', inputs.sarifFile ?? '');

  const failing = inputs.failOn === 'error' ? errors : inputs.failOn === 'warning' ? errors + warnings : 0;
  if (failing > 0) core.setFailed(`virtops found ${counts(errors, warnings)} (fail-on: ${inputs.failOn})`);
  else core.info(`virtops: ${counts(errors, warnings)}`);
}

/**
 * Changed files only (pull requests by default), or everything with the reason when changed files were
 * asked for but cannot be known; undefined when they were not asked for.
 */
function reportScope(inputs: ActionInputs, cwd: string, env: NodeJS.ProcessEnv): ChangedScope | undefined {
  const eventName = env['GITHUB_EVENT_NAME'] ?? '';
  const wanted = inputs.changedOnly === 'auto' ? eventName.startsWith('pull_request') : inputs.changedOnly;
  if (!wanted) return undefined;
  const scope = changedFiles(cwd, eventName, env['GITHUB_EVENT_PATH']);
  if ('everything' in scope) core.notice(`virtops reports findings in all files: ${scope.everything}`);
  return scope;
}

function counts(errors: number, warnings: number): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
