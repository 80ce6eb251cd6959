import { formatPath } from '../../core/path.js';
import type { FieldPath } from '../../core/types.js';

/**
 * What a change to a running VirtualMachine means for the guest. KubeVirt never restarts a VM on a
 * spec change: with the LiveUpdate rollout strategy (the default) some template fields reach the
 * running VMI (CPU sockets, guest memory, node placement; NAD references by live migration), and the
 * rest only take effect at the next restart (condition RestartRequired).
 */
export type VmImpact = 'none' | 'power' | 'live-update' | 'restart-required';

const LIVE_UPDATABLE: readonly FieldPath[] = [
  ['spec', 'template', 'spec', 'domain', 'cpu', 'sockets'],
  ['spec', 'template', 'spec', 'domain', 'memory', 'guest'],
  ['spec', 'template', 'spec', 'affinity'],
  ['spec', 'template', 'spec', 'nodeSelector'],
  ['spec', 'template', 'spec', 'tolerations'],
  ['spec', 'template', 'spec', 'evictionStrategy'],
];

/** Paths whose change affects nothing running (labels, annotations, the run strategy itself is 'power'). */
const NO_IMPACT_PREFIXES: readonly FieldPath[] = [['metadata'], ['spec', 'dataVolumeTemplates']];

export interface VmImpactReport {
  impact: VmImpact;
  /** The changed paths that need a restart, for the message. */
  restartPaths: string[];
}

export function vmImpact(changed: readonly FieldPath[]): VmImpactReport {
  let impact: VmImpact = 'none';
  const restartPaths: string[] = [];
  for (const path of changed) {
    if (NO_IMPACT_PREFIXES.some((prefix) => startsWith(path, prefix))) continue;
    if (startsWith(path, ['spec', 'runStrategy']) || startsWith(path, ['spec', 'running'])) {
      if (impact === 'none') impact = 'power';
      continue;
    }
    if (LIVE_UPDATABLE.some((prefix) => startsWith(path, prefix))) {
      if (impact !== 'restart-required') impact = 'live-update';
      continue;
    }
    impact = 'restart-required';
    restartPaths.push(formatPath(path));
  }
  return { impact, restartPaths };
}

function startsWith(path: FieldPath, prefix: FieldPath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
