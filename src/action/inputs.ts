import { ARCHES, isArch, type Arch } from '../normalize/arch.js';

/** The Action's inputs (action.yml), read and checked; a bad value is an InputError naming the input. */

export type FailOn = 'error' | 'warning' | 'never';
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

export interface ActionInputs {
  /** Files, directories and globs, relative to the workspace. */
  paths: string[];
  configFile?: string;
  /** 'auto': only on pull requests. */
  changedOnly: boolean | 'auto';
  failOn: FailOn;
  sarifFile?: string;
  /** Recorded in the summary; the engine has no per-version rules yet, so it selects nothing. */
  kubevirtVersion?: string;
  arch?: Arch;
}

export class InputError extends Error {
  constructor(input: string, detail: string) {
    super(`input "${input}": ${detail}`);
    this.name = 'InputError';
  }
}

/** `get` returns an input's value as the runner passes it ('' when unset), e.g. @actions/core's getInput. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const text = (name: string): string | undefined => {
    const value = get(name).trim();
    return value === '' ? undefined : value;
  };
  const paths = (text('paths') ?? '.')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

  const failOn = text('fail-on') ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new InputError('fail-on', `"${failOn}" is not one of ${FAIL_ON.join(', ')}`);

  const arch = text('arch');
  if (arch !== undefined && !isArch(arch)) throw new InputError('arch', `"${arch}" is not one of ${ARCHES.join(', ')}`);

  const configFile = text('config');
  const sarifFile = text('sarif-file');
  const kubevirtVersion = text('kubevirt-version');
  return {
    paths: paths.length > 0 ? paths : ['.'],
    changedOnly: readChangedOnly(text('changed-only')),
    failOn: failOn as FailOn,
    ...(configFile !== undefined ? { configFile } : {}),
    ...(sarifFile !== undefined ? { sarifFile } : {}),
    ...(kubevirtVersion !== undefined ? { kubevirtVersion } : {}),
    ...(arch !== undefined ? { arch } : {}),
  };
}

/** The YAML 1.2 core-schema booleans @actions/core's getBooleanInput accepts, plus 'auto'. */
function readChangedOnly(value: string | undefined): boolean | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError('changed-only', `"${value}" is not one of true, false, auto`);
}
