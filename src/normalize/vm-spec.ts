import type { FieldPath } from '../core/types.js';
import { isRecord, type Obj } from './values.js';

/**
 * The VirtualMachine spec of an object-scope subject: a VirtualMachine's `spec`, or the VM template of a
 * VirtualMachinePool (`spec.virtualMachineTemplate.spec`), which KubeVirt's pool admitter validates with
 * the same `ValidateVirtualMachineSpec` (run strategy, data volume templates, live update), and from which
 * the pool controller creates VirtualMachines.
 */
export interface VmSpecAt {
  spec: Obj;
  /** Path from the object root to the VirtualMachine spec. */
  path: FieldPath;
}

const POOL_VM_SPEC: FieldPath = ['spec', 'virtualMachineTemplate', 'spec'];
const VM_SPEC: FieldPath = ['spec'];

export function vmSpecOf(kind: string, object: Obj): VmSpecAt | undefined {
  if (kind === 'VirtualMachine') {
    const spec = object['spec'];
    return isRecord(spec) ? { spec, path: VM_SPEC } : undefined;
  }
  if (kind === 'VirtualMachinePool') {
    const template = isRecord(object['spec']) ? object['spec']['virtualMachineTemplate'] : undefined;
    const spec = isRecord(template) ? template['spec'] : undefined;
    return isRecord(spec) ? { spec, path: POOL_VM_SPEC } : undefined;
  }
  return undefined;
}
