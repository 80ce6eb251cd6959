import { describe, expect, it } from 'vitest';
import { gate } from '../../src/sync/gate/gate.js';
import { render } from '../../src/sync/render/render.js';
import { recommendedConfig } from '../helpers/config.js';

const config = () => {
  return recommendedConfig('/repo');
};
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: ns\ndata: {}\n`;

describe('render and gate', () => {
  it('renders documents and List items as objects to apply, and passes a clean revision', () => {
    const rendered = render([file('a.yaml', `${cm('one')}---\n${cm('two')}`), file('list.yaml', `apiVersion: v1\nkind: List\nitems:\n  - ${cm('three').trim().split('\n').join('\n    ')}\n`), file('ci.yaml', 'name: CI\non: push\n')], config());
    expect(rendered.objects.map((o) => (o.object['metadata'] as { name: string }).name)).toEqual(['one', 'two', 'three']);
    expect(gate(rendered)).toMatchObject({ passed: true, errors: 0 });
  });

  it('holds back a revision with lint errors, listing them', () => {
    const bad = `apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: vm\nspec:\n  runStrategy: Always\n  template:\n    spec:\n      domain:\n        memory:\n          guest: 1Gi\n        devices:\n          disks:\n            - name: root\n              bootorder: 1\n      volumes:\n        - name: root\n          containerDisk:\n            image: quay.io/containerdisks/fedora:41\n`;
    const verdict = gate(render([file('vm.yaml', bad)], config()));
    expect(verdict.passed).toBe(false);
    expect(verdict.findings[0]).toMatchObject({ file: 'vm.yaml', line: 15, ruleId: 'schema' });
  });

  it('rejects two files defining the same object', () => {
    const verdict = gate(render([file('a.yaml', cm('same')), file('b.yaml', cm('same'))], config()));
    expect(verdict.passed).toBe(false);
    expect(verdict.findings[0]?.message).toMatch(/ConfigMap ns\/same is also defined in a\.yaml/);
  });

  it('reports duplicate-object (a set rule) at the second definition, and not for a namespace that differs', () => {
    const verdict = gate(render([file('a.yaml', cm('same')), file('b.yaml', `${cm('other')}---\n${cm('same')}`), file('c.yaml', cm('same').replace('namespace: ns', 'namespace: ns2'))], config()));
    expect(verdict).toMatchObject({ passed: false, errors: 1 });
    expect(verdict.findings).toEqual([expect.objectContaining({ file: 'b.yaml', line: 11, column: 9, ruleId: 'duplicate-object' })]);
  });
});
