import { readFileSync, writeFileSync } from 'node:fs';
import type { ResolvedConfig } from '../engine/config.js';
import type { SourceInput } from '../engine/lint-source.js';
import type { LintRunOutcome } from '../engine/lint-run.js';
import { activeRules } from '../engine/registry.js';
import { unifiedDiff } from './diff.js';
import { fixSource, wantsFix } from './fix-source.js';

/**
 * `virtops lint --fix` and `--fix-dry-run` over a finished lint run: fixes every file that has fixable
 * findings, then writes it (`write`) or prints its diff (`dry-run`), and returns the run as it stands
 * after the fixes, for the report and the exit code.
 */

export type FixMode = 'write' | 'dry-run';

/** Fixed texts that were not written: files by absolute path, and standard input. */
export interface FixedSources {
  files: Map<string, Uint8Array>;
  stdin?: Uint8Array;
}

export interface FixRunOptions {
  mode: FixMode;
  /** Standard input again (the caller keeps the bytes it read): dry-run only, --fix refuses stdin. */
  readStdin: () => Promise<Uint8Array>;
  /** Where the dry-run diffs go (standard output). */
  print: (text: string) => void;
  /**
   * The same lint run again, after the fixes: from disk after --fix wrote them, else with the fixed texts
   * given (`fixed`), so that whole-set stages see the fixed files either way.
   */
  relint: (fixed?: FixedSources) => Promise<LintRunOutcome>;
  /** --quiet: fix errors only, as ESLint does (warnings are neither reported nor fixed). */
  errorsOnly?: boolean;
}

export async function fixRun(run: LintRunOutcome, config: ResolvedConfig, options: FixRunOptions): Promise<LintRunOutcome> {
  const active = activeRules(config);
  const fixed: FixedSources = { files: new Map() };
  let written = 0;
  const problems: string[] = [];
  for (const [i, report] of run.reports.entries()) {
    const errorsOnly = options.errorsOnly === true;
    if (!report.results.some((result) => wantsFix(result, errorsOnly))) continue;
    const task = run.sources[i];
    if (task === undefined && options.mode === 'write') continue;
    let bytes: Uint8Array;
    try {
      bytes = task ? readFileSync(task.absolute) : await options.readStdin();
    } catch (error) {
      problems.push(`cannot read ${report.file} again to fix it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      continue;
    }
    const input: SourceInput = task ? { file: task.file, absolute: task.absolute, bytes, discovered: task.discovered } : { file: report.file, bytes, discovered: false };
    const outcome = fixSource(input, config, active, report, errorsOnly);
    if (outcome === undefined || outcome.after === outcome.before) continue;
    if (options.mode === 'dry-run') {
      options.print(unifiedDiff(report.file, outcome.before, outcome.after));
      if (task) fixed.files.set(task.absolute, outcome.bytes);
      else fixed.stdin = outcome.bytes;
    } else {
      try {
        writeFileSync(task!.absolute, outcome.bytes);
        written++;
      } catch (error) {
        // Reported like an unreadable path (exit 2); the file keeps its findings.
        problems.push(`cannot write the fixes to ${report.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
  }
  const dryRunFixed = fixed.files.size > 0 || fixed.stdin !== undefined;
  const after = written > 0 ? await options.relint() : dryRunFixed ? await options.relint(fixed) : run;
  return { ...after, inputErrors: [...after.inputErrors, ...problems] };
}
