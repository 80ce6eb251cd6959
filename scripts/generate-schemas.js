#!/usr/bin/env node
// Generates the JSON schemas that virtops validates manifests against.
//
// Input:  the upstream reference data in ../shared/data (override with VIRTOPS_SHARED_DATA):
//         kubevirt-swagger.json, cdi-swagger.json and crds-catalog/.
// Output: src/schema/generated/<group>/<kind lowercased>_<version>.json (kubeconform's layout) and
//         src/schema/generated/index.json. The output is committed: the linter never reads ../shared at run time.
//
// Every file is a self-contained draft-07 schema: the kind's own schema at the root plus the
// `definitions` it needs, linked with local "#/definitions/..." refs only, so kubeconform can use
// the same files. Description texts, defaults, formats and x-kubernetes-* annotations are dropped
// (nothing validates them) to keep the files small.
//
// Usage: npm run generate        (node scripts/generate-schemas.js)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.VIRTOPS_SHARED_DATA ?? path.join(repoRoot, '..', 'shared', 'data'));
// VIRTOPS_SCHEMA_OUT lets the freshness test generate into a scratch directory and compare.
const outDir = process.env.VIRTOPS_SCHEMA_OUT ? path.resolve(process.env.VIRTOPS_SCHEMA_OUT) : path.join(repoRoot, 'src', 'schema', 'generated');

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

// The Kubernetes quantity syntax, as enforced by the CRD structural schemas
// (validations_generated.go, rule crd-quantity-pattern) on every resource.Quantity field.
// RE2-compatible, so kubeconform (Go regexp) can use it too.
const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';

// containerPath.path: "must start with '/'" and "must not contain '..'" (two CEL rules in the CRD).
// Written as one RE2-compatible pattern (no look-ahead): a '/' followed by any run of
// characters in which a '.' is never directly followed by another '.'.
const ABSOLUTE_NO_DOTDOT_PATTERN = '^/([^.]|\\.[^.])*\\.?$';

/** Objects whose content is arbitrary JSON: never closed with additionalProperties: false. */
const FREE_FORM_DEFINITION = /(^|\.)(FieldsV1|RawExtension|Patch)$/;

// ---------------------------------------------------------------------------------------------
// Kinds
// ---------------------------------------------------------------------------------------------

/**
 * @typedef {{ group: string, version: string, kind: string, source: 'kubevirt-swagger'|'cdi-swagger'|'crds-catalog',
 *             definition?: string, catalogFile?: string, deprecated?: boolean }} KindSpec
 */

/** @type {KindSpec[]} */
const KINDS = [];
const kubevirtCore = [
  'VirtualMachine',
  'VirtualMachineInstance',
  'VirtualMachineInstanceReplicaSet',
  'VirtualMachineInstancePreset',
  'VirtualMachineInstanceMigration',
];
for (const kind of kubevirtCore) {
  // VirtualMachineInstancePreset is deprecated in every version (crds.go: Deprecated: true for v1 and v1alpha3).
  KINDS.push({ group: 'kubevirt.io', version: 'v1', kind, source: 'kubevirt-swagger', definition: `v1.${kind}`, deprecated: kind === 'VirtualMachineInstancePreset' });
  // kubevirt.io/v1alpha3 is still served, deprecated, with the same schema as v1 (register.go ApiSupportedVersions).
  KINDS.push({ group: 'kubevirt.io', version: 'v1alpha3', kind, source: 'kubevirt-swagger', definition: `v1.${kind}`, deprecated: true });
}
KINDS.push(
  { group: 'pool.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachinePool', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachinePool' },
  // pool.kubevirt.io/v1alpha1 is still served (not deprecated). The swagger only has v1beta1, but at
  // kubevirt d923fdb the v1alpha1 Go types have exactly the same fields, and crds.go gives both
  // versions the same CRD schema (patchValidationForAllVersions). The CRDs catalog's
  // virtualmachinepool_v1alpha1.json is an older snapshot (it still has the removed
  // scaleInStrategy...selectionPolicy.basePolicy and lacks newer fields) and, being one inline schema,
  // would add ~780 KB of unshared validator code. So v1alpha1 uses the v1beta1 definition. To use the
  // catalog instead: source: 'crds-catalog', catalogFile: 'pool.kubevirt.io/virtualmachinepool_v1alpha1.json'.
  { group: 'pool.kubevirt.io', version: 'v1alpha1', kind: 'VirtualMachinePool', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachinePool' },
  { group: 'instancetype.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineInstancetype', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineInstancetype' },
  { group: 'instancetype.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineClusterInstancetype', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineClusterInstancetype' },
  { group: 'instancetype.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachinePreference', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachinePreference' },
  { group: 'instancetype.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineClusterPreference', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineClusterPreference' },
  { group: 'migrations.kubevirt.io', version: 'v1alpha1', kind: 'MigrationPolicy', source: 'kubevirt-swagger', definition: 'v1alpha1.MigrationPolicy' },
  { group: 'snapshot.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineSnapshot', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineSnapshot' },
  { group: 'snapshot.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineRestore', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineRestore' },
  { group: 'clone.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineClone', source: 'kubevirt-swagger', definition: 'v1beta1.VirtualMachineClone' },
  // The swagger serves VirtualMachineExport as export.kubevirt.io/v1 (the storage version). v1beta1 is
  // still served but deprecated (crds.go) and its Go types have exactly the same fields, so it gets the same schema.
  { group: 'export.kubevirt.io', version: 'v1', kind: 'VirtualMachineExport', source: 'kubevirt-swagger', definition: 'v1.VirtualMachineExport' },
  { group: 'export.kubevirt.io', version: 'v1beta1', kind: 'VirtualMachineExport', source: 'kubevirt-swagger', definition: 'v1.VirtualMachineExport', deprecated: true },
  { group: 'cdi.kubevirt.io', version: 'v1beta1', kind: 'DataVolume', source: 'cdi-swagger', definition: 'v1beta1.DataVolume' },
  { group: 'cdi.kubevirt.io', version: 'v1beta1', kind: 'DataSource', source: 'cdi-swagger', definition: 'v1beta1.DataSource' },
  { group: 'cdi.kubevirt.io', version: 'v1beta1', kind: 'DataImportCron', source: 'cdi-swagger', definition: 'v1beta1.DataImportCron' },
  { group: 'k8s.cni.cncf.io', version: 'v1', kind: 'NetworkAttachmentDefinition', source: 'crds-catalog', catalogFile: 'k8s.cni.cncf.io/networkattachmentdefinition_v1.json' },
  { group: 'template.openshift.io', version: 'v1', kind: 'Template', source: 'crds-catalog', catalogFile: 'openshift/v4.15-strict/template_template.openshift.io_v1.json' },
);

// ---------------------------------------------------------------------------------------------
// CRD structural constraints
// ---------------------------------------------------------------------------------------------
// Limits that kube-apiserver enforces from the CRD structural schemas but that the swagger (and so
// KubeVirt's webhook schema pass) does not have. Taken from
// pkg/virt-operator/resource/generate/components/validations_generated.go at kubevirt d923fdb
// (spec subtrees only: status is not validated) and, for CDI's contentType, from the CDI CRD
// (crds-catalog cdi.kubevirt.io/datavolume_v1beta1.json). Keyed by swagger definition and property;
// the generator reads only ../shared/data, so the facts are listed here.
const CRD_CONSTRAINTS = {
  // crd-max-items-256
  'v1.Devices': { disks: { maxItems: 256 }, interfaces: { maxItems: 256 } },
  'v1.VirtualMachineInstanceSpec': {
    networks: { maxItems: 256 },
    volumes: { maxItems: 256 },
    accessCredentials: { maxItems: 256 },
    utilityVolumes: { maxItems: 256 },
  },
  // crd-enum-values
  'v1.DomainSpec': { rebootPolicy: { enum: ['Reboot', 'Terminate'] } },
  'v1.ReservedOverhead': { memLock: { enum: ['NotRequired', 'Required'] } },
  'v1beta1.DataVolumeSpec': { contentType: { enum: ['kubevirt', 'archive'] } },
  // crd-containerpath-path / crd-containerpath-readonly (CEL rules, expressed as pattern / enum)
  'v1.ContainerPathVolumeSource': {
    path: { pattern: ABSOLUTE_NO_DOTDOT_PATTERN, maxLength: 4096 },
    readOnly: { enum: [true] },
  },
  // Other enums and bounds from the same CRD schemas.
  'v1.ExperimentalMigrationOptions': { compression: { enum: ['none', 'zstd'] } },
  'v1.DowntimeTuningOptions': {
    cooldownSeconds: { minimum: 1 },
    initialMs: { minimum: 1 },
    startAfterIteration: { minimum: 1 },
    steps: { minimum: 1 },
  },
  'v1.StallDetectorOptions': {
    stallMargin: { minimum: 0, maximum: 100 },
    stallProgressTimeout: { minimum: 0 },
    switchoverTimeout: { minimum: 0 },
  },
  'v1alpha1.MigrationPolicySpec': { maxDowntimeMs: { minimum: 1, maximum: 2000000 } },
  'v1beta1.MemoryInstancetype': { overcommitPercent: { minimum: 0, maximum: 100 } },
  'v1beta1.VirtualMachineCloneSpec': { volumeNamePolicy: { enum: ['RandomizeNames', 'PrefixTargetName'] } },
  'v1beta1.VirtualMachineRestoreSpec': {
    targetReadinessPolicy: { enum: ['StopTarget', 'WaitGracePeriod', 'FailImmediate', 'WaitEventually'] },
  },
  'v1beta1.VirtualMachinePoolSpec': { replicas: { minimum: 0 } },
  'v1beta1.VirtualMachinePoolAutohealingStrategy': { startUpFailureThreshold: { minimum: 1 } },
  'v1beta1.VirtualMachinePoolOpportunisticScaleInStrategy': { statePreservation: { enum: ['Disabled', 'Offline', 'Online'] } },
  'v1beta1.VirtualMachinePoolProactiveScaleInStrategy': { statePreservation: { enum: ['Disabled', 'Offline', 'Online'] } },
  'v1beta1.VirtualMachinePoolSelectionPolicy': {
    sortPolicy: { enum: ['AscendingOrder', 'DescendingOrder', 'Newest', 'Oldest', 'Random'] },
  },
};

// ---------------------------------------------------------------------------------------------
// Schema transformation
// ---------------------------------------------------------------------------------------------

// Dropped: texts (size), defaults (the linter never fills them in), formats (int32/int64/date-time/
// byte are not validated: ajv runs with validateFormats: false, and kube-apiserver does not check
// them either; integer *types* are kept), and OpenAPI-only keywords (nullable is rewritten below).
const DROPPED_KEYWORDS = new Set(['description', 'default', 'format', 'example', 'title', '$schema', 'nullable']);

function typesOf(node) {
  if (node.type === undefined) return [];
  return Array.isArray(node.type) ? [...node.type] : [node.type];
}

function isObjectSchema(node) {
  return typesOf(node).includes('object') || node.properties !== undefined;
}

/** Quantity: string | integer | number, a string must be a Kubernetes quantity (crd-quantity-pattern). */
function quantitySchema() {
  return { type: ['string', 'integer', 'number'], pattern: QUANTITY_PATTERN };
}

/** IntOrString (format: int-or-string, x-kubernetes-int-or-string): a string or an integer. */
function intOrStringSchema() {
  return { type: ['integer', 'string'] };
}

/**
 * Makes an optional property accept null. Why: kube-apiserver prunes null values of non-nullable
 * fields before admission, so `storage:` with no value is valid (CDI's clone-datavolume.yaml).
 * A $ref cannot take siblings in draft-07, so a referenced schema becomes anyOf [the $ref, null].
 * The $ref comes first: ajv stops at the first matching branch, so a valid value costs nothing
 * extra (an if/else wrapper would allocate an error object on every non-null value).
 */
function nullable(node) {
  if (node.$ref !== undefined) return { anyOf: [node, { type: 'null' }] };
  if (node.anyOf !== undefined) return node;
  const types = typesOf(node);
  if (types.length === 0) {
    if (node.enum && !node.enum.includes(null)) return { ...node, enum: [...node.enum, null] };
    return node; // no type: already accepts null
  }
  const out = { ...node };
  if (!types.includes('null')) out.type = [...types, 'null'];
  if (out.enum && !out.enum.includes(null)) out.enum = [...out.enum, null];
  return out;
}

/** A status subtree: anything goes (KubeVirt's webhook validates status leniently, the API server ignores it on create). */
function isStatusSubtree(key, node) {
  return key === 'status' && (node.$ref !== undefined || isObjectSchema(node));
}

/**
 * Transforms one schema node (recursively, not through $refs).
 * Top-level keys need nothing special: a kind's definition lists exactly its top-level fields
 * (apiVersion, kind, metadata, spec, status; Template: objects, parameters, labels, message) and,
 * like every object, gets additionalProperties: false, as the webhook's topLevelKeys check does.
 * @param {any} node
 */
function transform(node) {
  if (node === true || node === false) return node;
  if (node.$ref !== undefined) return { $ref: node.$ref };

  // int-or-string in either spelling (swagger format or CRD extension with anyOf [integer, string]).
  if (node.format === 'int-or-string' || node['x-kubernetes-int-or-string'] === true) {
    const base = node.pattern === QUANTITY_PATTERN ? quantitySchema() : intOrStringSchema();
    return node.nullable ? nullable(base) : base;
  }

  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'required':
      case 'items':
      case 'additionalProperties':
        break; // handled below
      default:
        out[key] = structuredClone(value);
    }
  }
  // OpenAPI `nullable: true` (used by a few swagger definitions and CRD fields) in JSON-schema terms.
  if (node.nullable === true && out.type !== undefined) {
    const types = typesOf(out);
    if (!types.includes('null')) out.type = [...types, 'null'];
  }

  if (node.properties !== undefined) {
    const required = new Set(node.required ?? []);
    out.properties = {};
    for (const [key, prop] of Object.entries(node.properties)) {
      let t;
      if (isStatusSubtree(key, prop)) t = {};
      else {
        t = transform(prop);
        if (!required.has(key)) t = nullable(t);
      }
      out.properties[key] = t;
    }
    if (required.size > 0) out.required = [...node.required];
  } else if (node.required !== undefined) {
    out.required = [...node.required];
  }

  if (node.items !== undefined) out.items = Array.isArray(node.items) ? node.items.map((i) => transform(i)) : transform(node.items);

  if (node.additionalProperties !== undefined && typeof node.additionalProperties === 'object') {
    // A map with typed values (labels, annotations, resource lists, ...): genuinely free-form keys.
    out.additionalProperties = transform(node.additionalProperties);
  } else if (node['x-kubernetes-preserve-unknown-fields'] === true) {
    // Explicitly free-form in the CRD (e.g. Template objects[], nested metadata in old catalog schemas).
    if (node.additionalProperties === true) out.additionalProperties = true;
  } else if (isObjectSchema(node)) {
    // Unknown fields are errors. Why: KubeVirt's webhook schema pass forces additionalProperties:
    // false on every definition, and kubectl's strict field validation rejects unknown fields of
    // any CRD. This includes empty marker structs such as `masquerade: {}` (no fields at all).
    out.additionalProperties = false;
  }
  return out;
}

/** Applies CRD_CONSTRAINTS to transformed definitions (in place). */
function applyCrdConstraints(definitions) {
  for (const [defName, props] of Object.entries(CRD_CONSTRAINTS)) {
    const def = definitions[defName];
    if (!def?.properties) continue;
    for (const [prop, constraint] of Object.entries(props)) {
      const target = def.properties[prop];
      if (target === undefined) throw new Error(`CRD constraint for missing property ${defName}.${prop}`);
      const acceptsNull = typesOf(target).includes('null');
      for (const [kw, value] of Object.entries(constraint)) {
        target[kw] = kw === 'enum' && acceptsNull ? [...value, null] : value;
      }
    }
  }
}

/** Collects local definition names referenced from a schema node, transitively. */
function collectRefs(node, definitions, found = new Set()) {
  const visit = (n) => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (typeof n.$ref === 'string') {
      const m = /^#\/definitions\/(.+)$/.exec(n.$ref);
      if (!m) throw new Error(`non-local $ref ${n.$ref}`);
      const name = m[1];
      if (!found.has(name)) {
        if (!definitions[name]) throw new Error(`unresolved $ref ${n.$ref}`);
        found.add(name);
        visit(definitions[name]);
      }
    }
    for (const [k, v] of Object.entries(n)) if (k !== '$ref') visit(v);
  };
  visit(node);
  return found;
}

/** Transforms all definitions of a swagger file. */
function transformSwagger(swagger) {
  const defs = {};
  for (const [name, def] of Object.entries(swagger.definitions)) {
    let t;
    if (/(^|\.)Quantity$/.test(name)) t = quantitySchema();
    else if (FREE_FORM_DEFINITION.test(name)) t = { type: 'object' };
    else t = transform(def);
    defs[name] = t;
  }
  applyCrdConstraints(defs);
  return defs;
}

/** Returns a copy of `node` with local $refs renamed through `renamed` (old name -> new name). */
function rewriteRefs(node, renamed) {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, renamed));
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === '$ref' && typeof v === 'string') {
      const name = v.slice('#/definitions/'.length);
      out[k] = renamed.has(name) ? `#/definitions/${renamed.get(name)}` : v;
    } else out[k] = rewriteRefs(v, renamed);
  }
  return out;
}

/**
 * Gives `secondary`'s definitions names that never clash with a different definition of the same
 * name in `primary` (CDI's swagger has its own, sometimes newer, copies of v1beta1.DataVolumeSpec & co.).
 * Why: then a definition name means one schema in every generated file, so the validator build can
 * share each definition between all kinds. Renames propagate: a definition that refers to a
 * renamed one changes too, hence the loop.
 */
function disambiguate(primary, secondary, prefix) {
  const renamed = new Map();
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of Object.keys(secondary)) {
      if (renamed.has(name) || !(name in primary)) continue;
      if (JSON.stringify(rewriteRefs(secondary[name], renamed)) !== JSON.stringify(primary[name])) {
        renamed.set(name, prefix + name);
        changed = true;
      }
    }
  }
  const out = {};
  for (const [name, def] of Object.entries(secondary)) out[renamed.get(name) ?? name] = rewriteRefs(def, renamed);
  return { definitions: out, renamed };
}

function sortKeys(obj) {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Serializes with one definition per line: compact, yet readable diffs. */
function serialize(schema) {
  const { definitions, ...root } = schema;
  const lines = ['{'];
  const rootEntries = Object.entries(root);
  rootEntries.forEach(([k, v], i) => {
    const last = i === rootEntries.length - 1 && definitions === undefined;
    lines.push(`${JSON.stringify(k)}:${JSON.stringify(v)}${last ? '' : ','}`);
  });
  if (definitions !== undefined) {
    lines.push('"definitions":{');
    const defs = Object.entries(definitions);
    defs.forEach(([k, v], i) => lines.push(`${JSON.stringify(k)}:${JSON.stringify(v)}${i === defs.length - 1 ? '' : ','}`));
    lines.push('}');
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function main() {
  if (!fs.existsSync(dataDir)) {
    console.error(`generate-schemas: upstream data not found at ${dataDir} (set VIRTOPS_SHARED_DATA)`);
    process.exit(1);
  }
  const kubevirtDefs = transformSwagger(readJson(path.join(dataDir, 'kubevirt-swagger.json')));
  const cdi = disambiguate(kubevirtDefs, transformSwagger(readJson(path.join(dataDir, 'cdi-swagger.json'))), 'cdi.');
  const sources = { 'kubevirt-swagger': kubevirtDefs, 'cdi-swagger': cdi.definitions };
  const objectMetaName = 'k8s.io.apimachinery.pkg.apis.meta.v1.ObjectMeta';

  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });

  const index = [];
  const skipped = [];
  let totalBytes = 0;
  for (const spec of KINDS) {
    const apiVersion = `${spec.group}/${spec.version}`;
    let root;
    let definitions;
    let comment;
    if (spec.source === 'crds-catalog') {
      const file = path.join(dataDir, 'crds-catalog', spec.catalogFile);
      if (!fs.existsSync(file)) {
        skipped.push(`${apiVersion} ${spec.kind} (no ${spec.catalogFile})`);
        continue;
      }
      const raw = readJson(file);
      root = transform(raw);
      // The catalog's top-level metadata is a bare `type: object`; the API server validates it as
      // ObjectMeta, so use the swagger's ObjectMeta (unknown metadata fields are errors there too).
      const kv = sources['kubevirt-swagger'];
      root.properties.metadata = nullable({ $ref: `#/definitions/${objectMetaName}` });
      definitions = {};
      for (const name of collectRefs(root, kv)) definitions[name] = kv[name];
      comment = `Generated by scripts/generate-schemas.js from datreeio/CRDs-catalog ${spec.catalogFile} (metadata from kubevirt swagger.json). Do not edit.`;
    } else {
      const defs = sources[spec.source];
      const defName = spec.source === 'cdi-swagger' ? (cdi.renamed.get(spec.definition) ?? spec.definition) : spec.definition;
      const def = defs[defName];
      if (def === undefined) {
        skipped.push(`${apiVersion} ${spec.kind} (no definition ${spec.definition} in ${spec.source}.json)`);
        continue;
      }
      root = structuredClone(def);
      definitions = {};
      for (const name of collectRefs(root, defs)) definitions[name] = defs[name];
      comment = `Generated by scripts/generate-schemas.js from ${spec.source === 'cdi-swagger' ? 'containerized-data-importer' : 'kubevirt'} api/openapi-spec/swagger.json (${spec.definition}). Do not edit.`;
    }
    const schema = { $schema: DRAFT_07, $comment: comment, ...root, definitions: sortKeys(definitions) };
    const rel = `${spec.group}/${spec.kind.toLowerCase()}_${spec.version}.json`;
    const text = serialize(schema);
    JSON.parse(text); // sanity
    fs.mkdirSync(path.dirname(path.join(outDir, rel)), { recursive: true });
    fs.writeFileSync(path.join(outDir, rel), text);
    totalBytes += Buffer.byteLength(text);
    index.push({ apiVersion, kind: spec.kind, file: rel, deprecated: spec.deprecated === true, source: spec.source });
    console.log(`${rel.padEnd(64)} ${String(Object.keys(definitions).length).padStart(4)} definitions ${(Buffer.byteLength(text) / 1024).toFixed(1).padStart(7)} KiB`);
  }
  index.sort((a, b) => (a.apiVersion + '/' + a.kind < b.apiVersion + '/' + b.kind ? -1 : 1));
  const indexText = '[\n' + index.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n';
  fs.writeFileSync(path.join(outDir, 'index.json'), indexText);
  totalBytes += Buffer.byteLength(indexText);
  console.log(`${index.length} schemas, ${(totalBytes / 1024).toFixed(1)} KiB in ${path.relative(repoRoot, outDir)}`);
  if (skipped.length > 0) console.log(`skipped (not in the upstream data):\n  ${skipped.join('\n  ')}`);
}

main();
