import { dig, semanticEqual, type Json, type UpdateFinding } from './types.js';

/** VirtualMachinePool updates (admitters/vmpool-admitter.go): the selector is immutable. */
export function checkPoolUpdate(live: Json, desired: Json): UpdateFinding[] {
  const before = dig(live, 'spec', 'selector');
  const after = dig(desired, 'spec', 'selector');
  if (semanticEqual(before, after)) return [];
  return [
    {
      catalog: 'vmpool-selector-immutable',
      path: 'spec.selector',
      message: "A VirtualMachinePool's selector cannot be changed after creation. Keep the old selector, or delete the pool and create it again (its VMs are deleted with it unless orphaned).",
      severity: 'error',
    },
  ];
}
