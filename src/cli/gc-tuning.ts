import { availableParallelism } from 'node:os';
import v8 from 'node:v8';

/**
 * V8 flags for a CLI run on a machine with `cores` cores.
 *
 * On two cores a large lint keeps both busy (the main thread and the parse lane), so the helper threads
 * of V8's parallel scavenger find no idle core: they only add CPU time (node starts 4 of them) that the
 * lint's own threads then lack. One-threaded scavenges pause the main thread a little longer and cost
 * less in all. `npm run bench` corpus on 2 cores, interleaved runs: CPU time lower in every comparison
 * (4.20 s vs 4.64 s median over 12 runs, 5.05 s vs 5.26 s over 20), wall time from 10% lower (2.30 s vs
 * 2.57 s) to equal. More cores keep the parallel scavenger.
 */
export function gcFlagsFor(cores: number): string[] {
  return cores <= 2 ? ['--no-parallel-scavenge'] : [];
}

/** Sets gcFlagsFor(this machine) in this process; V8 reads it at every scavenge, so setting it now works. */
export function tuneGarbageCollector(cores = availableParallelism()): void {
  for (const flag of gcFlagsFor(cores)) v8.setFlagsFromString(flag);
}
