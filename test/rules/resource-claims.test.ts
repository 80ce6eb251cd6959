import rule from '../../rules/resource-claims.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** The base spec with `resourceClaims:` on spec line 14 and the given entries from line 15. */
const spec = (claims: string) => `${BASE_SPEC}resourceClaims:\n${claims}\n`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'a claim template (dra_admitter_test)', code: vm(spec('- name: gpu\n  resourceClaimTemplateName: gpu-template')) },
    { name: 'an existing claim (dra_admitter_test)', code: vm(spec('- name: gpu\n  resourceClaimName: my.gpu-claim')) },
    { name: 'Template parameters are not judged', code: template(spec('- name: ${CLAIM}\n  resourceClaimName: ${CLAIM_REF}')) },
    { name: 'junk does not throw', code: vm(spec('- 3\n- name: gpu\n  resourceClaimName: 5')) },
  ],
  invalid: [
    {
      name: 'empty name (dra_admitter_test)',
      code: vm(spec("- name: ''\n  resourceClaimName: claim")),
      errors: [{ messageId: 'nameRequired', data: { index: 0 }, ...at.vm(15, 9), path: 'spec.template.spec.resourceClaims[0].name' }],
    },
    {
      name: 'duplicate names (dra_admitter_test)',
      code: vmi(spec('- name: gpu\n  resourceClaimName: a\n- name: gpu\n  resourceClaimName: b')),
      errors: [{ messageId: 'nameDuplicate', data: { name: 'gpu', first: 0 }, ...at.vmi(17, 9) }],
    },
    { name: 'name not a DNS label (dra_admitter_test)', code: vm(spec('- name: My_Claim\n  resourceClaimName: a')), errors: [{ messageId: 'nameInvalid', message: "(e.g. 'my-claim')" }] },
    {
      name: 'both sources (dra_admitter_test)',
      code: vm(spec('- name: gpu\n  resourceClaimName: a\n  resourceClaimTemplateName: b')),
      errors: [{ messageId: 'bothSources', data: { name: 'gpu' }, ...at.vm(17, 3) }],
    },
    { name: 'no source (dra_admitter_test)', code: vm(spec('- name: gpu')), errors: [{ messageId: 'noSource', data: { name: 'gpu' } }] },
    { name: 'claim name not a DNS subdomain (dra_admitter_test)', code: vm(spec('- name: gpu\n  resourceClaimName: Bad_Name')), errors: [{ messageId: 'refInvalid', message: "resourceClaimName 'Bad_Name'" }] },
    { name: 'template name not a DNS subdomain (dra_admitter_test)', code: vm(spec("- name: gpu\n  resourceClaimTemplateName: ''")), errors: [{ messageId: 'refInvalid', message: 'it is empty' }] },
  ],
});
