import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the committed Action bundle as the runner does: `node dist/index.js` from a checkout of the
 * action (here a copy without node_modules, so nothing can be resolved from there), with the
 * GITHUB_* and INPUT_* environment of a workflow step.
 */

const REPO = join(import.meta.dirname, '..', '..');

/** What a checkout of the action holds that the bundle reads at run time. */
const CHECKOUT_PARTS = ['package.json', 'dist', 'policies', 'src/schema/generated'];

let checkout: string | undefined;
export function actionCheckout(): string {
  if (checkout !== undefined) return checkout;
  const dir = mkdtempSync(join(tmpdir(), 'virtops-action-'));
  for (const part of CHECKOUT_PARTS) cpSync(join(REPO, part), join(dir, part), { recursive: true });
  return (checkout = dir);
}

export interface StepEvent {
  name: string;
  payload: unknown;
}

export interface Annotation {
  type: 'error' | 'warning' | 'notice';
  properties: Record<string, string>;
  message: string;
}

export interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  annotations: Annotation[];
  outputs: Record<string, string>;
  summary: string;
}

export function runActionStep(workspace: string, inputs: Record<string, string>, event?: StepEvent): StepRun {
  const files = mkdtempSync(join(tmpdir(), 'virtops-runner-'));
  const outputFile = join(files, 'output');
  const summaryFile = join(files, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: files,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  };
  if (event !== undefined) {
    const eventPath = join(files, 'event.json');
    writeFileSync(eventPath, JSON.stringify(event.payload));
    env['GITHUB_EVENT_NAME'] = event.name;
    env['GITHUB_EVENT_PATH'] = eventPath;
  }
  // The runner's spelling: INPUT_ + the name upper-cased, dashes kept (INPUT_FAIL-ON).
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;

  const run = spawnSync(process.execPath, [join(actionCheckout(), 'dist', 'index.js')], { cwd: workspace, env, encoding: 'utf8', timeout: 60_000 });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    annotations: parseAnnotations(run.stdout),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}

const unescape = (text: string): string => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[2] ?? '').split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    out.push({ type: match[1] as Annotation['type'], properties, message: unescape(match[3]!) });
  }
  return out;
}

/** The GITHUB_OUTPUT file: `name<<delimiter`, the value, the delimiter (as @actions/core writes it). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** A manifest from fixtures/. */
export function fixture(path: string): string {
  return readFileSync(join(REPO, 'fixtures', path), 'utf8');
}
