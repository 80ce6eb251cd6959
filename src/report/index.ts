import type { Formatter } from './common.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { FormatContext, Formatter } from './common.js';
export type { RuleDescriptor } from './rule-meta.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';

export const formatters: Record<FormatName, Formatter> = { stylish, json, sarif, github, junit };

export const DEFAULT_FORMAT: FormatName = 'stylish';

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}
