import { describe, expect, it } from 'vitest';
import { Locator } from '../../src/load/locate.js';
import { parseYaml } from '../../src/load/parse.js';

const text = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
  annotations:
    kubevirt.io/x.y: "1"
spec:
  template:
    spec:
      domain:
        devices:
          disks:
            - name: root
              bootOrder: 1
            - name: data
              bootOrder: 1
---
kind: Second
list: [a, b]
`;

describe('Locator', () => {
  const locator = new Locator(text);

  it('points at a scalar value', () => {
    expect(locator.locate(0, ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1, 'bootOrder'])).toEqual({ line: 16, column: 26, endLine: 16, endColumn: 27 });
  });

  it('points at the key when asked', () => {
    expect(locator.locate(0, ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1, 'bootOrder'], 'key')).toEqual({ line: 16, column: 15, endLine: 16, endColumn: 24 });
  });

  it('points at the key of a collection, and at the first line of a list item', () => {
    expect(locator.locate(0, ['spec', 'template'])).toMatchObject({ line: 8, column: 3 });
    expect(locator.locate(0, ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1])).toEqual({ line: 15, column: 15, endLine: 15, endColumn: 25 });
  });

  it('handles keys with dots and later documents', () => {
    expect(locator.locate(0, ['metadata', 'annotations', 'kubevirt.io/x.y'])).toMatchObject({ line: 6, column: 22 });
    expect(locator.locate(1, ['list', 1])).toMatchObject({ line: 19, column: 11 });
  });

  it('finds the same positions in a text outside the fast parser\'s subset (js-yaml parses it)', () => {
    const outside = new Locator(text.replace('kind: Second', 'kind: Second # a tab: \t'));
    const bootOrder = ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1, 'bootOrder'];
    expect(outside.locate(0, bootOrder)).toEqual(locator.locate(0, bootOrder));
    expect(outside.locate(1, ['list', 1])).toEqual(locator.locate(1, ['list', 1]));
  });

  it('finds the same positions parsing only the documents asked for, from where parseYaml saw them begin', () => {
    const offsets = parseYaml(text).documentOffsets;
    expect(offsets).toHaveLength(2);
    const bootOrder = ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 1, 'bootOrder'];
    expect(new Locator(text, offsets).locate(1, ['list', 1])).toEqual(locator.locate(1, ['list', 1]));
    expect(new Locator(text, offsets).locate(0, bootOrder, 'key')).toEqual(locator.locate(0, bootOrder, 'key'));
    expect(new Locator(text, offsets).locate(2, ['x'])).toEqual(locator.locate(2, ['x'])); // no such document
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(locator.locate(0, ['spec', 'template', 'spec', 'domain', 'features', 'smm'])).toMatchObject({ line: 10, column: 7 });
  });
});
