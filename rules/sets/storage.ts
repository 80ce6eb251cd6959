import type { Rule } from '../../src/engine/rule.js';

/** Disks, disk/volume matching, volumes and access credentials (catalogue sections I, J, K, L). */
export const storageRules: readonly Rule[] = [];
