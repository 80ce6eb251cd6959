import type { FieldPath, Finding, ObjectRef } from '../core/types.js';
import { isRecord } from '../normalize/values.js';
import type { ParsedDocument } from './parse.js';

/**
 * Documents → Kubernetes objects: a document is one object, or a `List` of them, or an OpenShift
 * `Template` whose `objects[]` are objects too (with `${PARAM}` placeholders filled in later).
 */

export interface KubeObject {
  document: number;
  /** Path from the document root to this object ([] for the document itself, ['objects', 2] in a Template). */
  prefix: FieldPath;
  value: Record<string, unknown>;
  ref: ObjectRef;
  apiVersion: string;
  kind: string;
  /** Inside an OpenShift Template: strings may hold `${PARAM}` placeholders. */
  templateParams: boolean;
  /** Certainly matches the schema of its own apiVersion and kind, found before the lint (a document the parse lane checked). */
  schemaAccepted?: boolean;
}

export interface ExtractOutcome {
  objects: KubeObject[];
  problems: Finding[];
  /** Documents that are not Kubernetes objects at all (no apiVersion and no kind), when tolerated. */
  foreign: number[];
}

export interface ExtractOptions {
  /** Files found by walking a directory may hold other YAML (CI configs, values files): skip documents with neither apiVersion nor kind. */
  skipForeignDocuments: boolean;
}

export function extractObjects(documents: readonly ParsedDocument[], options: ExtractOptions): ExtractOutcome {
  const out: ExtractOutcome = { objects: [], problems: [], foreign: [] };
  for (const { index, value, schemaAccepted } of documents) {
    if (value === null || value === undefined) continue; // empty document, e.g. a trailing ---
    const first = out.objects.length;
    visit(value, index, [], false, options, out, true);
    const object = out.objects[first];
    if (schemaAccepted === true && object?.value === value) object.schemaAccepted = true;
  }
  return out;
}

function visit(value: unknown, document: number, prefix: FieldPath, templateParams: boolean, options: ExtractOptions, out: ExtractOutcome, topLevel: boolean): void {
  if (!isRecord(value)) {
    out.problems.push(shapeProblem(document, prefix, `${topLevel ? 'this document' : 'this item'} is ${describe(value)}, not a Kubernetes object; expected a mapping with apiVersion, kind and metadata`));
    return;
  }
  const apiVersion = value['apiVersion'];
  const kind = value['kind'];
  if (apiVersion === undefined && kind === undefined && topLevel && options.skipForeignDocuments) {
    out.foreign.push(document);
    return;
  }
  const missing = [apiVersion === undefined || apiVersion === '' ? 'apiVersion' : '', kind === undefined || kind === '' ? 'kind' : ''].filter(Boolean);
  if (missing.length > 0) {
    out.problems.push(shapeProblem(document, prefix, `missing ${missing.join(' and ')}: every Kubernetes object needs both (e.g. apiVersion: kubevirt.io/v1, kind: VirtualMachine)`));
    return;
  }
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
    const field = typeof apiVersion !== 'string' ? 'apiVersion' : 'kind';
    out.problems.push(shapeProblem(document, [...prefix, field], `${field} must be a string, not ${describe(value[field])}`));
    return;
  }
  out.objects.push({ document, prefix, value, ref: refOf(value, apiVersion, kind), apiVersion, kind, templateParams });
  if (kind === 'List' || kind.endsWith('List') && Array.isArray(value['items'])) {
    forEachItem(value['items'], (item, i) => visit(item, document, [...prefix, 'items', i], templateParams, options, out, false));
  } else if (kind === 'Template' && apiVersion.startsWith('template.openshift.io/')) {
    forEachItem(value['objects'], (item, i) => visit(item, document, [...prefix, 'objects', i], true, options, out, false));
  }
}

function forEachItem(items: unknown, fn: (item: unknown, index: number) => void): void {
  if (Array.isArray(items)) items.forEach((item, i) => fn(item, i));
}

function refOf(value: Record<string, unknown>, apiVersion: string, kind: string): ObjectRef {
  const ref: ObjectRef = { apiVersion, kind };
  const metadata = value['metadata'];
  if (isRecord(metadata)) {
    if (typeof metadata['namespace'] === 'string') ref.namespace = metadata['namespace'];
    if (typeof metadata['name'] === 'string') ref.name = metadata['name'];
    else if (typeof metadata['generateName'] === 'string') ref.name = metadata['generateName'];
  }
  return ref;
}

function shapeProblem(document: number, path: FieldPath, message: string): Finding {
  return { ruleId: 'invalid-document', severity: 'error', message, document, path };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `a ${typeof value}`;
}
