import { describe, expect, it } from 'vitest';
import { extractObjects } from '../../src/load/objects.js';

const vm = (name: string) => ({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { name, namespace: 'ns' }, spec: {} });

describe('extractObjects', () => {
  it('takes each document as an object with its identity', () => {
    const out = extractObjects([{ index: 0, value: vm('a') }, { index: 1, value: null }], { skipForeignDocuments: false });
    expect(out.problems).toEqual([]);
    expect(out.objects).toHaveLength(1);
    expect(out.objects[0]).toMatchObject({ document: 0, prefix: [], kind: 'VirtualMachine', ref: { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', namespace: 'ns', name: 'a' }, templateParams: false });
  });

  it('unwraps List items and Template objects with their paths', () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [vm('a'), vm('b')] };
    const template = { apiVersion: 'template.openshift.io/v1', kind: 'Template', metadata: { name: 't' }, objects: [vm('${NAME}')] };
    const out = extractObjects([{ index: 0, value: list }, { index: 1, value: template }], { skipForeignDocuments: false });
    expect(out.objects.map((o) => [o.document, o.prefix, o.kind, o.templateParams])).toEqual([
      [0, [], 'List', false],
      [0, ['items', 0], 'VirtualMachine', false],
      [0, ['items', 1], 'VirtualMachine', false],
      [1, [], 'Template', false],
      [1, ['objects', 0], 'VirtualMachine', true],
    ]);
  });

  it('reports documents that are not objects, or lack apiVersion or kind', () => {
    const out = extractObjects(
      [
        { index: 0, value: 'just a string' },
        { index: 1, value: [1, 2] },
        { index: 2, value: { kind: 'VirtualMachine' } },
        { index: 3, value: { apiVersion: 'v1', kind: 7 } },
      ],
      { skipForeignDocuments: false },
    );
    expect(out.objects).toEqual([]);
    expect(out.problems.map((p) => [p.document, p.message])).toEqual([
      [0, expect.stringMatching(/the string "just a string", not a Kubernetes object/)],
      [1, expect.stringMatching(/a list, not a Kubernetes object/)],
      [2, expect.stringMatching(/missing apiVersion/)],
      [3, expect.stringMatching(/kind must be a string/)],
    ]);
  });

  it('skips foreign YAML quietly only when asked (files found by a directory walk)', () => {
    const doc = [{ index: 0, value: { name: 'CI', on: ['push'] } }];
    expect(extractObjects(doc, { skipForeignDocuments: true })).toMatchObject({ problems: [], foreign: [0] });
    expect(extractObjects(doc, { skipForeignDocuments: false }).problems[0]?.message).toMatch(/missing apiVersion and kind/);
  });
});
