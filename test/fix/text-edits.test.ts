import { describe, expect, it } from 'vitest';
import type { Result, TextEdit } from '../../src/core/types.js';
import { emptyConfig } from '../../src/engine/config.js';
import { lintSource } from '../../src/engine/lint-source.js';
import { activeRules } from '../../src/engine/registry.js';
import { applyFixes } from '../../src/fix/apply.js';
import { resultsWithEdits } from '../../src/fix/text-edits.js';
import { applyEdits } from '../helpers/text-edits.js';

/** Two fixable findings in two documents (the deprecated `running`, Secure Boot without SMM), one not fixable (disk bus). */
const TEXT = `# first
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: a
spec:
  running: true
  template:
    spec:
      domain:
        devices:
          disks:
            - name: root
              disk:
                bus: floppy
        memory:
          guest: 1Gi
      volumes:
        - name: root
          containerDisk:
            image: quay.io/containerdisks/fedora:41
---
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: "b-ünïcødé"
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        firmware: {bootloader: {efi: {secureBoot: true}}}
        memory: {guest: 1Gi}
      volumes: []
`;

describe('fixes as text edits (for SARIF)', () => {
  const config = emptyConfig(process.cwd());
  const results = lintSource({ file: 'vms.yaml', bytes: new TextEncoder().encode(TEXT), discovered: false }, config, activeRules(config)).results;
  const withEdits = resultsWithEdits(TEXT, results);

  it('gives every fixable finding, and only those, the edits that make its fix', () => {
    const fixable = results.filter((result) => result.fix);
    expect(fixable.map((result) => result.ruleId).sort()).toEqual(['run-strategy', 'secure-boot-requires-smm']);
    expect(withEdits.filter((result) => result.edits).map((result) => result.ruleId).sort()).toEqual(['run-strategy', 'secure-boot-requires-smm']);
    expect(withEdits.find((result) => result.ruleId === 'disk-bus')).not.toHaveProperty('edits');
    for (const result of withEdits.filter((r): r is Result & { fix: NonNullable<Result['fix']>; edits: readonly TextEdit[] } => r.edits !== undefined)) {
      // The same text as --fix makes with this fix alone.
      expect(applyEdits(TEXT, result.edits)).toBe(applyFixes(TEXT, [{ document: result.document, operations: result.fix }]).output);
      expect(applyEdits(TEXT, result.edits)).not.toBe(TEXT);
    }
  });

  it('counts lines and columns as the findings do (1-based, UTF-16, end exclusive)', () => {
    const running = withEdits.find((result) => result.ruleId === 'run-strategy')!;
    expect(running.edits).toEqual([
      { line: 7, column: 3, endLine: 7, endColumn: 10, text: 'runStrategy' },
      { line: 7, column: 12, endLine: 7, endColumn: 16, text: 'Always' },
    ]);
    expect(running).toMatchObject({ line: 7, column: 3 });
  });

  it('leaves a fix that does not apply to the text (changed since the lint) without edits', () => {
    const changed = TEXT.replace('  running: true\n', '');
    expect(resultsWithEdits(changed, results).find((result) => result.ruleId === 'run-strategy')).not.toHaveProperty('edits');
  });
});
