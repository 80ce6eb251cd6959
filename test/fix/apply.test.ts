import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { FixOperation } from '../../src/core/types.js';
import { applyFixes } from '../../src/fix/apply.js';

/** Applies one fix (a list of operations) to document 0 and returns the new text. */
function fix(text: string, ...operations: FixOperation[]): string {
  return applyFixes(text, [{ document: 0, operations }]).output;
}

function valueOf(text: string, index = 0): unknown {
  return parseAllDocuments(text, { version: '1.1' }).at(index)?.toJS();
}

const VM = `# A VM with comments everywhere
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm   # the name
spec:
  running: true # started at once
  template:
    spec:
      domain:
        # firmware first
        firmware:
          bootloader:
            efi:
              secureBoot: true
        devices: {}
`;

describe('set', () => {
  it('replaces a scalar in place and keeps its trailing comment', () => {
    expect(fix(VM, { op: 'set', path: ['metadata', 'name'], value: 'web' })).toBe(VM.replace('name: vm   #', 'name: web   #'));
  });

  it('adds missing parent mappings as block lines at the mapping\'s indentation', () => {
    const out = fix(VM, { op: 'set', path: ['spec', 'template', 'spec', 'domain', 'features', 'smm', 'enabled'], value: true });
    expect(out).toBe(VM.replace('        devices: {}\n', '        devices: {}\n        features:\n          smm:\n            enabled: true\n'));
  });

  it('follows a four-space indentation style', () => {
    const text = 'spec:\n    domain:\n        cpu:\n            cores: 2\n';
    expect(fix(text, { op: 'set', path: ['spec', 'domain', 'features', 'smm'], value: { enabled: true } })).toBe(
      'spec:\n    domain:\n        cpu:\n            cores: 2\n        features:\n            smm:\n                enabled: true\n',
    );
  });

  it('adds to a flow mapping in flow style', () => {
    expect(fix('spec: {domain: {features: {acpi: {}}}}\n', { op: 'set', path: ['spec', 'domain', 'features', 'smm', 'enabled'], value: true })).toBe(
      'spec: {domain: {features: {acpi: {}, smm: {enabled: true}}}}\n',
    );
    expect(fix('features: {}\n', { op: 'set', path: ['features', 'smm'], value: {} })).toBe('features: {smm: {}}\n');
  });

  it('writes JSON into a JSON manifest, one item per line when the file does', () => {
    const json = '{\n  "apiVersion": "kubevirt.io/v1",\n  "spec": {\n    "running": false\n  }\n}\n';
    const out = fix(json, { op: 'set', path: ['spec', 'runStrategy'], value: 'Halted' });
    expect(out).toBe('{\n  "apiVersion": "kubevirt.io/v1",\n  "spec": {\n    "running": false,\n    "runStrategy": "Halted"\n  }\n}\n');
    expect(JSON.parse(out)).toEqual({ apiVersion: 'kubevirt.io/v1', spec: { running: false, runStrategy: 'Halted' } });
  });

  it('turns an empty or null value into a mapping below its key', () => {
    expect(fix('a:\n  smm:\n  b: 1\n', { op: 'set', path: ['a', 'smm', 'enabled'], value: true })).toBe('a:\n  smm:\n    enabled: true\n  b: 1\n');
    expect(fix('a:\n  smm: null # none\n', { op: 'set', path: ['a', 'smm', 'enabled'], value: true })).toBe('a:\n  smm:\n    enabled: true # none\n');
  });

  it('merges a mapping value into an existing mapping key by key', () => {
    expect(fix('smm:\n  enabled: false # off\n  x: 1\n', { op: 'set', path: ['smm'], value: { enabled: true, extra: 'z', y: 'n' } })).toBe('smm:\n  enabled: true # off\n  x: 1\n  extra: z\n  "y": "n"\n');
  });

  it('keeps the quoting style of the value it replaces and quotes what YAML 1.1 would misread', () => {
    expect(fix('a: "x"\n', { op: 'set', path: ['a'], value: 'y' })).toBe('a: "y"\n');
    expect(fix("a: 'x'\n", { op: 'set', path: ['a'], value: "it's" })).toBe("a: 'it''s'\n");
    expect(fix('a: x\n', { op: 'set', path: ['a'], value: 'yes' })).toBe('a: "yes"\n');
    expect(fix('a: x\n', { op: 'set', path: ['a'], value: '1.0' })).toBe('a: "1.0"\n');
    expect(fix('a: x\n', { op: 'set', path: ['a'], value: 'kubevirt.io/v1' })).toBe('a: kubevirt.io/v1\n');
    expect(valueOf(fix('a: x\n', { op: 'set', path: ['a'], value: 'a: b, #c' }))).toEqual({ a: 'a: b, #c' });
  });

  it('keeps CRLF line endings and adds a line at the end of a file without a final newline', () => {
    expect(fix('a:\r\n  b: 1\r\n', { op: 'set', path: ['a', 'c'], value: 2 })).toBe('a:\r\n  b: 1\r\n  c: 2\r\n');
    expect(fix('a:\n  b: 1', { op: 'set', path: ['a', 'c'], value: 2 })).toBe('a:\n  b: 1\n  c: 2');
  });

  it('edits list items by index, including mappings that are list items', () => {
    const text = 'disks:\n- name: a\n  bus: virtio\n-   name: b\n    bus: sata\n';
    expect(fix(text, { op: 'set', path: ['disks', 1, 'bus'], value: 'scsi' })).toBe(text.replace('sata', 'scsi'));
    expect(fix(text, { op: 'set', path: ['disks', 1, 'cache'], value: 'none' })).toBe(`${text}    cache: none\n`);
  });

  it('leaves block scalars alone (their range includes line breaks that are not theirs)', () => {
    expect(fix('a: |\n  text\nb: 1\n', { op: 'set', path: ['a'], value: 'x' })).toBe('a: |\n  text\nb: 1\n');
  });

  it('refuses to edit through anchors and aliases (the change would spread to every alias)', () => {
    const text = 'base: &b {x: 1}\nvm: *b\n';
    expect(applyFixes(text, [{ document: 0, operations: [{ op: 'set', path: ['vm', 'x'], value: 2 }] }])).toEqual({ output: text, applied: 0, skipped: 1 });
    expect(fix(text, { op: 'set', path: ['base', 'x'], value: 2 })).toBe(text);
  });
});

describe('delete', () => {
  it('removes the key\'s lines, including its trailing comment, and nothing else', () => {
    expect(fix(VM, { op: 'delete', path: ['spec', 'running'] })).toBe(VM.replace('  running: true # started at once\n', ''));
  });

  it('removes a nested block value whole', () => {
    expect(fix('a:\n  b:\n    c: 1\n    d: [1]\n  e: 2\n', { op: 'delete', path: ['a', 'b'] })).toBe('a:\n  e: 2\n');
  });

  it('removes the first key of a list item mapping and moves the next one after the dash', () => {
    expect(fix('- a: 1\n  b: 2\n', { op: 'delete', path: [0, 'a'] })).toBe('- b: 2\n');
  });

  it('leaves an empty mapping {} when the last key goes', () => {
    expect(fix('a:\n  b: 1\nc: 2\n', { op: 'delete', path: ['a', 'b'] })).toBe('a:\n  {}\nc: 2\n');
    expect(valueOf(fix('a:\n  b: 1\nc: 2\n', { op: 'delete', path: ['a', 'b'] }))).toEqual({ a: {}, c: 2 });
  });

  it('removes flow items with their comma', () => {
    expect(fix('a: {x: 1, y: 2, z: 3}\n', { op: 'delete', path: ['a', 'y'] })).toBe('a: {x: 1, z: 3}\n');
    expect(fix('a: {x: 1, y: 2}\n', { op: 'delete', path: ['a', 'y'] })).toBe('a: {x: 1}\n');
    expect(fix('a: {x: 1}\n', { op: 'delete', path: ['a', 'x'] })).toBe('a: {}\n');
    expect(fix('{\n  "a": 1,\n  "b": 2\n}\n', { op: 'delete', path: ['a'] })).toBe('{\n  "b": 2\n}\n');
    expect(fix('{\n  "a": 1,\n  "b": 2\n}\n', { op: 'delete', path: ['b'] })).toBe('{\n  "a": 1\n}\n');
  });

  it('removes a block list item', () => {
    expect(fix('l:\n  - a\n  - b # two\n  - c\n', { op: 'delete', path: ['l', 1] })).toBe('l:\n  - a\n  - c\n');
  });

  it('does nothing when the field is not there', () => {
    expect(applyFixes('a: 1\n', [{ document: 0, operations: [{ op: 'delete', path: ['b'] }] }])).toEqual({ output: 'a: 1\n', applied: 0, skipped: 1 });
  });
});

describe('rename', () => {
  it('renames a key where it stands and replaces its value', () => {
    expect(fix(VM, { op: 'rename', path: ['spec', 'running'], to: 'runStrategy', value: 'Always' })).toBe(VM.replace('running: true #', 'runStrategy: Always #'));
  });

  it('keeps JSON quoting', () => {
    expect(fix('{"spec": {"running": false}}', { op: 'rename', path: ['spec', 'running'], to: 'runStrategy', value: 'Halted' })).toBe('{"spec": {"runStrategy": "Halted"}}');
  });

  it('refuses to create a duplicate key', () => {
    expect(fix('a: 1\nb: 2\n', { op: 'rename', path: ['a'], to: 'b' })).toBe('a: 1\nb: 2\n');
  });
});

describe('several fixes', () => {
  it('applies fixes to their own documents and leaves the others byte for byte', () => {
    const text = `${VM}---\n# second\napiVersion: v1\nkind: ConfigMap   # odd spacing\ndata: {k: v}\n---\n${VM}`;
    const out = applyFixes(text, [{ document: 2, operations: [{ op: 'delete', path: ['spec', 'running'] }] }]).output;
    const parts = out.split('---\n');
    expect(parts.slice(0, 2)).toEqual(text.split('---\n').slice(0, 2));
    expect(parts[2]).toBe(VM.replace('  running: true # started at once\n', ''));
  });

  it('applies all independent fixes in one pass and keeps a conflicting one for the next', () => {
    const text = 'a:\n  b: 1\nc: 2\n';
    const outcome = applyFixes(text, [
      { document: 0, operations: [{ op: 'set', path: ['a', 'x'], value: 1 }] },
      { document: 0, operations: [{ op: 'set', path: ['a', 'y'], value: 2 }] },
      { document: 0, operations: [{ op: 'set', path: ['c'], value: 3 }] },
    ]);
    expect(outcome).toEqual({ output: 'a:\n  b: 1\n  x: 1\nc: 3\n', applied: 2, skipped: 1 });
  });

  it('applies a fix only whole: one failing operation leaves the others out too', () => {
    const text = 'a: 1\n';
    expect(fix(text, { op: 'set', path: ['a'], value: 2 }, { op: 'delete', path: ['missing'] })).toBe(text);
  });

  it('leaves text that does not parse alone', () => {
    expect(applyFixes('a: [\n', [{ document: 0, operations: [{ op: 'set', path: ['a'], value: 1 }] }]).output).toBe('a: [\n');
  });
});
