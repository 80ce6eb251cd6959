import rule from '../../rules/hostname-dns.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

const withTop = (top: string) => `${top}${BASE_SPEC}`;
const SA_VOLUME = (name: string) => `domain:\n  devices: {}\nvolumes:\n- name: sa\n  serviceAccount:\n    serviceAccountName: ${name}\n`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'a 63-character hostname and a subdomain', code: vmi(withTop(`hostname: ${'a'.repeat(63)}\nsubdomain: my.headless-svc\n`)) },
    { name: 'dnsPolicy None with a nameserver', code: vm(withTop('dnsPolicy: None\ndnsConfig:\n  nameservers:\n  - 10.0.0.10\n  - 2001:db8::1\n  searches:\n  - svc.cluster.local\n  options:\n  - name: ndots\n    value: "2"\n')) },
    { name: 'three nameservers and six searches', code: vmi(withTop('dnsConfig:\n  nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9]\n  searches: [a, b, c, d, e, f]\n')) },
    { name: 'exactly 256 characters of search list', code: vmi(withTop(`dnsConfig:\n  searches:\n  - ${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}\n  - ${'d'.repeat(62)}.e\n`)) },
    { name: 'service account matching its volume', code: vm(`serviceAccountName: builder\n${SA_VOLUME('builder')}`) },
    { name: 'Template parameters are not judged', code: template(withTop('hostname: ${HOSTNAME}\n')) },
  ],
  invalid: [
    {
      name: 'hostname with uppercase letters',
      code: vmi(withTop('hostname: My_Host\n')),
      errors: [{ messageId: 'hostname', message: "hostname 'My_Host' is not a valid DNS label", ...at.vmi(1, 11), path: 'spec.hostname' }],
    },
    { name: 'a 64-character hostname', code: vm(withTop(`hostname: ${'a'.repeat(64)}\n`)), errors: [{ messageId: 'hostname', message: 'must be no more than 63 characters' }] },
    { name: 'subdomain with an underscore', code: vmi(withTop('subdomain: my_svc\n')), errors: [{ messageId: 'subdomain', path: 'spec.subdomain' }] },
    { name: 'dnsPolicy None without dnsConfig', code: vmi(withTop('dnsPolicy: None\n')), errors: [{ messageId: 'dnsConfigRequired', ...at.vmi(1, 12) }] },
    { name: 'dnsPolicy None without nameservers', code: vm(withTop('dnsPolicy: None\ndnsConfig:\n  searches: [example.com]\n')), errors: [{ messageId: 'nameserverRequired', path: 'spec.template.spec.dnsConfig' }] },
    { name: 'four nameservers', code: vmi(withTop('dnsConfig:\n  nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, 8.8.4.4]\n')), errors: [{ messageId: 'tooManyNameservers', data: { count: 4, extra: 'one' } }] },
    { name: 'a nameserver that is not an IP', code: vmi(withTop('dnsConfig:\n  nameservers:\n  - dns.example.com\n')), errors: [{ messageId: 'nameserverNotIp', data: { value: 'dns.example.com' }, path: 'spec.dnsConfig.nameservers[0]' }] },
    { name: 'an IPv4 address with leading zeros', code: vmi(withTop('dnsConfig:\n  nameservers:\n  - 010.0.0.1\n')), errors: [{ messageId: 'nameserverNotIp' }] },
    { name: 'seven search domains', code: vmi(withTop('dnsConfig:\n  searches: [a, b, c, d, e, f, g]\n')), errors: [{ messageId: 'tooManySearches', data: { count: 7, extra: 'one' } }] },
    { name: 'a search list over 256 characters', code: vmi(withTop(`dnsConfig:\n  searches:\n  - ${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}\n  - ${'d'.repeat(63)}.e\n`)), errors: [{ messageId: 'searchListTooLong', data: { length: 257 } }] },
    { name: 'a search domain with an underscore', code: vmi(withTop('dnsConfig:\n  searches:\n  - my_domain.local\n')), errors: [{ messageId: 'searchNotSubdomain', path: 'spec.dnsConfig.searches[0]' }] },
    { name: 'an option without a name', code: vmi(withTop('dnsConfig:\n  options:\n  - value: "2"\n')), errors: [{ messageId: 'optionNameEmpty', path: 'spec.dnsConfig.options[0]' }] },
    { name: 'an invalid service account name', code: vmi(withTop('serviceAccountName: Builder\n')), errors: [{ messageId: 'serviceAccountName', path: 'spec.serviceAccountName' }] },
    {
      name: 'service account differs from its volume',
      code: vm(`serviceAccountName: builder\n${SA_VOLUME('deployer')}`),
      errors: [{ messageId: 'serviceAccountMismatch', data: { name: 'builder', volumeName: 'deployer' }, ...at.vm(1, 21) }],
    },
  ],
});
