import { isRecord } from '../normalize/values.js';
import type { DefinitionSpec } from './types.js';

/** A preference's CPU topology choice, with the deprecated prefer* names mapped to the current ones. */
export type Topology = 'sockets' | 'cores' | 'threads' | 'spread' | 'any';

export const DEPRECATED_TOPOLOGIES: Readonly<Record<string, Topology>> = {
  preferSockets: 'sockets',
  preferCores: 'cores',
  preferThreads: 'threads',
  preferSpread: 'spread',
  preferAny: 'any',
};

export const TOPOLOGIES: readonly string[] = ['sockets', 'cores', 'threads', 'spread', 'any'];

/** apply.GetPreferredTopology: sockets when the preference gives none; undefined for a name KubeVirt does not know. */
export function preferredTopology(preference: DefinitionSpec | undefined): Topology | undefined {
  const cpu = preference?.['cpu'];
  const value = isRecord(cpu) ? cpu['preferredCPUTopology'] : undefined;
  if (value === undefined || value === null) return 'sockets';
  if (typeof value !== 'string') return undefined;
  if (TOPOLOGIES.includes(value)) return value as Topology;
  return DEPRECATED_TOPOLOGIES[value];
}

/**
 * apply.GetSpreadOptions: across defaults to SocketsCores; the ratio is spreadOptions.ratio, else
 * preferSpreadSocketToCoreRatio when not 0, else 2.
 */
export function spreadOptions(preference: DefinitionSpec | undefined): { ratio: number; across: string } {
  let ratio = 2;
  const legacy = preference?.['preferSpreadSocketToCoreRatio'];
  if (typeof legacy === 'number' && Number.isInteger(legacy) && legacy > 0) ratio = legacy;
  let across = 'SocketsCores';
  const cpu = preference?.['cpu'];
  const options = isRecord(cpu) ? cpu['spreadOptions'] : undefined;
  if (isRecord(options)) {
    if (typeof options['across'] === 'string') across = options['across'];
    const own = options['ratio'];
    if (typeof own === 'number' && Number.isInteger(own) && own >= 0) ratio = own;
  }
  return { ratio, across };
}
