import type { FieldPath } from '../src/core/types.js';
import { defineRule } from '../src/engine/rule.js';
import { compare, parseQuantity } from '../src/normalize/quantity.js';
import { DATA_VOLUME, lookup, PVC } from '../src/normalize/references.js';
import { asArray, asString, dig, digPath, isParam } from '../src/normalize/values.js';
import { vmSpecOf } from '../src/normalize/vm-spec.js';

interface Clone {
  namespace?: string;
  name: string;
  size: string;
  path: FieldPath;
  target: string;
}

interface Fact {
  /** The storage this PVC or DataVolume requests. */
  size?: string;
  /** The PVC clones this object (a DataVolume or a VM's dataVolumeTemplates) asks for. */
  clones?: Clone[];
}

/** The storage request of a DataVolume spec (`storage` or `pvc`) or of a PVC spec, and where it is. */
function requested(spec: unknown, keys: readonly string[]): { size: string; path: string[] } | undefined {
  for (const key of keys) {
    const path = [...(key === '' ? [] : [key]), 'resources', 'requests', 'storage'];
    const size = asString(digPath(spec, path));
    if (size !== undefined && !isParam(size) && parseQuantity(size) !== undefined) return { size, path };
  }
  return undefined;
}

/** The clone a DataVolume spec asks for, when it names a source PVC and a size; `at` says where the spec is (asked only then). */
function cloneOf(spec: unknown, at: () => { specPath: FieldPath; target: string }): Clone | undefined {
  const name = asString(dig(spec, 'source', 'pvc', 'name'));
  if (name === undefined || isParam(name)) return undefined;
  const size = requested(spec, ['storage', 'pvc']);
  if (size === undefined) return undefined;
  const namespace = asString(dig(spec, 'source', 'pvc', 'namespace'));
  const { specPath, target } = at();
  return { name, ...(namespace && !isParam(namespace) ? { namespace } : {}), size: size.size, path: [...specPath, ...size.path], target };
}

export default defineRule<Fact>({
  meta: {
    id: 'clone-size',
    type: 'problem',
    description: 'A DataVolume that clones a PVC must request at least the size of its source, when both are in the set',
    level: 'error',
    scope: 'set',
    kinds: ['DataVolume', 'PersistentVolumeClaim', 'VirtualMachine', 'VirtualMachinePool'],
    messages: {
      smaller:
        "{{target}} requests {{size}} but clones {{sourceKind}} '{{source}}', which requests {{sourceSize}}: CDI rejects a clone target smaller than its source (\"target resources requests storage size is smaller than the source\"). Request at least {{sourceSize}}.",
    },
  },
  collect(ctx) {
    if (ctx.kind === PVC) {
      const size = requested(ctx.object['spec'], ['']);
      return size ? { size: size.size } : undefined;
    }
    const fact: Fact = {};
    const clones: Clone[] = [];
    if (ctx.kind === DATA_VOLUME) {
      const size = requested(ctx.object['spec'], ['storage', 'pvc']);
      if (size) fact.size = size.size;
      const clone = cloneOf(ctx.object['spec'], () => ({ specPath: ['spec'], target: `DataVolume '${asString(dig(ctx.object, 'metadata', 'name')) ?? ''}'` }));
      if (clone) clones.push(clone);
    }
    const vm = vmSpecOf(ctx.kind, ctx.object);
    asArray(vm?.spec['dataVolumeTemplates']).forEach((dvt, i) => {
      const clone = cloneOf(dig(dvt, 'spec'), () => ({ specPath: [...vm!.path, 'dataVolumeTemplates', i, 'spec'], target: `dataVolumeTemplate '${asString(dig(dvt, 'metadata', 'name')) ?? i}'` }));
      if (clone) clones.push(clone);
    });
    if (clones.length > 0) fact.clones = clones;
    return fact.size !== undefined || fact.clones ? fact : undefined;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      for (const clone of object.fact?.clones ?? []) {
        const ref = { kind: PVC, alternatives: [DATA_VOLUME], name: clone.name, ...(clone.namespace ? { namespace: clone.namespace } : {}), path: [], via: '' };
        if (lookup(ref, object.namespace, ctx.named).status !== 'found') continue;
        const namespace = clone.namespace ?? object.namespace;
        const sources = [PVC, DATA_VOLUME].flatMap((kind) => ctx.named(kind, clone.name)).filter((s) => namespace === undefined || s.namespace === undefined || s.namespace === namespace);
        const target = parseQuantity(clone.size)!;
        // Certain only when every object the source could be requests more.
        const sizes = sources.map((s) => (s.fact?.size !== undefined ? parseQuantity(s.fact.size) : undefined));
        if (sizes.length === 0 || sizes.some((size) => size === undefined || compare(size, target) <= 0)) continue;
        const source = sources[0]!;
        ctx.report({ at: object, path: clone.path, messageId: 'smaller', data: { target: clone.target, size: clone.size, sourceKind: source.kind, source: clone.name, sourceSize: source.fact!.size! } });
      }
    }
  },
});
