import { describe, expect, it } from 'vitest';
import rule from '../../rules/host-disk.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi } from './_manifests.js';
import { storageSpec } from './_storage.js';

const host = (fields: string) => storageSpec({ volumes: `- name: host-disk\n  hostDisk:\n${fields.replace(/^/gm, '    ')}` });
const ON = { featureGates: ['HostDisk'] };

ruleTester.run(rule, {
  valid: [
    { name: 'Disk', code: vm(host('path: /data/disk.img\ntype: Disk')), settings: ON },
    { name: 'DiskOrCreate with capacity', code: vmi(host('path: /data/disk.img\ntype: DiskOrCreate\ncapacity: 1Gi')), settings: ON },
    { name: 'Disk with zero capacity', code: vm(host('path: /data/disk.img\ntype: Disk\ncapacity: "0"')), settings: ON },
    { name: 'missing path and type: the schema check reports them', code: vm(host('shared: true')), settings: ON },
    { name: 'Template parameter type', code: template(host('path: /data/disk.img\ntype: ${TYPE}')), settings: ON },
  ],
  invalid: [
    {
      name: 'gate off',
      code: vm(host('path: /data/disk.img\ntype: Disk')),
      errors: [{ messageId: 'gate', ...at.vm(8, 3), message: 'HostDisk feature gate (Alpha, off by default)' }],
    },
    { name: 'empty path', code: vmi(host('path: ""\ntype: Disk')), settings: ON, errors: [{ messageId: 'path', ...at.vmi(9, 11) }] },
    { name: 'unknown type', code: vm(host('path: /data/disk.img\ntype: File')), settings: ON, errors: [{ messageId: 'type', data: { name: 'host-disk', type: 'File' } }] },
    { name: 'empty type', code: vm(host('path: /data/disk.img\ntype: ""')), settings: ON, errors: [{ messageId: 'type' }] },
    { name: 'capacity with Disk', code: vm(host('path: /data/disk.img\ntype: Disk\ncapacity: 1Gi')), settings: ON, errors: [{ messageId: 'capacity' }] },
  ],
});

describe('host-disk when the cluster gates are not stated', () => {
  it('reports a gated feature as a warning until settings name the gates, then as an error', async () => {
    const { lintWithRule } = await import('../helpers/rule-tester.js');
    const { readFileSync } = await import('node:fs');
    const example = /## Incorrect[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readFileSync('rules/host-disk.md', 'utf8'))![1]!;
    const unknown = lintWithRule(rule, example, { featureGatesConfigured: false }).filter((r) => r.ruleId === 'host-disk' && /HostDisk feature gate/.test(r.message));
    expect(unknown.map((r) => r.severity)).toEqual(['warning']);
    const stated = lintWithRule(rule, example, { featureGatesConfigured: true }).filter((r) => r.ruleId === 'host-disk' && /HostDisk feature gate/.test(r.message));
    expect(stated.map((r) => r.severity)).toEqual(['error']);
  });
});
