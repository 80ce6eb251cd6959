import { formatPath } from '../core/path.js';
import type { FieldPath } from '../core/types.js';
import type { KubeObject } from '../load/objects.js';
import { asString, isRecord } from '../normalize/values.js';
import { vmSpecOf } from '../normalize/vm-spec.js';
import { describeResolved, resolveMatcher } from './definitions.js';
import { expandTemplate } from './expand.js';
import type { Expansion, InstancetypeIndex } from './types.js';

/**
 * The engine's view of expansion: which object template gets expanded, which spec the instance-spec rules
 * then see, and how a finding on a field that came from an instancetype or preference says so.
 */

export interface SubjectExpansion extends Expansion {
  /** Path from the object root to the expanded VMI spec (the VM template's spec). */
  specPath: FieldPath;
  /** Path from the object root to the VirtualMachine spec holding the matchers. */
  vmSpecPath: FieldPath;
  /**
   * A pool's own admission validates its template as written; the VirtualMachines it creates get the
   * expansion. So rules see the template as written in `spec`, and the expansion in `normalized` only.
   */
  asWrittenSpec: boolean;
}

/** Expands a VirtualMachine's (or a pool's VirtualMachine template's) instancetype and preference, when either resolves. */
export function expandSubject(object: KubeObject, index: InstancetypeIndex): SubjectExpansion | undefined {
  const at = vmSpecOf(object.kind, object.value);
  if (at === undefined || (at.spec['instancetype'] === undefined && at.spec['preference'] === undefined)) return undefined;
  const template = at.spec['template'];
  if (!isRecord(template) || !isRecord(template['spec'])) return undefined;
  const metadata = object.value['metadata'];
  const namespace = isRecord(metadata) ? asString(metadata['namespace']) : undefined;
  const instancetype = resolveMatcher('instancetype', at.spec, namespace, index);
  const preference = resolveMatcher('preference', at.spec, namespace, index);
  if (instancetype === undefined && preference === undefined) return undefined;
  return {
    ...expandTemplate(template['spec'], template['metadata'], instancetype, preference),
    specPath: [...at.path, 'template', 'spec'],
    vmSpecPath: at.path,
    asWrittenSpec: object.kind === 'VirtualMachinePool',
  };
}

/** The spec an instance-spec rule sees as `spec` and the one defaulting starts from, for the spec at `specPath`. */
export function specsFor(
  expansion: SubjectExpansion | undefined,
  specPath: FieldPath,
  written: Readonly<Record<string, unknown>>,
): { spec: Readonly<Record<string, unknown>>; toNormalize: Readonly<Record<string, unknown>>; expansion?: SubjectExpansion } {
  if (expansion === undefined || !samePath(expansion.specPath, specPath)) return { spec: written, toNormalize: written };
  return { spec: expansion.asWrittenSpec ? written : expansion.spec, toNormalize: expansion.spec, expansion };
}

/**
 * For a finding at `path` (relative to the expanded spec): a note naming the instancetype or preference the
 * field came from, or '' when the manifest itself holds it.
 */
export function appliedHint(expansion: SubjectExpansion, path: FieldPath): string {
  const entry = expansion.applied.find((a) => a.path.length <= path.length && a.path.every((segment, i) => path[i] === segment));
  if (entry === undefined) return '';
  const source = entry.from === 'instancetype' ? expansion.instancetype : expansion.preference;
  if (source === undefined) return '';
  return ` (${formatPath(entry.path)} is not in the manifest: it comes from the ${entry.from}, ${describeResolved(source)})`;
}

function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((segment, i) => b[i] === segment);
}
