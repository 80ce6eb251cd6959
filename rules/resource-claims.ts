import { defineRule } from '../src/engine/rule.js';
import { dns1123SubdomainErrors, explainDnsLabel, explainDnsSubdomain, suggestDnsLabel } from '../src/normalize/names.js';
import { asArray, has, isRecord, isTemplated } from '../src/normalize/values.js';

const SOURCES = ['resourceClaimName', 'resourceClaimTemplateName'] as const;

export default defineRule({
  meta: {
    id: 'resource-claims',
    type: 'problem',
    description: 'Each resourceClaims entry needs a unique RFC 1123 label name and exactly one valid resourceClaimName or resourceClaimTemplateName',
    level: 'error',
    scope: 'instance-spec',
    catalog: [
      'resourceclaim-name-required',
      'resourceclaim-name-unique',
      'resourceclaim-name-dns-label',
      'resourceclaim-source-exclusive',
      'resourceclaim-source-required',
      'resourceclaim-ref-dns-subdomain',
    ],
    messages: {
      nameRequired: 'resourceClaims[{{index}}] has an empty name. Name the claim (an RFC 1123 label) so devices and networks can refer to it.',
      nameDuplicate: "resourceClaims name '{{name}}' is already used by resourceClaims[{{first}}]. Give every claim its own name.",
      nameInvalid: "resourceClaims name '{{name}}' is not a valid RFC 1123 label: {{problems}}. Use at most 63 lowercase letters, digits or '-', starting and ending with a letter or digit{{suggestion}}.",
      bothSources: "resourceClaims '{{name}}' sets both resourceClaimName and resourceClaimTemplateName. Keep one: an existing ResourceClaim, or a template to create one per VM.",
      noSource: "resourceClaims '{{name}}' sets neither resourceClaimName nor resourceClaimTemplateName. Name an existing ResourceClaim or a ResourceClaimTemplate.",
      refInvalid: "resourceClaims '{{name}}' has {{field}} '{{value}}', which is not a valid object name (RFC 1123 subdomain): {{problems}}.",
    },
  },
  check(ctx) {
    const claims = asArray(ctx.spec['resourceClaims']);
    if (claims.length === 0) return;
    const firstByName = new Map<string, number>();
    claims.forEach((claim, i) => {
      if (!isRecord(claim)) return;
      const rawName = claim['name'];
      const name = typeof rawName === 'string' ? rawName : '';
      const templated = isTemplated(ctx, name);
      // A missing name is the schema rule's finding (name is required there).
      if (rawName === '') ctx.report({ path: ['resourceClaims', i, 'name'], messageId: 'nameRequired', data: { index: i } });
      else if (typeof rawName === 'string' && !templated) {
        const first = firstByName.get(name);
        if (first !== undefined) ctx.report({ path: ['resourceClaims', i, 'name'], messageId: 'nameDuplicate', data: { name, first } });
        else {
          firstByName.set(name, i);
          const problems = explainDnsLabel(name);
          if (problems !== undefined) {
            const suggested = suggestDnsLabel(name);
            ctx.report({ path: ['resourceClaims', i, 'name'], messageId: 'nameInvalid', data: { name, problems, suggestion: suggested === undefined ? '' : ` (e.g. '${suggested}')` } });
          }
        }
      }
      const sources = SOURCES.filter((key) => has(claim, key));
      if (sources.length === 2) ctx.report({ path: ['resourceClaims', i, SOURCES[1]], target: 'key', messageId: 'bothSources', data: { name } });
      else if (sources.length === 0) ctx.report({ path: ['resourceClaims', i], messageId: 'noSource', data: { name } });
      for (const field of sources) {
        const value = claim[field];
        if (typeof value !== 'string' || isTemplated(ctx, value) || dns1123SubdomainErrors(value).length === 0) continue;
        ctx.report({ path: ['resourceClaims', i, field], messageId: 'refInvalid', data: { name, field, value, problems: explainDnsSubdomain(value) ?? dns1123SubdomainErrors(value).join('; ') } });
      }
    });
  },
});
