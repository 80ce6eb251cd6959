import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import { extractObjects } from '../../src/load/objects.js';
import { parsedOutcome, preparse } from '../../src/load/preparse.js';
import { createSchemaAcceptors } from '../../src/schema/acceptors.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What the parse lane hands the linting thread must be exactly what parsing on that thread gives. */
describe('preparse', () => {
  it.each([
    ['several documents', '---\na: 1\nb: [x, "y"]\n---\nc:\n  - d: true\n    e: ~\n'],
    ['aliases, copied by the trip through JSON', 'a: &x\n  p: 1\nb: *x\n'],
    ['YAML 1.1 scalars', 'a: yes\nb: 0755\nc: 1_000\nd: 1.5e3\ne: "0755"\nf: 2024-01-01\n'],
    ['block scalars', 'a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\n'],
    ['a __proto__ key', '__proto__:\n  polluted: true\nsafe: 1\n'],
    ['an empty document between two', 'a: 1\n---\n---\nb: 2\n'],
    ['numeric keys', '1: a\n"2": b\n'],
  ])('%s: the same documents, offsets and text as parsing here', (_name, text) => {
    const preparsed = preparse(bytes(text));
    expect(preparsed).toBeDefined();
    expect(preparsed!.text).toBe(text);
    const here = parseYaml(text);
    const there = parsedOutcome(preparsed!);
    expect(there).toEqual({ documents: here.documents, problems: [], documentOffsets: here.documentOffsets });
    for (const [i, document] of there.documents.entries()) {
      expect(Object.keys(document.value ?? {})).toEqual(Object.keys(here.documents[i]!.value ?? {}));
    }
    if (text.startsWith('__proto__')) {
      const value = there.documents[0]!.value as Record<string, unknown>;
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value, '__proto__')).toBe(true);
    }
  });

  it.each([
    ['NaN', 'a: .nan\n'],
    ['an infinity', 'a: -.inf\n'],
    ['negative zero', 'a: -0.0\n'],
    ['negative zero as a list item', 'a:\n  - 1\n  - -0.0\n'],
  ])('leaves %s to the linting thread: JSON cannot carry it', (_name, text) => {
    expect(preparse(bytes(text))).toBeUndefined();
    expect(parseYaml(text).jsonSafe).toBe(false);
  });

  it('leaves files with problems, outside the fast subset or not UTF-8 to the linting thread', () => {
    expect(preparse(bytes('a: [1, 2\nb: 3\n'))).toBeUndefined(); // a syntax error
    expect(preparse(bytes('a: {b: 1}\n'))).toBeUndefined(); // a flow mapping: js-yaml parses it
    expect(preparse(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0x0a]))).toBeUndefined();
    expect(preparse(new Uint8Array([0x61, 0x00, 0x62]))).toBeUndefined();
  });

  it('marks plain negative and positive zeros apart', () => {
    expect(preparse(bytes('a: 0\nb: 0.0\nc: -1\n'))).toBeDefined();
  });

  it('lists the documents that match their own schema when asked, and the objects they become know it', () => {
    const { acceptsOwnSchema } = createSchemaAcceptors();
    const vm = 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: vm\nspec:\n  runStrategy: Always\n  template:\n    spec:\n      domain:\n        devices: {}\n';
    const text = [vm, vm.replace('runStrategy: Always', 'runStrategy: Always\n  colour: blue'), 'a: 1\n', vm.replace('kind: VirtualMachine', 'kind: List\nitems: []')].join('---\n');
    const preparsed = preparse(bytes(text), acceptsOwnSchema);
    expect(preparsed?.schemaAccepted).toEqual([0]);
    expect(preparse(bytes(text))?.schemaAccepted).toEqual([]);
    const documents = parsedOutcome(preparsed!).documents;
    expect(documents.map((document) => document.schemaAccepted === true)).toEqual([true, false, false, false]);
    const objects = extractObjects(documents, { skipForeignDocuments: true }).objects;
    expect(objects.map((object) => [object.kind, object.schemaAccepted === true])).toEqual([
      ['VirtualMachine', true],
      ['VirtualMachine', false],
      ['List', false],
    ]);
  });
});
