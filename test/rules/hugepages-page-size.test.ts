import rule from '../../rules/hugepages-page-size.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, holders, template, vm, vmi } from './_manifests.js';

/** 4Gi of memory in hugepages of `size` (spec line 4). */
function pages(size: string): string {
  return `domain:
  memory:
    hugepages:
      pageSize: ${size}
  resources:
    requests:
      memory: 4Gi
`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(pages('2Mi'))),
    { name: '1Gi', code: vm(pages('1Gi')) },
    { name: 'arm64 has other sizes', code: vm(pages('64Ki')), settings: { arch: 'arm64' } },
    { name: 'arm64 by spec architecture', code: vmi(`architecture: arm64\n${pages('32Mi')}`) },
    { name: 'invalid, zero and negative sizes are hugepages-memory’s errors', code: vm(pages('abc')) },
    { name: 'zero', code: vm(pages('"0"')) },
    { name: 'negative', code: vm(pages('-2Mi')) },
    { name: 'a Template parameter', code: template(pages('${PAGES}')) },
    { name: 'junk does not throw', code: vm('domain:\n  memory:\n    hugepages: 3\n') },
  ],
  invalid: [
    {
      name: '4Mi does not exist on x86_64',
      code: vm(pages('4Mi')),
      errors: [{ messageId: 'unsupported', data: { value: '4Mi' }, ...at.vm(4, 17), path: 'spec.template.spec.domain.memory.hugepages.pageSize', severity: 'warning' }],
    },
    { name: '1Mi in a VMI', code: vmi(pages('1Mi')), errors: [{ messageId: 'unsupported', data: { value: '1Mi' } }] },
    { name: '2048Ki is 2Mi spelt differently', code: vm(pages('2048Ki')), errors: [{ messageId: 'spelling', data: { value: '2048Ki', canonical: '2Mi' } }] },
    { name: '1024Mi is 1Gi spelt differently', code: vm(pages('1024Mi')), errors: [{ messageId: 'spelling', data: { value: '1024Mi', canonical: '1Gi' } }] },
  ],
});
