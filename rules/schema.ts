import { defineRule } from '../src/engine/rule.js';
import { kindInfo, preferredApiVersion } from '../src/kinds/registry.js';
import { validateSchema } from '../src/schema/validate.js';

/** The API's own schema: unknown fields, wrong types, missing required fields and bad enum values. */
export default defineRule({
  meta: {
    id: 'schema',
    type: 'problem',
    description: 'Objects must match the KubeVirt, CDI and CRD schemas the API server and webhooks enforce',
    level: 'error',
    scope: 'object',
    kinds: ['*'],
    messages: { invalid: '{{message}}' },
    catalog: ['schema-top-level-unknown-key', 'schema-spec-required', 'schema-unknown-field', 'schema-required-field', 'schema-type', 'schema-enum', 'crd-max-items-256', 'crd-containerpath-path', 'crd-containerpath-readonly', 'crd-enum-values', 'crd-quantity-pattern'],
  },
  check(ctx) {
    const apiVersion = ctx.object['apiVersion'];
    if (typeof apiVersion !== 'string' || ctx.schemaAccepted === true) return;
    const options = { templateParams: ctx.templateParams };
    // Under a wrong apiVersion (api-version reports it), still check the fields against the version meant.
    const info = kindInfo(ctx.kind);
    const issues = validateSchema(apiVersion, ctx.kind, ctx.object, options) ?? (info ? validateSchema(preferredApiVersion(info), ctx.kind, ctx.object, options) : undefined);
    for (const issue of issues ?? []) {
      ctx.report({ path: issue.path, messageId: 'invalid', data: { message: issue.message }, target: issue.target });
    }
  },
});
