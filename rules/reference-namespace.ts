import { defineRule } from '../src/engine/rule.js';
import { DATA_VOLUME, isExternalReference, lookup, PVC, referencesOf, type ObjectReference } from '../src/normalize/references.js';

export default defineRule<readonly ObjectReference[]>({
  meta: {
    id: 'reference-namespace',
    type: 'problem',
    description: "A volume's DataVolume or PersistentVolumeClaim must be in the VM's namespace, not only in another one",
    level: 'error',
    scope: 'set',
    kinds: ['VirtualMachine', 'VirtualMachineInstance', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'],
    messages: {
      otherNamespace:
        "{{kind}} '{{name}}' ({{via}}) must be in namespace '{{namespace}}' with this {{owner}}, but the linted files define it only in {{namespaces}}: a VM can use volumes of its own namespace only. Move one of them, or clone the disk into '{{namespace}}' with a DataVolume whose source.pvc names namespace {{namespaces}}.",
    },
  },
  collect(ctx) {
    // Volumes name no namespace: they are always looked up in the VM's own.
    const refs = referencesOf(ctx.kind, ctx.object, ctx.templateParams).filter((ref) => ref.namespace === undefined && (ref.kind === DATA_VOLUME || ref.kind === PVC));
    return refs.length > 0 ? refs : undefined;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      if (object.namespace === undefined) continue; // applied wherever the user says: not certain
      for (const ref of object.fact ?? []) {
        if (isExternalReference(ref, object.namespace, ctx.isExternal)) continue;
        const found = lookup(ref, object.namespace, ctx.named);
        if (found.status !== 'elsewhere') continue;
        ctx.report({
          at: object,
          path: ref.path,
          messageId: 'otherNamespace',
          data: { kind: ref.kind, name: ref.name, via: ref.via, namespace: object.namespace, owner: object.kind, namespaces: found.namespaces.map((n) => `'${n}'`).join(', ') },
        });
      }
    }
  },
});
