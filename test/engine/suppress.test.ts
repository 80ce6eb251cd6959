import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/engine/config.js';
import { lintSource } from '../../src/engine/lint-source.js';
import { recommendedConfig } from '../helpers/config.js';

function config(patch: Partial<ResolvedConfig> = {}): ResolvedConfig {
  const base = recommendedConfig('/repo');
  return { ...base, ...patch };
}

function lint(text: string, cfg = config(), file = 'vm.yaml') {
  return lintSource({ file, absolute: `/repo/${file}`, bytes: new TextEncoder().encode(text), discovered: false }, cfg).results.map((r) => `${r.line}:${r.column} ${r.ruleId}${r.ruleId === 'unused-suppression' ? ` ${r.message}` : ''}`);
}

const vm = (bootOrders: string, annotations = '') => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
  namespace: lab${annotations}
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        memory:
          guest: 1Gi
        devices:
          disks:
${bootOrders}
      volumes:
        - name: a
          containerDisk:
            image: quay.io/containerdisks/fedora:41
        - name: b
          containerDisk:
            image: quay.io/containerdisks/fedora:41
`;
const disks = (comment = '', trailing = '') => `            - name: a
              bootOrder: 1
            - name: b
${comment}              bootOrder: 1${trailing}`;

describe('suppressions', () => {
  it('reports the duplicate boot order without suppressions', () => {
    expect(lint(vm(disks()))).toEqual(['18:26 boot-order']);
  });

  it('disable-next-line and disable-line suppress on their line only', () => {
    expect(lint(vm(disks('              # virtops-disable-next-line boot-order -- PXE first\n')))).toEqual([]);
    expect(lint(vm(disks('', '  # virtops-disable-line boot-order')))).toEqual([]);
  });

  it('a directive for another rule does not suppress, and is reported as unused', () => {
    const out = lint(vm(disks('              # virtops-disable-next-line device-names\n')));
    expect(out).toContain('19:26 boot-order');
    expect(out.find((r) => r.includes('unused-suppression'))).toMatch(/^18:15 unused-suppression unused virtops-disable-next-line directive/);
  });

  it('disable/enable ranges and disable-file', () => {
    expect(lint(`# virtops-disable boot-order\n${vm(disks())}# virtops-enable boot-order\n`)).toEqual([]);
    expect(lint(`# virtops-disable-file\n${vm(disks())}`)).toEqual([]);
  });

  it('the object annotation suppresses the listed rules, and reports unused names', () => {
    expect(lint(vm(disks(), '\n  annotations:\n    virtops.io/ignore: boot-order'))).toEqual([]);
    const out = lint(vm(disks(), '\n  annotations:\n    virtops.io/ignore: boot-order,device-names'));
    expect(out).toEqual([expect.stringMatching(/^7:24 unused-suppression device-names in the virtops.io\/ignore annotation suppresses nothing/)]);
  });

  it('config ignores by file glob and by object selector', () => {
    expect(lint(vm(disks()), config({ ignores: [{ files: ['*.yaml'], rules: ['boot-order'], origin: 'test' }] }))).toEqual([]);
    expect(lint(vm(disks()), config({ ignores: [{ objects: [{ namespace: 'lab', name: 'v*' }], rules: ['*'], origin: 'test' }] }))).toEqual([]);
    expect(lint(vm(disks()), config({ ignores: [{ objects: [{ namespace: 'prod' }], rules: ['*'], origin: 'test' }] }))).toEqual(['18:26 boot-order']);
  });

  it.skipIf(process.platform === 'win32')('config ignores see a file name with a backslash as it is (a plain character outside Windows)', () => {
    const underX = config({ ignores: [{ files: ['x/**'], rules: ['boot-order'], origin: 'test' }] });
    expect(lint(vm(disks()), underX, 'x/vm.yaml')).toEqual([]);
    expect(lint(vm(disks()), underX, 'x\\vm.yaml')).toEqual(['18:26 boot-order']);
  });

  it('strict requires a reason on every directive', () => {
    const out = lint(vm(disks('              # virtops-disable-next-line boot-order\n')), config({ requireSuppressionReason: true }));
    expect(out).toEqual([expect.stringMatching(/unused-suppression virtops-disable-next-line needs a reason/)]);
  });

  it('never suppresses YAML syntax errors', () => {
    expect(lint('# virtops-disable-file\na: [1\n')).toEqual(expect.arrayContaining([expect.stringMatching(/yaml-syntax/)]));
  });
});
