import type { ESLint, Linter } from 'eslint';
import { packageRoot, packageVersion } from '../core/package-root.js';
import type { RuleLevel } from '../core/types.js';
import { loadConfig, presetNames } from '../engine/config.js';
import { levelOf, ruleIds } from '../engine/registry.js';
import { NOT_MANIFESTS } from '../load/files.js';
import { fileRules, toEslintRule, type EslintRule } from './rules.js';

/**
 * virtops as an ESLint plugin for YAML files (eslint-plugin-yml's `yml/yaml` language): every virtops
 * rule as `virtops/<id>`, and one flat config per virtops preset (`recommended`, `strict`).
 * See docs/eslint-plugin.md.
 */

// Optional peer: the rules work under any YAML language or parser; only the configs need eslint-plugin-yml.
const yml = await import('eslint-plugin-yml').then((module) => module.default).catch(() => undefined);

const YAML_FILES = ['**/*.yaml', '**/*.yml'];

const rules: Record<string, EslintRule> = Object.fromEntries(fileRules.map((rule) => [rule.meta.id, toEslintRule(rule)]));

const plugin = {
  meta: { name: 'virtops', version: packageVersion(), namespace: 'virtops' },
  rules,
  configs: {} as Record<string, Linter.Config[]>,
} satisfies ESLint.Plugin;

const built = new Map<string, Linter.Config[]>();
for (const preset of presetNames()) {
  Object.defineProperty(plugin.configs, preset, {
    enumerable: true,
    get: () => built.get(preset) ?? built.set(preset, presetConfig(preset)).get(preset),
  });
}

/** A flat config with the preset's levels (read from policies/<preset>.yaml, as the CLI reads them). */
function presetConfig(preset: string): Linter.Config[] {
  if (!yml) {
    throw new Error(`virtops: configs.${preset} needs eslint-plugin-yml for the YAML language; install it (npm install --save-dev eslint-plugin-yml), or set up a YAML parser yourself and list the virtops/* rules`);
  }
  const config = loadConfig({ preset, searchFrom: packageRoot(), knownRules: ruleIds });
  const levels: Record<string, RuleLevel> = {};
  for (const { meta } of fileRules) levels[`virtops/${meta.id}`] = levelOf(config, meta.id);
  return [
    ...yml.configs.base,
    { name: `virtops/${preset}`, files: YAML_FILES, ignores: NOT_MANIFESTS, plugins: { virtops: plugin }, rules: levels },
  ];
}

export default plugin;
