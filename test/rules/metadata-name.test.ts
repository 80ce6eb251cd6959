import { describe, expect, it } from 'vitest';
import rule, { nameRuleFor } from '../../rules/metadata-name.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { BASE_SPEC, template, vm, vmi } from './_manifests.js';

function object(apiVersion: string, kind: string, metadata: string, rest = ''): string {
  return `apiVersion: ${apiVersion}\nkind: ${kind}\n${metadata}${rest}`;
}

const LONG = 'a'.repeat(70);
// The first 63 characters end with '-': the derived hostname and pod label would be invalid.
const LONG_DASH = `${'b'.repeat(62)}-${'c'.repeat(10)}`;

ruleTester.run(rule, {
  valid: [
    vm(BASE_SPEC),
    vmi(BASE_SPEC),
    { name: 'a 63-character VM name', code: vm(BASE_SPEC, 'a'.repeat(63)) },
    { name: 'generateName with a trailing dash', code: object('kubevirt.io/v1', 'VirtualMachineInstance', 'metadata:\n  generateName: testvmi-\n', `spec:\n${BASE_SPEC.replace(/^/gm, '  ')}`) },
    { name: 'a ConfigMap name with dots', code: object('v1', 'ConfigMap', 'metadata:\n  name: my.config\n') },
    { name: 'RBAC names may contain colons', code: object('rbac.authorization.k8s.io/v1', 'ClusterRole', 'metadata:\n  name: system:kubevirt:viewer\n') },
    { name: 'OpenShift Template names only need to be URL path segments', code: object('template.openshift.io/v1', 'Template', 'metadata:\n  name: My_Template\n', 'objects: []\n') },
    { name: 'a Template object named ${NAME}', code: template(BASE_SPEC) },
    { name: 'a DataVolume name of 200 characters (CDI allows up to 253)', code: object('cdi.kubevirt.io/v1beta1', 'DataVolume', `metadata:\n  name: ${'d'.repeat(200)}\n`) },
    { name: 'a long VM name with spec.template.spec.hostname set', code: vm(`hostname: myhost\n${BASE_SPEC}`, LONG) },
    { name: 'Lists and kustomize files are not objects', code: 'apiVersion: v1\nkind: List\nitems: []\n---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n' },
    { name: 'a non-string name is left to the schema check', code: object('v1', 'ConfigMap', 'metadata:\n  name: 123\n') },
  ],
  invalid: [
    {
      name: 'a VM name that is not a DNS subdomain',
      code: vm(BASE_SPEC, 'Bad_VM'),
      errors: [
        {
          messageId: 'invalidSubdomain',
          data: { kind: 'VirtualMachine', field: 'metadata.name', name: 'Bad_VM', problems: "it contains uppercase letters and '_'", suggestion: " (e.g. 'bad-vm')" },
          line: 4,
          column: 9,
          path: 'metadata.name',
          severity: 'error',
        },
      ],
    },
    {
      name: 'no name and no generateName: reported at the metadata key',
      code: object('kubevirt.io/v1', 'VirtualMachine', 'metadata:\n  labels:\n    app: x\n', 'spec:\n  runStrategy: Always\n  template:\n    spec:\n      domain:\n        devices: {}\n'),
      errors: [{ messageId: 'missing', data: { kind: 'VirtualMachine' }, line: 3, column: 1, path: 'metadata' }],
    },
    {
      name: 'no metadata at all: reported at the document',
      code: object('cdi.kubevirt.io/v1beta1', 'DataVolume', '', 'spec:\n  source:\n    blank: {}\n'),
      errors: [{ messageId: 'missing', path: '' }],
    },
    {
      name: 'an invalid generateName prefix',
      code: object('kubevirt.io/v1', 'VirtualMachineInstance', 'metadata:\n  generateName: Test_VMI-\n', `spec:\n${BASE_SPEC.replace(/^/gm, '  ')}`),
      errors: [{ messageId: 'invalidSubdomain', data: { kind: 'VirtualMachineInstance', field: 'metadata.generateName', name: 'Test_VMI-', problems: "it contains uppercase letters and '_'", suggestion: " (e.g. 'test-vmi')" }, line: 4, column: 17 }],
    },
    { name: 'a DataVolume name over 253 characters', code: object('cdi.kubevirt.io/v1beta1', 'DataVolume', `metadata:\n  name: ${'d'.repeat(254)}\n`), errors: [{ messageId: 'invalidSubdomain', message: 'it is 254 characters long (at most 253)' }] },
    { name: 'a Service name must start with a letter', code: object('v1', 'Service', 'metadata:\n  name: 1svc\n'), errors: [{ messageId: 'invalidDns1035', message: 'starts with a digit' }] },
    { name: 'a Namespace name is a label', code: object('v1', 'Namespace', 'metadata:\n  name: a.b\n'), errors: [{ messageId: 'invalidLabel', message: "it contains '.'" }] },
    { name: 'a Role name with a slash', code: object('rbac.authorization.k8s.io/v1', 'Role', 'metadata:\n  name: a/b\n'), errors: [{ messageId: 'invalidPathSegment', message: "it may not contain '/'" }] },
    { name: 'a NetworkAttachmentDefinition (a CRD) name', code: object('k8s.cni.cncf.io/v1', 'NetworkAttachmentDefinition', 'metadata:\n  name: Br1\n'), errors: [{ messageId: 'invalidSubdomain' }] },
    {
      name: 'a VM name longer than 63 characters: the hostname is cut (warning)',
      code: vm(BASE_SPEC, LONG),
      errors: [{ messageId: 'hostnameDerived', severity: 'warning', data: { kind: 'VirtualMachine', name: LONG, problems: 'it is 70 characters long (at most 63)', hostname: 'a'.repeat(63), hostnameField: 'spec.template.spec.hostname' } }],
    },
    {
      name: 'a cut hostname ending in "-" breaks the virt-launcher pod (warning)',
      code: vm(BASE_SPEC, LONG_DASH),
      errors: [{ messageId: 'hostnameInvalid', severity: 'warning', message: `'${'b'.repeat(62)}-'` }],
    },
    {
      name: 'a VMI name with dots: the hostname is the first part (warning)',
      code: vmi(BASE_SPEC, 'web.example.com'),
      errors: [{ messageId: 'hostnameDerived', severity: 'warning', data: { kind: 'VirtualMachineInstance', name: 'web.example.com', problems: "it contains '.'", hostname: 'web', hostnameField: 'spec.hostname' } }],
    },
  ],
});

describe('nameRuleFor', () => {
  it('knows the name rule of each kind', () => {
    expect(nameRuleFor('kubevirt.io/v1', 'VirtualMachine')).toBe('subdomain');
    expect(nameRuleFor('cdi.kubevirt.io/v1beta1', 'DataVolume')).toBe('subdomain');
    expect(nameRuleFor('example.com/v1', 'Widget')).toBe('subdomain');
    expect(nameRuleFor('v1', 'Service')).toBe('dns1035');
    expect(nameRuleFor('v1', 'Namespace')).toBe('label');
    expect(nameRuleFor('v1', 'Secret')).toBe('subdomain');
    expect(nameRuleFor('apps/v1', 'Deployment')).toBe('subdomain');
    expect(nameRuleFor('rbac.authorization.k8s.io/v1', 'RoleBinding')).toBe('path');
    expect(nameRuleFor('template.openshift.io/v1', 'Template')).toBe('path');
    expect(nameRuleFor('autoscaling/v2', 'HorizontalPodAutoscaler')).toBe('path');
    expect(nameRuleFor('v1', 'List')).toBe('skip');
    expect(nameRuleFor('kustomize.config.k8s.io/v1beta1', 'Kustomization')).toBe('skip');
  });
});
