import { defineRule, type ObjectContext } from '../src/engine/rule.js';
import type { FieldPath } from '../src/core/types.js';
import { asArray, asString, dig, has, isRecord, isSet, isTemplated } from '../src/normalize/values.js';
import { vmSpecOf } from '../src/normalize/vm-spec.js';

/** The fields of CDI's DataVolumeSource: KubeVirt counts how many of them are set. */
const SOURCE_KINDS = ['http', 's3', 'gcs', 'registry', 'pvc', 'upload', 'blank', 'imageio', 'vddk', 'snapshot'] as const;

export default defineRule({
  meta: {
    id: 'data-volume-templates',
    type: 'problem',
    description: 'Each dataVolumeTemplate needs a name, exactly one of pvc and storage, exactly one way to be populated, a volume that uses it, and the namespace of its VirtualMachine',
    level: 'error',
    scope: 'object',
    kinds: ['VirtualMachine', 'VirtualMachinePool'],
    catalog: [
      'dvt-name-required',
      'dvt-pvc-or-storage',
      'dvt-pvc-storage-exclusive',
      'dvt-external-population-exclusive',
      'dvt-source-required',
      'dvt-source-non-empty',
      'dvt-single-source',
      'dvt-referenced-by-volume',
      'dvt-namespace',
    ],
    messages: {
      nameMissing:
        'dataVolumeTemplates[{{index}}] has no metadata.name: KubeVirt creates a DataVolume by that name, so it must not be empty. Add `metadata: {name: ...}` and use the same name in a volume\'s dataVolume.name.',
      pvcOrStorageMissing:
        "DataVolume template '{{name}}' has neither spec.storage nor spec.pvc, so CDI does not know what to create. Add `storage: {resources: {requests: {storage: 30Gi}}}` (recommended) or `pvc: ...` under its spec.",
      pvcAndStorage:
        "DataVolume template '{{name}}' sets both spec.storage and spec.pvc; KubeVirt accepts only one. Keep `storage` (CDI fills in the storage class defaults) and remove `pvc`, or the other way round.",
      externalPopulationWithSource:
        "DataVolume template '{{name}}' is populated by {{populator}} and also has {{source}}: those exclude each other. Remove {{source}}, or remove {{populator}}.",
      sourceMissing:
        "DataVolume template '{{name}}' has no source: set spec.source (e.g. `http`, `registry`, `pvc`, `blank`), spec.sourceRef (a DataSource), or a dataSourceRef in spec.storage/spec.pvc.",
      sourceEmpty:
        "DataVolume template '{{name}}' has a spec.source with no kind of source in it. Set exactly one of {{kinds}} under source (e.g. `blank: {}` for an empty disk).",
      multipleSources:
        "DataVolume template '{{name}}' has {{count}} sources ({{found}}) under spec.source; KubeVirt accepts exactly one. Keep one of them and remove the others.",
      notReferenced:
        "DataVolume template '{{name}}' is not used by any volume of the VM template, and KubeVirt rejects unused templates. Add a volume with `dataVolume: {name: {{name}}}` (and a disk for it), or remove the template.",
      namespaceDiffers:
        "DataVolume template '{{name}}' has namespace '{{namespace}}', but its VirtualMachine is in '{{vmNamespace}}': the DataVolume is always created next to the VM. Remove metadata.namespace from the template, or set it to '{{vmNamespace}}'.",
    },
  },
  check(ctx) {
    const at = vmSpecOf(ctx.kind, ctx.object);
    if (at === undefined) return;
    const templates = asArray(at.spec['dataVolumeTemplates']);
    if (templates.length === 0) return;
    const listPath: FieldPath = [...at.path, 'dataVolumeTemplates'];
    const volumes = asArray(dig(at.spec, 'template', 'spec', 'volumes'));
    const vmNamespace = asString(dig(ctx.object, 'metadata', 'namespace'));

    templates.forEach((dvt, i) => {
      if (!isRecord(dvt)) return;
      const path = [...listPath, i];
      if (checkTemplate(ctx, dvt, i, path)) checkReferenced(ctx, dvt, volumes, path);
      checkNamespace(ctx, dvt, path, vmNamespace);
    });
  },
});

/** KubeVirt's validateDataVolume: the first problem only. True when the template passed. */
function checkTemplate(ctx: ObjectContext, dvt: Readonly<Record<string, unknown>>, index: number, path: FieldPath): boolean {
  const metadata = dvt['metadata'];
  const name = asString(dig(metadata, 'name')) ?? '';
  if (name === '') {
    ctx.report({ path: isRecord(metadata) ? [...path, 'metadata'] : path, target: 'key', messageId: 'nameMissing', data: { index } });
    return false;
  }
  const spec = dvt['spec'];
  if (!isRecord(spec)) return false; // required by the schema
  const specPath = [...path, 'spec'];
  const pvc = spec['pvc'];
  const storage = spec['storage'];
  if (!isSet(pvc) && !isSet(storage)) {
    ctx.report({ path: specPath, target: 'key', messageId: 'pvcOrStorageMissing', data: { name } });
    return false;
  }
  if (isSet(pvc) && isSet(storage)) {
    ctx.report({ path: [...specPath, 'pvc'], target: 'key', messageId: 'pvcAndStorage', data: { name } });
    return false;
  }
  const target = isSet(pvc) ? pvc : storage;
  const targetKey = isSet(pvc) ? 'pvc' : 'storage';
  const populatorKey = has(target, 'dataSourceRef') ? 'dataSourceRef' : has(target, 'dataSource') ? 'dataSource' : undefined;
  const source = spec['source'];
  const sourceKey = isSet(source) ? 'source' : isSet(spec['sourceRef']) ? 'sourceRef' : undefined;
  if (populatorKey !== undefined && sourceKey !== undefined) {
    ctx.report({
      path: [...specPath, sourceKey],
      target: 'key',
      messageId: 'externalPopulationWithSource',
      data: { name, populator: `spec.${targetKey}.${populatorKey}`, source: `spec.${sourceKey}` },
    });
    return false;
  }
  if (populatorKey === undefined && sourceKey === undefined) {
    ctx.report({ path: specPath, target: 'key', messageId: 'sourceMissing', data: { name } });
    return false;
  }
  if (isSet(source)) {
    if (!isRecord(source)) return false; // junk for the schema rule
    const found = SOURCE_KINDS.filter((kind) => isSet(source[kind]));
    if (found.length === 0) {
      ctx.report({ path: [...specPath, 'source'], target: 'key', messageId: 'sourceEmpty', data: { name, kinds: SOURCE_KINDS.join(', ') } });
      return false;
    }
    if (found.length > 1) {
      ctx.report({ path: [...specPath, 'source', found[1]!], target: 'key', messageId: 'multipleSources', data: { name, count: found.length, found: found.join(', ') } });
      return false;
    }
  }
  return true;
}

/** ValidateDataVolumeTemplate: some template volume must name it as a dataVolume or a persistentVolumeClaim. */
function checkReferenced(ctx: ObjectContext, dvt: Readonly<Record<string, unknown>>, volumes: readonly unknown[], path: FieldPath): void {
  const name = asString(dig(dvt, 'metadata', 'name'));
  if (name === undefined || isTemplated(ctx, name)) return;
  for (const volume of volumes) {
    const claimName = dig(volume, 'persistentVolumeClaim', 'claimName');
    const dvName = dig(volume, 'dataVolume', 'name');
    if (claimName === name || dvName === name) return;
    // A parameter might expand to this name: give the benefit of the doubt.
    if (isTemplated(ctx, claimName) || isTemplated(ctx, dvName)) return;
  }
  ctx.report({ path: [...path, 'metadata', 'name'], messageId: 'notReferenced', data: { name } });
}

/**
 * validateVirtualMachineDataVolumeTemplateNamespace: a template namespace must be the VM's. When the VM
 * itself names no namespace, the one it is applied to decides, which virtops cannot know.
 */
function checkNamespace(ctx: ObjectContext, dvt: Readonly<Record<string, unknown>>, path: FieldPath, vmNamespace: string | undefined): void {
  const namespace = asString(dig(dvt, 'metadata', 'namespace'));
  if (namespace === undefined || namespace === '' || vmNamespace === undefined || vmNamespace === '') return;
  if (namespace === vmNamespace || isTemplated(ctx, namespace) || isTemplated(ctx, vmNamespace)) return;
  ctx.report({
    path: [...path, 'metadata', 'namespace'],
    messageId: 'namespaceDiffers',
    data: { name: asString(dig(dvt, 'metadata', 'name')) ?? `#${String(path[path.length - 1])}`, namespace, vmNamespace },
  });
}
