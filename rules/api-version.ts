import { closest } from '../src/core/suggest.js';
import { defineRule } from '../src/engine/rule.js';
import { apiVersionStatus, kindInfo, preferredApiVersion, splitApiVersion } from '../src/kinds/registry.js';

/** A known kind under an apiVersion the cluster does not serve (or serves only as deprecated). */
export default defineRule({
  meta: {
    id: 'api-version',
    type: 'problem',
    description: 'KubeVirt, CDI, Multus and OpenShift kinds must use an apiVersion the cluster serves',
    level: 'error',
    scope: 'object',
    kinds: ['*'],
    fixable: true,
    messages: {
      deprecated: '{{apiVersion}} is deprecated for {{kind}} and will be removed; use {{preferred}}',
      removed: '{{apiVersion}} is no longer served for {{kind}}; use {{preferred}}',
      unknown: '{{apiVersion}} is not an apiVersion of {{kind}}; use {{preferred}}',
    },
  },
  check(ctx) {
    const info = kindInfo(ctx.kind);
    const apiVersion = ctx.object['apiVersion'];
    if (!info || typeof apiVersion !== 'string' || (ctx.templateParams && apiVersion.includes('${'))) return;
    const status = apiVersionStatus(info, apiVersion);
    if (status === 'served') return;
    const preferred = preferredApiVersion(info);
    const data = { apiVersion, kind: ctx.kind, preferred };
    // The kind has exactly one preferred version, and older served versions convert to it losslessly.
    const fix = [{ op: 'set' as const, path: ['apiVersion'], value: preferred }];
    if (status === 'deprecated') return ctx.report({ path: ['apiVersion'], messageId: 'deprecated', data, severity: 'warning', fix });
    if (status === 'removed') return ctx.report({ path: ['apiVersion'], messageId: 'removed', data, fix });
    const { group } = splitApiVersion(apiVersion);
    if (!looksMeantFor(group, info.group)) return;
    // A typo keeps the group's shape; a longer group that contains the vendor's name may be another project's CRD.
    const typo = group.split('.').length === info.group.split('.').length && closest(group, [info.group]) !== undefined;
    const truncated = info.group.startsWith(`${group}.`); // kubevirt/v1 for kubevirt.io/v1
    const sure = group === info.group || group === '' || typo || truncated;
    ctx.report({ path: ['apiVersion'], messageId: 'unknown', data, ...(sure ? { fix } : {}) });
  },
});

/** Only flag groups that are plausibly a mistake for ours: another project's CRD may reuse a kind name (e.g. Template). */
function looksMeantFor(group: string, expected: string): boolean {
  if (group === expected || group === '' || group === 'v1') return true;
  const vendor = expected.split('.').slice(-2)[0] ?? expected; // kubevirt, openshift, cncf
  if (group.includes(vendor) || group.includes(expected.split('.')[0] ?? expected)) return true;
  return closest(group, [expected]) !== undefined;
}
