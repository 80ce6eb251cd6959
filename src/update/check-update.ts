import { checkMigrationUpdate } from './migration.js';
import { checkPoolUpdate } from './pool.js';
import { checkVmUpdate } from './vm.js';
import { checkVmiUpdate } from './vmi.js';
import type { Json, UpdateFinding } from './types.js';

export type { UpdateFinding } from './types.js';

const CHECKS: Readonly<Record<string, (live: Json, desired: Json) => UpdateFinding[]>> = {
  VirtualMachine: checkVmUpdate,
  VirtualMachineInstance: checkVmiUpdate,
  VirtualMachinePool: checkPoolUpdate,
  VirtualMachineInstanceMigration: checkMigrationUpdate,
};

/**
 * What KubeVirt's admission would reject (or warn about) when `live`, the object in the cluster with its
 * status, is updated to `desired`, the object about to be applied. Only the update-time rules (catalogue
 * section T and the update parts of U); everything that can be judged from `desired` alone is the linter's.
 * Pure: no I/O; never throws on junk.
 */
export function checkUpdate(live: Record<string, unknown>, desired: Record<string, unknown>): UpdateFinding[] {
  const kind = desired['kind'];
  if (typeof kind !== 'string' || kind !== live['kind']) return [];
  const check = CHECKS[kind];
  if (check === undefined) return [];
  try {
    return check(live, desired);
  } catch {
    return [];
  }
}
