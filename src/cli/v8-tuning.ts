import { availableParallelism } from 'node:os';
import v8 from 'node:v8';

/**
 * V8 flags for a CLI run on a machine with `cores` cores, under Node `nodeMajor`.
 *
 * On two cores a large lint keeps both busy (the main thread and the parse lane), so V8's helper threads
 * find no idle core: whatever they do is taken from the lint's own threads.
 * - The parallel scavenger's helpers (node starts 4) only add CPU time. One-threaded scavenges pause the
 *   main thread a little longer and cost less in all. `npm run bench` corpus, interleaved runs: CPU time
 *   lower in every comparison (4.20 s vs 4.64 s median over 12 runs, 5.05 s vs 5.26 s over 20), wall
 *   time from 10% lower (2.30 s vs 2.57 s) to equal.
 * - TurboFan, Node 20's only optimizing compiler, spends about a third of the run's CPU time, much of
 *   it compiling the shared helpers again into each rule that calls them. Without inlining it compiles
 *   less, and the code it makes is hardly slower: CPU 2.75 s vs 2.87 s, wall 1.69 s vs 1.73 s (medians of
 *   10 interleaved runs; 2.76 vs 2.88 and 1.65 vs 1.71 over 12). From Node 22 Maglev does most of that
 *   work, and the flag gains nothing (Node 24: 1.50 s vs 1.48 s over 8), so it is left alone there.
 * More cores keep V8's defaults.
 */
export function v8FlagsFor(cores: number, nodeMajor: number): string[] {
  if (cores > 2) return [];
  return nodeMajor < 22 ? ['--no-parallel-scavenge', '--no-turbo-inlining'] : ['--no-parallel-scavenge'];
}

/**
 * Sets v8FlagsFor(this machine) in this process, before the lint's code is hot: V8 reads the scavenger flag
 * at every scavenge and the inlining flag at every optimization, so setting them now works.
 */
export function tuneV8(cores = availableParallelism(), nodeMajor = Number(process.versions.node.split('.')[0])): void {
  for (const flag of v8FlagsFor(cores, nodeMajor)) v8.setFlagsFromString(flag);
}
