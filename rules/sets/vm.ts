import type { Rule } from '../../src/engine/rule.js';

/** VirtualMachine-only rules, pools/VMIRS/instancetypes/preferences/migrations, webhook warnings (catalogue sections S, U, W). */
export const vmRules: readonly Rule[] = [];
