import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { didYouMean } from '../core/suggest.js';
import type { RuleLevel } from '../core/types.js';
import { Locator } from '../load/locate.js';
import { parseYaml } from '../load/parse.js';
import { isArch } from '../normalize/arch.js';
import { FEATURE_GATES, isKnownFeatureGate } from '../normalize/feature-gates.js';
import { DEFAULT_SETTINGS, EVICTION_STRATEGIES, type EvictionStrategy, type Settings } from './rule.js';

/**
 * virtops.config.yaml: which rules run at which level, settings, and ignores.
 * Found upward from the linted path; `--config` names one. Presets and user policy bundles have the
 * same shape and are pulled in with `extends`.
 */

export const CONFIG_FILE_NAMES = ['virtops.config.yaml', 'virtops.config.yml', '.virtops.yaml'];

export interface RuleSetting {
  level: RuleLevel;
  options: Record<string, unknown>;
}

export interface ObjectSelector {
  kind?: string;
  namespace?: string;
  name?: string;
}

/** An object that lives outside the linted files (`external:`): kind exactly, namespace and name as globs. */
export interface ExternalSelector {
  kind: string;
  namespace?: string;
  name?: string;
}

export interface IgnoreEntry {
  files?: string[];
  objects?: ObjectSelector[];
  rules: string[];
  reason?: string;
  /** Where it was declared, for messages. */
  origin: string;
}

export interface ResolvedConfig {
  /** The config file used, if any. */
  file?: string;
  /** Directory that relative file globs in ignores/include/exclude are matched against. */
  baseDir: string;
  rules: Record<string, RuleSetting>;
  settings: Settings;
  ignores: IgnoreEntry[];
  /** Objects that references may name without the set defining them. */
  external: ExternalSelector[];
  include: string[];
  exclude: string[];
  maxFileSizeBytes: number;
  requireSuppressionReason: boolean;
}

export class ConfigError extends Error {
  constructor(readonly file: string, readonly key: string, detail: string, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
const LEVELS: readonly RuleLevel[] = ['off', 'warn', 'error'];
const TOP_LEVEL_KEYS = ['name', 'description', 'extends', 'rules', 'settings', 'ignores', 'external', 'files', 'maxFileSize', 'requireSuppressionReason'];

/** Looks for a config file in `from` and its parents. */
export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  if (existsSync(dir) && !isDirectory(dir)) dir = dirname(dir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  /** --config: use exactly this file. */
  configFile?: string;
  /** --preset: use this built-in preset and no config file. */
  preset?: string;
  /** Where to start looking upward when neither is given. */
  searchFrom: string;
  knownRules: ReadonlySet<string>;
}

export function loadConfig(options: LoadConfigOptions): ResolvedConfig {
  if (options.preset !== undefined) {
    const config = emptyConfig(resolve(options.searchFrom));
    applyPreset(config, options.preset, options.knownRules, []);
    return config;
  }
  const file = options.configFile ? resolve(options.configFile) : findConfigFile(options.searchFrom);
  if (options.configFile && !existsSync(file as string)) {
    throw new ConfigError(options.configFile, '', 'config file not found; check the --config path');
  }
  const config = emptyConfig(file ? dirname(file) : resolve(options.searchFrom));
  if (file) {
    config.file = file;
    applyBundle(config, file, readBundle(file, options.knownRules), options.knownRules, [file]);
  } else {
    applyPreset(config, 'recommended', options.knownRules, []);
  }
  return config;
}

export function emptyConfig(baseDir: string): ResolvedConfig {
  return { baseDir, rules: {}, settings: { ...DEFAULT_SETTINGS }, ignores: [], external: [], include: [], exclude: [], maxFileSizeBytes: DEFAULT_MAX_FILE_SIZE, requireSuppressionReason: false };
}

/** The built-in presets, for --preset and for configs without `extends`. */
export function presetNames(): string[] {
  return ['recommended', 'strict'];
}

function applyPreset(config: ResolvedConfig, name: string, knownRules: ReadonlySet<string>, chain: string[]): void {
  const file = join(packageRoot(), 'policies', `${name}.yaml`);
  applyBundle(config, file, readBundle(file, knownRules), knownRules, [...chain, file]);
}

type Bundle = Record<string, unknown>;

function readBundle(file: string, knownRules: ReadonlySet<string>): Bundle {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, '', `cannot read the config file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (problem) throw new ConfigError(file, '', problem.message, problem.position?.line);
  if (parsed.documents.length > 1) throw new ConfigError(file, '', 'the config must be a single YAML document');
  const value = parsed.documents[0]?.value;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(file, '', 'the config must be a mapping (rules:, settings:, ignores:, …)');
  const bundle = value as Bundle;
  const locator = new Locator(text);
  const lineOf = (...path: string[]): number => locator.locate(parsed.documents[0]!.index, path, 'key').line;
  for (const key of Object.keys(bundle)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(file, key, `unknown key; expected one of: ${TOP_LEVEL_KEYS.join(', ')}`, lineOf(key));
  }
  validateRules(file, bundle['rules'], knownRules, (key) => lineOf('rules', key));
  return bundle;
}

function validateRules(file: string, rules: unknown, knownRules: ReadonlySet<string>, lineOf: (key: string) => number | undefined): void {
  if (rules === undefined || rules === null) return;
  if (typeof rules !== 'object' || Array.isArray(rules)) throw new ConfigError(file, 'rules', 'must be a mapping of rule id to off|warn|error (or [level, {options}])');
  for (const [id, setting] of Object.entries(rules)) {
    if (!knownRules.has(id)) {
      throw new ConfigError(file, `rules.${id}`, `unknown rule${didYouMean(id, [...knownRules])} (run \`virtops rules\` for the list)`, lineOf(id));
    }
    const level = normalizeLevel(Array.isArray(setting) ? setting[0] : setting);
    if (!LEVELS.includes(level as RuleLevel)) {
      throw new ConfigError(file, `rules.${id}`, `level must be off, warn or error, not ${JSON.stringify(level)}`, lineOf(id));
    }
    if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
      throw new ConfigError(file, `rules.${id}`, 'options must be a mapping: [level, {option: value}]', lineOf(id));
    }
  }
}

/** YAML 1.1 reads a bare `off` as false; ESLint's numeric levels are accepted too. */
function normalizeLevel(level: unknown): unknown {
  if (level === false || level === 0) return 'off';
  if (level === 1) return 'warn';
  if (level === 2) return 'error';
  return level;
}

function applyBundle(config: ResolvedConfig, file: string, bundle: Bundle, knownRules: ReadonlySet<string>, chain: string[]): void {
  const parent = bundle['extends'] ?? (chain.length === 1 && !isPresetFile(file) ? 'recommended' : undefined);
  for (const base of parent === undefined ? [] : Array.isArray(parent) ? parent : [parent]) {
    if (typeof base !== 'string') throw new ConfigError(file, 'extends', 'must be a preset name (recommended, strict) or a path to a policy bundle');
    if (presetNames().includes(base)) {
      applyPreset(config, base, knownRules, chain);
      continue;
    }
    const target = isAbsolute(base) ? base : resolve(dirname(file), base);
    if (chain.includes(target)) throw new ConfigError(file, 'extends', `circular extends: ${[...chain, target].join(' → ')}`);
    if (!existsSync(target)) throw new ConfigError(file, 'extends', `"${base}" is neither a preset (${presetNames().join(', ')}) nor an existing file`);
    applyBundle(config, target, readBundle(target, knownRules), knownRules, [...chain, target]);
  }
  const rules = (bundle['rules'] ?? {}) as Record<string, unknown>;
  for (const [id, setting] of Object.entries(rules)) {
    const [raw, options] = Array.isArray(setting) ? [setting[0], setting[1]] : [setting, undefined];
    const level = normalizeLevel(raw);
    const previous = config.rules[id];
    config.rules[id] = { level: level as RuleLevel, options: (options as Record<string, unknown> | undefined) ?? previous?.options ?? {} };
  }
  applySettings(config, file, bundle['settings']);
  applyFiles(config, file, bundle['files']);
  applyIgnores(config, file, bundle['ignores']);
  applyExternal(config, file, bundle['external']);
  if (bundle['maxFileSize'] !== undefined) config.maxFileSizeBytes = parseSize(file, bundle['maxFileSize']);
  if (bundle['requireSuppressionReason'] !== undefined) {
    if (typeof bundle['requireSuppressionReason'] !== 'boolean') throw new ConfigError(file, 'requireSuppressionReason', 'must be true or false');
    config.requireSuppressionReason = bundle['requireSuppressionReason'];
  }
}

function isPresetFile(file: string): boolean {
  return dirname(file) === join(packageRoot(), 'policies');
}

function applySettings(config: ResolvedConfig, file: string, settings: unknown): void {
  if (settings === undefined || settings === null) return;
  if (typeof settings !== 'object' || Array.isArray(settings)) throw new ConfigError(file, 'settings', 'must be a mapping');
  for (const [key, value] of Object.entries(settings)) {
    const at = `settings.${key}`;
    switch (key) {
      case 'arch':
        if (!isArch(value)) throw new ConfigError(file, at, `must be amd64, arm64 or s390x, not ${JSON.stringify(value)}`);
        config.settings.arch = value;
        break;
      case 'featureGates':
      case 'disabledFeatureGates':
        config.settings[key] = featureGateList(file, at, value);
        config.settings.featureGatesConfigured = true;
        break;
      case 'permitBridgeInterfaceOnPodNetwork':
        if (typeof value !== 'boolean') throw new ConfigError(file, at, 'must be true or false');
        config.settings.permitBridgeInterfaceOnPodNetwork = value;
        break;
      case 'defaultNetworkInterface':
        if (value !== 'bridge' && value !== 'masquerade' && value !== 'passt') throw new ConfigError(file, at, `must be bridge, masquerade or passt, not ${JSON.stringify(value)}`);
        config.settings.defaultNetworkInterface = value;
        break;
      case 'evictionStrategy':
        if (!(EVICTION_STRATEGIES as readonly unknown[]).includes(value)) throw new ConfigError(file, at, `must be ${EVICTION_STRATEGIES.join(', ')}, not ${JSON.stringify(value)}`);
        config.settings.evictionStrategy = value as EvictionStrategy;
        break;
      default:
        throw new ConfigError(file, at, `unknown setting${didYouMean(key, SETTING_KEYS)}; expected one of: ${SETTING_KEYS.join(', ')}`);
    }
  }
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS).filter((key) => key !== 'featureGatesConfigured');

function featureGateList(file: string, key: string, value: unknown): string[] {
  const names = stringList(file, key, value);
  for (const name of names) {
    if (!isKnownFeatureGate(name)) throw new ConfigError(file, key, `unknown feature gate ${JSON.stringify(name)}${didYouMean(name, Object.keys(FEATURE_GATES))}; known: ${Object.keys(FEATURE_GATES).join(', ')}`);
  }
  return names;
}

function applyFiles(config: ResolvedConfig, file: string, files: unknown): void {
  if (files === undefined || files === null) return;
  if (typeof files !== 'object' || Array.isArray(files)) throw new ConfigError(file, 'files', 'must be a mapping with include and/or exclude lists of globs');
  for (const [key, value] of Object.entries(files)) {
    if (key !== 'include' && key !== 'exclude') throw new ConfigError(file, `files.${key}`, 'unknown key; expected include or exclude');
    config[key].push(...stringList(file, `files.${key}`, value));
  }
}

function applyIgnores(config: ResolvedConfig, file: string, ignores: unknown): void {
  if (ignores === undefined || ignores === null) return;
  if (!Array.isArray(ignores)) throw new ConfigError(file, 'ignores', 'must be a list of {files, objects, rules, reason} entries');
  ignores.forEach((entry: unknown, i) => {
    const key = `ignores[${i}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw new ConfigError(file, key, 'must be a mapping with files and/or objects, and rules');
    const record = entry as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      if (!['files', 'objects', 'rules', 'reason'].includes(k)) throw new ConfigError(file, `${key}.${k}`, 'unknown key; expected files, objects, rules or reason');
    }
    if (record['files'] === undefined && record['objects'] === undefined) throw new ConfigError(file, key, 'needs files (globs) or objects (kind/namespace/name selectors)');
    const out: IgnoreEntry = { rules: record['rules'] === undefined ? ['*'] : stringList(file, `${key}.rules`, record['rules']), origin: `${file} ${key}` };
    if (record['files'] !== undefined) out.files = stringList(file, `${key}.files`, record['files']);
    if (record['objects'] !== undefined) out.objects = selectors(file, `${key}.objects`, record['objects']);
    if (typeof record['reason'] === 'string') out.reason = record['reason'];
    config.ignores.push(out);
  });
}

function applyExternal(config: ResolvedConfig, file: string, external: unknown): void {
  if (external === undefined || external === null) return;
  if (!Array.isArray(external)) throw new ConfigError(file, 'external', 'must be a list of {kind, namespace, name} entries, e.g. [{kind: Secret}, {kind: NetworkAttachmentDefinition, namespace: default}]');
  selectors(file, 'external', external).forEach((selector, i) => {
    if (selector.kind === undefined || selector.kind === '') throw new ConfigError(file, `external[${i}]`, 'needs a kind (e.g. Secret, DataSource, NetworkAttachmentDefinition); namespace and name are optional globs');
    config.external.push(selector as ExternalSelector);
  });
}

function selectors(file: string, key: string, value: unknown): ObjectSelector[] {
  if (!Array.isArray(value)) throw new ConfigError(file, key, 'must be a list of {kind, namespace, name} selectors (globs allowed)');
  return value.map((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new ConfigError(file, `${key}[${i}]`, 'must be a mapping with kind, namespace and/or name');
    const selector: ObjectSelector = {};
    for (const [k, v] of Object.entries(item)) {
      if (k !== 'kind' && k !== 'namespace' && k !== 'name') throw new ConfigError(file, `${key}[${i}].${k}`, 'unknown key; expected kind, namespace or name');
      if (typeof v !== 'string') throw new ConfigError(file, `${key}[${i}].${k}`, 'must be a string (globs allowed)');
      selector[k] = v;
    }
    return selector;
  });
}

function stringList(file: string, key: string, value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.some((v) => typeof v !== 'string')) throw new ConfigError(file, key, 'must be a list of strings');
  return list as string[];
}

function parseSize(file: string, value: unknown): number {
  const match = typeof value === 'number' ? [String(value), String(value), ''] : typeof value === 'string' ? /^(\d+)\s*(Ki|Mi|Gi)?$/.exec(value) : null;
  if (!match) throw new ConfigError(file, 'maxFileSize', 'must be a byte count such as 10Mi');
  const unit = ({ '': 1, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3 } as Record<string, number>)[match[2] ?? ''] ?? 1;
  return Number(match[1]) * unit;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

