import type { Rule } from '../../src/engine/rule.js';

/** Other devices, affinity, VirtualMachine-only rules, pools/instancetypes/migrations, warnings (catalogue sections N, R, S, U, W). */
export const vmRules: readonly Rule[] = [];
