import type { Rule } from '../../src/engine/rule.js';

/** Other devices (input, iothreads, GPU, sound, video, watchdog, panic, vsock, host devices) and affinity/topology spread (catalogue sections N, R). */
export const devicesRules: readonly Rule[] = [];
