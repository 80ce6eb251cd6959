import { defineRule, type ObjectContext } from '../src/engine/rule.js';
import { splitApiVersion } from '../src/kinds/registry.js';
import { DNS1123_LABEL_MAX_LENGTH, explainDnsLabel, explainName, pathSegmentNameErrors, suggestDnsLabel, suggestDnsSubdomain } from '../src/normalize/names.js';
import { asString, dig, digPath, isRecord, isSet, isTemplated } from '../src/normalize/values.js';

/**
 * Which name rule the API server applies to an object's metadata.name:
 *   - subdomain: NameIsDNSSubdomain, for every custom resource (KubeVirt, CDI, Multus ...) and most built-in kinds;
 *   - label / dns1035: Namespaces and Services;
 *   - path: only the rule every object shares (the name is a URL path segment), for kinds whose own rule
 *     virtops does not know, so that it never rejects a name the cluster accepts (RBAC names like
 *     `system:viewer`, OpenShift Templates);
 *   - skip: documents that are not API objects (Lists, kustomize files).
 */
type NameRule = 'subdomain' | 'label' | 'dns1035' | 'path' | 'skip';

const CORE_SUBDOMAIN_KINDS = new Set([
  'ConfigMap',
  'Secret',
  'PersistentVolumeClaim',
  'PersistentVolume',
  'Pod',
  'PodTemplate',
  'ServiceAccount',
  'ReplicationController',
  'Endpoints',
  'LimitRange',
  'ResourceQuota',
]);

const BUILTIN_SUBDOMAIN_KINDS: Readonly<Record<string, readonly string[]>> = {
  apps: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
  batch: ['Job'],
  'networking.k8s.io': ['NetworkPolicy', 'Ingress'],
  'storage.k8s.io': ['StorageClass'],
  'scheduling.k8s.io': ['PriorityClass'],
  policy: ['PodDisruptionBudget'],
};

/** Groups served by kube-apiserver or OpenShift itself (not CRDs): their name rules vary by kind. */
function isBuiltinGroup(group: string): boolean {
  return group === '' || !group.includes('.') || group === 'k8s.io' || group.endsWith('.k8s.io') || group === 'openshift.io' || group.endsWith('.openshift.io');
}

export function nameRuleFor(apiVersion: string, kind: string): NameRule {
  const { group } = splitApiVersion(apiVersion);
  if (kind === 'List' || kind.endsWith('List')) return 'skip';
  if (group === 'kustomize.config.k8s.io' || (group === '' && kind === 'Config')) return 'skip';
  if (group === '') {
    if (kind === 'Service') return 'dns1035';
    if (kind === 'Namespace') return 'label';
    return CORE_SUBDOMAIN_KINDS.has(kind) ? 'subdomain' : 'path';
  }
  if (BUILTIN_SUBDOMAIN_KINDS[group]?.includes(kind)) return 'subdomain';
  return isBuiltinGroup(group) ? 'path' : 'subdomain';
}

const MESSAGE_IDS = { subdomain: 'invalidSubdomain', label: 'invalidLabel', dns1035: 'invalidDns1035', path: 'invalidPathSegment' } as const;

/** What is wrong with a name (or generateName prefix) under a rule, in plain words; undefined when it is valid. */
function nameProblems(rule: Exclude<NameRule, 'skip'>, value: string, prefix: boolean): string | undefined {
  if (rule !== 'path') return explainName(rule, value, prefix);
  const errors = pathSegmentNameErrors(value, prefix);
  return errors.length === 0 ? undefined : `it ${errors.join(' and ')}`;
}

export default defineRule({
  meta: {
    id: 'metadata-name',
    type: 'problem',
    description: 'metadata.name (or generateName) must be present and valid for the object kind',
    level: 'error',
    scope: 'object',
    kinds: ['*'],
    messages: {
      missing: '{{kind}} has no metadata.name and no metadata.generateName; the API server requires one of them. Add metadata.name.',
      invalidSubdomain:
        "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use lowercase letters, digits, '-' and '.', starting and ending with a letter or digit, at most 253 characters{{suggestion}}.",
      invalidLabel:
        "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}.",
      invalidDns1035:
        "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting with a letter and ending with a letter or digit{{suggestion}}.",
      invalidPathSegment: "{{kind}} {{field}} '{{name}}' is not a valid name: {{problems}}, because object names are URL path segments. Choose another name.",
      hostnameDerived:
        "{{kind}} name '{{name}}' is not a valid DNS label ({{problems}}), so KubeVirt derives the guest hostname '{{hostname}}' from it. Use a name of at most 63 characters without dots, or set {{hostnameField}}.",
      hostnameInvalid:
        "{{kind}} name '{{name}}' is longer than 63 characters and KubeVirt cuts it to '{{hostname}}' for the guest hostname and the virt-launcher pod's vm.kubevirt.io/name label; ending in '-', that is not a valid label value, so the pod cannot be created and the VM never starts. Shorten the name or set {{hostnameField}}.",
    },
  },
  check(ctx) {
    const apiVersion = asString(ctx.object['apiVersion']);
    if (apiVersion === undefined) return;
    const rule = nameRuleFor(apiVersion, ctx.kind);
    if (rule === 'skip') return;
    const metadata = ctx.object['metadata'];
    if (isSet(metadata) && !isRecord(metadata)) return; // a type error, for the schema check
    const name = dig(metadata, 'name');
    const generateName = dig(metadata, 'generateName');
    // Non-string values are type errors, reported by the schema check.
    if ((isSet(name) && typeof name !== 'string') || (isSet(generateName) && typeof generateName !== 'string')) return;
    const hasName = typeof name === 'string' && name !== '';
    const hasGenerateName = typeof generateName === 'string' && generateName !== '';
    if (!hasName && !hasGenerateName) {
      ctx.report({ path: isRecord(metadata) ? ['metadata'] : [], target: 'key', messageId: 'missing', data: { kind: ctx.kind } });
      return;
    }

    const messageId = MESSAGE_IDS[rule];
    let nameValid = true;
    for (const [field, value, prefix] of [
      ['generateName', generateName, true],
      ['name', name, false],
    ] as const) {
      if (typeof value !== 'string' || value === '' || isTemplated(ctx, value)) continue;
      const problems = nameProblems(rule, value, prefix);
      if (problems === undefined) continue;
      if (field === 'name') nameValid = false;
      const suggested = rule === 'path' ? undefined : rule === 'subdomain' ? suggestDnsSubdomain(value) : suggestDnsLabel(value);
      ctx.report({
        path: ['metadata', field],
        messageId,
        data: {
          kind: ctx.kind,
          field: `metadata.${field}`,
          name: value,
          problems,
          suggestion: suggested !== undefined && suggested !== value ? ` (e.g. '${suggested}')` : '',
        },
      });
    }

    if (hasName && nameValid && !isTemplated(ctx, name)) checkHostname(ctx, apiVersion, name as string);
  },
});

/**
 * A VirtualMachine's or VMI's name becomes the guest hostname and a pod label value unless spec.hostname
 * is set (pkg/util/net/dns/sanitize.go): the part before the first dot, cut to 63 characters.
 */
function checkHostname(ctx: ObjectContext, apiVersion: string, name: string): void {
  const { group } = splitApiVersion(apiVersion);
  if (group !== 'kubevirt.io' || (ctx.kind !== 'VirtualMachine' && ctx.kind !== 'VirtualMachineInstance')) return;
  const problems = explainDnsLabel(name);
  if (problems === undefined) return;
  const specPath = ctx.kind === 'VirtualMachine' ? ['spec', 'template', 'spec'] : ['spec'];
  const hostname = digPath(ctx.object, [...specPath, 'hostname']);
  if (typeof hostname === 'string' && hostname !== '') return;
  const derived = name.split('.')[0]!.slice(0, DNS1123_LABEL_MAX_LENGTH);
  const data = { kind: ctx.kind, name, problems, hostname: derived, hostnameField: `${specPath.join('.')}.hostname` };
  const messageId = derived.endsWith('-') ? 'hostnameInvalid' : 'hostnameDerived';
  ctx.report({ path: ['metadata', 'name'], messageId, data, severity: 'warning' });
}
