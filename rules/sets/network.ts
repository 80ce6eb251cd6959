import type { Rule } from '../../src/engine/rule.js';

/** Networks, interfaces, DRA resource claims, GPUs and host devices (catalogue sections P, Q). */
export const networkRules: readonly Rule[] = [];
