import type { Rule } from '../../src/engine/rule.js';

/** Metadata, hostname/DNS, memory, CPU/NUMA, Hyper-V, architecture/firmware, launch security, probes (catalogue sections B-G, M, O). */
export const computeRules: readonly Rule[] = [];
