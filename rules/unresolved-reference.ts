import { defineRule } from '../src/engine/rule.js';
import { DATA_VOLUME, isExternalReference, lookup, PVC, referencesOf, type ObjectReference } from '../src/normalize/references.js';

/** Kinds whose references are followed: VM-like objects, DataVolumes and DataSources. */
const KINDS = ['VirtualMachine', 'VirtualMachineInstance', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool', 'DataVolume', 'DataSource'];

export default defineRule<readonly ObjectReference[]>({
  meta: {
    id: 'unresolved-reference',
    type: 'problem',
    description: 'Objects a manifest refers to (volumes, secrets, config maps, networks, instancetypes, data sources, service accounts) must be in the linted files or declared external',
    level: 'warn',
    scope: 'set',
    kinds: KINDS,
    messages: {
      missing:
        "{{kind}} '{{name}}' ({{via}}) is not defined in the linted files{{where}}. Add its manifest, or, if it lives in the cluster already, declare it external: `--external {{flag}}` or `external: [{{entry}}]` in virtops.config.yaml.",
      elsewhere:
        "{{kind}} '{{name}}' ({{via}}) is looked up in namespace '{{namespace}}', but the linted files define it only in {{namespaces}}. Fix the namespace, or, if it lives in the cluster already, declare it external: `--external {{flag}}`.",
    },
  },
  collect(ctx) {
    const refs = referencesOf(ctx.kind, ctx.object, ctx.templateParams);
    return refs.length > 0 ? refs : undefined;
  },
  check(ctx) {
    for (const object of ctx.objects) {
      for (const ref of object.fact ?? []) {
        if (isExternalReference(ref, object.namespace, ctx.isExternal)) continue;
        const found = lookup(ref, object.namespace, ctx.named);
        if (found.status === 'found') continue;
        const namespace = ref.cluster ? undefined : (ref.namespace ?? object.namespace);
        const flag = `${ref.kind}${namespace !== undefined ? `/${namespace}/${ref.name}` : ''}`;
        const entry = `{kind: ${ref.kind}${namespace !== undefined ? `, namespace: ${namespace}, name: ${ref.name}` : ''}}`;
        const data = { kind: ref.kind, name: ref.name, via: ref.via, flag, entry };
        if (found.status === 'missing') {
          ctx.report({ at: object, path: ref.path, messageId: 'missing', data: { ...data, where: namespace !== undefined ? ` (namespace '${namespace}')` : '' } });
        } else if (ref.namespace !== undefined || (ref.kind !== DATA_VOLUME && ref.kind !== PVC)) {
          // A volume's DataVolume or PVC in another namespace is reference-namespace's error, not reported twice.
          ctx.report({ at: object, path: ref.path, messageId: 'elsewhere', data: { ...data, namespace: namespace ?? '', namespaces: found.namespaces.map((n) => `'${n}'`).join(', ') } });
        }
      }
    }
  },
});
