import { loadConfig, type ResolvedConfig } from '../../src/engine/config.js';
import { ruleIds } from '../../src/engine/registry.js';

/** The recommended preset, loaded the way the CLI loads it, with relative globs based at `baseDir`. */
export function recommendedConfig(baseDir = process.cwd()): ResolvedConfig {
  return loadConfig({ preset: 'recommended', searchFrom: baseDir, knownRules: ruleIds });
}
