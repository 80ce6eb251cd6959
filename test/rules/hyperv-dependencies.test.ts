import rule from '../../rules/hyperv-dependencies.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi } from './_manifests.js';

/** Line 1 domain, 2 devices, 3 features, 4 hyperv, then the hyperv lines, then extra domain lines. */
function spec(hyperv: string, extra = ''): string {
  return `domain:\n  devices: {}\n  features:\n    hyperv:\n${hyperv.replace(/^/gm, '      ')}\n${extra}`;
}
const OFF = '\n  enabled: false';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'missing dependencies are filled in', code: vmi(spec('synictimer: {}\nevmcs: {}\nipi: {}\ntlbflush: {}')) },
    { name: 'a disabled feature needs nothing', code: vmi(spec(`synic: {}\nvpindex:${OFF}\nsynic:${OFF}`.replace('synic: {}\n', ''))) },
    { name: 'the usual Windows set', code: vm(spec('relaxed: {}\nvapic: {}\nspinlocks:\n  spinlocks: 8191\nvpindex: {}\nsynic: {}\nsynictimer:\n  direct: {}\ntlbflush: {}\nfrequencies: {}\nreenlightenment: {}\nipi: {}\nruntime: {}\nreset: {}')) },
    { name: 'hypervPassthrough alone', code: vmi('domain:\n  devices: {}\n  features:\n    hypervPassthrough: {}\n') },
    { name: 'evmcs disabled with vapic disabled', code: vmi(spec(`evmcs:${OFF}\nvapic:${OFF}`)) },
  ],
  invalid: [
    {
      name: 'synic with vpindex disabled',
      code: vmi(spec(`synic: {}\nvpindex:${OFF}`)),
      errors: [{ messageId: 'requiresDisabled', data: { feature: 'synic', requires: 'vpindex' }, ...at.vmi(5, 7), path: 'spec.domain.features.hyperv.synic' }],
    },
    { name: 'synictimer with synic disabled', code: vm(spec(`synictimer: {}\nsynic:${OFF}`)), errors: [{ messageId: 'requiresDisabled', data: { feature: 'synictimer', requires: 'synic' } }] },
    { name: 'tlbflush with vpindex disabled', code: vmi(spec(`tlbflush: {}\nvpindex:${OFF}`)), errors: [{ messageId: 'requiresDisabled', data: { feature: 'tlbflush', requires: 'vpindex' } }] },
    {
      name: 'ipi with vpindex disabled; synic after the stop keeps its missing dependency',
      code: vmi(spec(`ipi: {}\nvpindex:${OFF}\nsynic: {}`)),
      errors: [
        { messageId: 'requiresDisabled', data: { feature: 'ipi', requires: 'vpindex' } },
        { messageId: 'requiresDisabled', data: { feature: 'synic', requires: 'vpindex' } },
      ],
    },
    {
      name: 'evmcs with vapic disabled: vmx is not added either',
      code: vmi(spec(`evmcs: {}\nvapic:${OFF}`)),
      errors: [
        { messageId: 'requiresDisabled', data: { feature: 'evmcs', requires: 'vapic' } },
        { messageId: 'evmcsNeedsVmx', path: 'spec.domain.features.hyperv.evmcs' },
      ],
    },
    {
      name: 'evmcs with a wrong vmx policy when the walk stops',
      code: vmi(spec(`evmcs: {}\nvapic:${OFF}`, '  cpu:\n    features:\n    - name: vmx\n      policy: optional\n')),
      errors: [
        { messageId: 'requiresDisabled', data: { feature: 'evmcs', requires: 'vapic' } },
        { messageId: 'evmcsVmxPolicy', data: { policy: "'optional'" }, path: 'spec.domain.cpu.features[0].policy' },
      ],
    },
    {
      name: 'a dependency the stop left missing',
      code: vmi(spec(`evmcs: {}\nvapic:${OFF}\nsynictimer: {}`, '  cpu:\n    features:\n    - name: vmx\n      policy: require\n')),
      errors: [
        { messageId: 'requiresDisabled', data: { feature: 'evmcs', requires: 'vapic' } },
        { messageId: 'requiresMissing', data: { feature: 'synictimer', requires: 'synic' } },
      ],
    },
    {
      name: 'hyperv and hypervPassthrough together',
      code: vm('domain:\n  devices: {}\n  features:\n    hyperv:\n      relaxed: {}\n    hypervPassthrough: {}\n'),
      errors: [{ messageId: 'passthroughExclusive', ...at.vm(4, 5), path: 'spec.template.spec.domain.features.hyperv' }],
    },
  ],
});
