#!/usr/bin/env node
// Generates deploy/crds/kubevirt-test-crds.yaml: CustomResourceDefinitions for the KubeVirt, CDI and
// Multus kinds virtops works with, for end-to-end tests against a bare kube-apiserver (test/cluster).
// They are NOT KubeVirt's or CDI's install manifests and must not be used in production: install
// KubeVirt and CDI with their operators there.
//
// Input:  ../shared/data/crds-catalog/<group>/<kind>_<version>.json (override the data folder with
//         VIRTOPS_SHARED_DATA): the real CRDs' openAPIV3Schema, one file per served version.
// Output: deploy/crds/kubevirt-test-crds.yaml (committed; tests never read ../shared).
//
// What this changes in the catalog schemas, and why:
//   - `additionalProperties: false` next to `properties` is removed: the catalog adds it for strict
//     JSON-schema checks, and kube-apiserver refuses it ("additionalProperties and properties are
//     mutual exclusive"). Without it the schema is structural, and the API server prunes/rejects
//     unknown fields exactly as on a real cluster.
//   - `description`s are dropped (they are 2/3 of the bytes and only feed `kubectl explain`).
// Names, short names, categories, scope, subresources, printer columns and the served/storage versions
// follow KubeVirt's virt-operator (components/crds.go) and CDI's generated CRDs. Every version of a kind
// has the same schema in the catalog, so conversion is `None`, as upstream.
//
// Usage: node scripts/generate-crds.js           write the file
//        node scripts/generate-crds.js --check   exit 1 when the committed file is out of date

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.VIRTOPS_SHARED_DATA ?? path.join(repoRoot, '..', 'shared', 'data'));
const catalogDir = path.join(dataDir, 'crds-catalog');
const outFile = path.join(repoRoot, 'deploy', 'crds', 'kubevirt-test-crds.yaml');

const AGE = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' };
const PHASE = { name: 'Phase', type: 'string', jsonPath: '.status.phase' };
const ALL = ['all'];

/**
 * @typedef {{ name: string, storage?: boolean, deprecated?: boolean, schemaFrom?: string }} VersionSpec
 * @typedef {{
 *   group: string, kind: string, plural: string, singular?: string, scope?: 'Namespaced'|'Cluster',
 *   shortNames?: string[], categories?: string[], versions: VersionSpec[],
 *   status?: boolean, scale?: boolean, columns?: object[],
 * }} CrdSpec
 * `status` defaults to "the schema has a status property"; `schemaFrom` names the catalog version
 * whose schema a version uses (for versions the catalog has no file for).
 */

/** kubevirt.io serves v1 (storage) and the deprecated v1alpha3 for its core kinds. */
const kubevirtCore = [{ name: 'v1', storage: true }, { name: 'v1alpha3', deprecated: true }];
const alphaThenBeta = [{ name: 'v1alpha1' }, { name: 'v1beta1', storage: true }];
const instancetypeVersions = [
  { name: 'v1alpha1', deprecated: true },
  { name: 'v1alpha2', deprecated: true },
  { name: 'v1beta1', storage: true },
];
const replicaColumns = (what) => [
  { name: 'Desired', type: 'integer', jsonPath: '.spec.replicas', description: `Number of desired ${what}` },
  { name: 'Current', type: 'integer', jsonPath: '.status.replicas', description: `Number of managed ${what}` },
  { name: 'Ready', type: 'integer', jsonPath: '.status.readyReplicas', description: `Number of ready ${what}` },
  AGE,
];

/** @type {CrdSpec[]} */
const CRDS = [
  // kubevirt.io
  {
    group: 'kubevirt.io', kind: 'VirtualMachine', plural: 'virtualmachines', shortNames: ['vm', 'vms'], categories: ALL,
    versions: kubevirtCore,
    columns: [
      AGE,
      { name: 'Status', type: 'string', jsonPath: '.status.printableStatus', description: 'Human Readable Status' },
      { name: 'Ready', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
    ],
  },
  {
    // KubeVirt serves VirtualMachineInstance without a status subresource (virt-handler writes the
    // whole object); keep that, so tests see the real behaviour.
    group: 'kubevirt.io', kind: 'VirtualMachineInstance', plural: 'virtualmachineinstances', shortNames: ['vmi', 'vmis'],
    categories: ALL, versions: kubevirtCore, status: false,
    columns: [
      AGE, PHASE,
      { name: 'IP', type: 'string', jsonPath: '.status.interfaces[0].ipAddress' },
      { name: 'NodeName', type: 'string', jsonPath: '.status.nodeName' },
      { name: 'Ready', type: 'string', jsonPath: ".status.conditions[?(@.type=='Ready')].status" },
    ],
  },
  {
    group: 'kubevirt.io', kind: 'VirtualMachineInstanceReplicaSet', plural: 'virtualmachineinstancereplicasets',
    shortNames: ['vmirs', 'vmirss'], categories: ALL, versions: kubevirtCore, scale: true,
    columns: replicaColumns('VirtualMachineInstances'),
  },
  {
    group: 'kubevirt.io', kind: 'VirtualMachineInstanceMigration', plural: 'virtualmachineinstancemigrations',
    shortNames: ['vmim', 'vmims'], categories: ALL, versions: kubevirtCore,
    columns: [PHASE, { name: 'VMI', type: 'string', jsonPath: '.spec.vmiName' }],
  },
  {
    // Deprecated in every version; upstream still stores v1alpha3.
    group: 'kubevirt.io', kind: 'VirtualMachineInstancePreset', plural: 'virtualmachineinstancepresets',
    shortNames: ['vmipreset', 'vmipresets'], categories: ALL,
    versions: [{ name: 'v1', deprecated: true }, { name: 'v1alpha3', storage: true, deprecated: true }],
  },
  // pool.kubevirt.io: the catalog has no v1beta1 schema; v1beta1 has the same shape as v1alpha1.
  {
    group: 'pool.kubevirt.io', kind: 'VirtualMachinePool', plural: 'virtualmachinepools',
    shortNames: ['vmpool', 'vmpools'], categories: ALL, scale: true,
    versions: [{ name: 'v1alpha1' }, { name: 'v1beta1', storage: true, schemaFrom: 'v1alpha1' }],
    columns: replicaColumns('VirtualMachines'),
  },
  // instancetype.kubevirt.io
  {
    group: 'instancetype.kubevirt.io', kind: 'VirtualMachineInstancetype', plural: 'virtualmachineinstancetypes',
    shortNames: ['vminstancetype', 'vminstancetypes', 'vmf', 'vmfs'], categories: ALL, versions: instancetypeVersions,
  },
  {
    group: 'instancetype.kubevirt.io', kind: 'VirtualMachineClusterInstancetype',
    plural: 'virtualmachineclusterinstancetypes', scope: 'Cluster',
    shortNames: ['vmclusterinstancetype', 'vmclusterinstancetypes', 'vmcf', 'vmcfs'], versions: instancetypeVersions,
  },
  {
    group: 'instancetype.kubevirt.io', kind: 'VirtualMachinePreference', plural: 'virtualmachinepreferences',
    shortNames: ['vmpref', 'vmprefs', 'vmp', 'vmps'], categories: ALL, versions: instancetypeVersions,
  },
  {
    group: 'instancetype.kubevirt.io', kind: 'VirtualMachineClusterPreference', plural: 'virtualmachineclusterpreferences',
    scope: 'Cluster', shortNames: ['vmcp', 'vmcps'], versions: instancetypeVersions,
  },
  // migrations.kubevirt.io
  {
    group: 'migrations.kubevirt.io', kind: 'MigrationPolicy', plural: 'migrationpolicies', singular: 'migrationpolicy',
    scope: 'Cluster', versions: [{ name: 'v1alpha1', storage: true }],
  },
  // snapshot.kubevirt.io
  {
    group: 'snapshot.kubevirt.io', kind: 'VirtualMachineSnapshot', plural: 'virtualmachinesnapshots',
    shortNames: ['vmsnapshot', 'vmsnapshots'], categories: ALL, versions: alphaThenBeta,
    columns: [
      { name: 'SourceKind', type: 'string', jsonPath: '.spec.source.kind' },
      { name: 'SourceName', type: 'string', jsonPath: '.spec.source.name' },
      PHASE,
      { name: 'ReadyToUse', type: 'boolean', jsonPath: '.status.readyToUse' },
      { name: 'CreationTime', type: 'date', jsonPath: '.status.creationTime' },
      { name: 'Error', type: 'string', jsonPath: '.status.error.message' },
    ],
  },
  {
    group: 'snapshot.kubevirt.io', kind: 'VirtualMachineSnapshotContent', plural: 'virtualmachinesnapshotcontents',
    shortNames: ['vmsnapshotcontent', 'vmsnapshotcontents'], categories: ALL, versions: alphaThenBeta,
    columns: [
      { name: 'ReadyToUse', type: 'boolean', jsonPath: '.status.readyToUse' },
      { name: 'CreationTime', type: 'date', jsonPath: '.status.creationTime' },
      { name: 'Error', type: 'string', jsonPath: '.status.error.message' },
    ],
  },
  {
    group: 'snapshot.kubevirt.io', kind: 'VirtualMachineRestore', plural: 'virtualmachinerestores',
    shortNames: ['vmrestore', 'vmrestores'], categories: ALL, versions: alphaThenBeta,
    columns: [
      { name: 'TargetKind', type: 'string', jsonPath: '.spec.target.kind' },
      { name: 'TargetName', type: 'string', jsonPath: '.spec.target.name' },
      { name: 'Complete', type: 'boolean', jsonPath: '.status.complete' },
      { name: 'RestoreTime', type: 'date', jsonPath: '.status.restoreTime' },
    ],
  },
  // clone.kubevirt.io
  {
    group: 'clone.kubevirt.io', kind: 'VirtualMachineClone', plural: 'virtualmachineclones',
    shortNames: ['vmclone', 'vmclones'], categories: ALL, versions: alphaThenBeta,
    columns: [
      PHASE,
      { name: 'SourceVirtualMachine', type: 'string', jsonPath: '.spec.source.name' },
      { name: 'TargetVirtualMachine', type: 'string', jsonPath: '.spec.target.name' },
    ],
  },
  // export.kubevirt.io
  {
    group: 'export.kubevirt.io', kind: 'VirtualMachineExport', plural: 'virtualmachineexports',
    shortNames: ['vmexport', 'vmexports'], categories: ALL,
    versions: [{ name: 'v1alpha1', deprecated: true }, { name: 'v1beta1', storage: true }],
    columns: [
      { name: 'SourceKind', type: 'string', jsonPath: '.spec.source.kind' },
      { name: 'SourceName', type: 'string', jsonPath: '.spec.source.name' },
      PHASE,
    ],
  },
  // cdi.kubevirt.io
  {
    group: 'cdi.kubevirt.io', kind: 'DataVolume', plural: 'datavolumes', shortNames: ['dv', 'dvs'], categories: ALL,
    versions: [{ name: 'v1beta1', storage: true }],
    columns: [
      { ...PHASE, description: 'The phase the data volume is in' },
      { name: 'Progress', type: 'string', jsonPath: '.status.progress', description: 'Transfer progress in percentage if known, N/A otherwise' },
      { name: 'Restarts', type: 'integer', jsonPath: '.status.restartCount', description: 'The number of times the transfer has been restarted.' },
      AGE,
    ],
  },
  {
    group: 'cdi.kubevirt.io', kind: 'DataSource', plural: 'datasources', shortNames: ['das'], categories: ALL,
    versions: [{ name: 'v1beta1', storage: true }],
  },
  {
    group: 'cdi.kubevirt.io', kind: 'DataImportCron', plural: 'dataimportcrons', shortNames: ['dic', 'dics'],
    categories: ALL, versions: [{ name: 'v1beta1', storage: true }],
  },
  // k8s.cni.cncf.io (Multus); its resource names are hyphenated upstream.
  {
    group: 'k8s.cni.cncf.io', kind: 'NetworkAttachmentDefinition', plural: 'network-attachment-definitions',
    singular: 'network-attachment-definition', shortNames: ['net-attach-def'], versions: [{ name: 'v1', storage: true }],
  },
];

/** Schema keywords whose value is a map from names to schemas (the names are not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Schema keywords whose value is one schema or an array of schemas. */
const SCHEMA_VALUES = new Set(['items', 'additionalProperties', 'not', 'allOf', 'anyOf', 'oneOf']);

/**
 * Returns a copy of a catalog schema node fit for a CRD: without `additionalProperties: false` beside
 * `properties`, and without descriptions.
 * @param {unknown} node
 * @param {{ removedAdditionalProperties: number }} stats
 * @returns {unknown}
 */
function toCrdSchema(node, stats) {
  if (Array.isArray(node)) return node.map((n) => toCrdSchema(n, stats));
  if (node === null || typeof node !== 'object') return node;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description') continue;
    if (key === 'additionalProperties' && value === false && 'properties' in node) {
      stats.removedAdditionalProperties++;
      continue;
    }
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, toCrdSchema(sub, stats)]));
    } else if (SCHEMA_VALUES.has(key)) {
      out[key] = toCrdSchema(value, stats);
    } else {
      out[key] = value; // default, enum, example values, x-kubernetes-*: kept as they are
    }
  }
  return out;
}

/** @param {string} file */
function readCatalog(file) {
  const full = path.join(catalogDir, file);
  if (!fs.existsSync(full)) {
    throw new Error(`missing catalog schema ${full} (is ../shared/data beside the repo, or VIRTOPS_SHARED_DATA set?)`);
  }
  return JSON.parse(fs.readFileSync(full, 'utf8'));
}

/** @param {CrdSpec} spec */
function buildCrd(spec, stats) {
  const singular = spec.singular ?? spec.kind.toLowerCase();
  const storage = spec.versions.filter((v) => v.storage);
  if (storage.length !== 1) throw new Error(`${spec.kind}: exactly one storage version expected`);

  const versions = spec.versions.map((v) => {
    const file = `${spec.group}/${spec.kind.toLowerCase()}_${v.schemaFrom ?? v.name}.json`;
    const schema = /** @type {Record<string, any>} */ (toCrdSchema(readCatalog(file), stats));
    const hasStatus = Boolean(schema.properties?.status);
    const wantStatus = spec.status ?? hasStatus;
    if (wantStatus && !hasStatus) throw new Error(`${spec.kind} ${v.name}: status subresource but no status in the schema`);
    /** @type {Record<string, unknown>} */
    const version = { name: v.name, served: true, storage: Boolean(v.storage) };
    if (v.deprecated) {
      version.deprecated = true;
      version.deprecationWarning = `${spec.group}/${v.name} ${spec.kind} is deprecated`;
    }
    if (wantStatus || spec.scale) {
      /** @type {Record<string, unknown>} */
      const subresources = {};
      if (wantStatus) subresources.status = {};
      if (spec.scale) {
        subresources.scale = {
          specReplicasPath: '.spec.replicas',
          statusReplicasPath: '.status.replicas',
          labelSelectorPath: '.status.labelSelector',
        };
      }
      version.subresources = subresources;
    }
    if (spec.columns) version.additionalPrinterColumns = spec.columns;
    version.schema = { openAPIV3Schema: schema };
    return version;
  });

  /** @type {Record<string, unknown>} */
  const names = { kind: spec.kind, listKind: `${spec.kind}List`, plural: spec.plural, singular };
  if (spec.shortNames) names.shortNames = spec.shortNames;
  if (spec.categories) names.categories = spec.categories;

  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: {
      name: `${spec.plural}.${spec.group}`,
      labels: { 'virtops.io/test-crd': 'true' },
    },
    spec: {
      group: spec.group,
      names,
      scope: spec.scope ?? 'Namespaced',
      ...(versions.length > 1 ? { conversion: { strategy: 'None' } } : {}),
      versions,
    },
  };
}

const HEADER = `# GENERATED by scripts/generate-crds.js from ../shared/data/crds-catalog: do not edit.
#
# CustomResourceDefinitions for the KubeVirt, CDI and Multus kinds, FOR TESTS ONLY: they let a bare
# kube-apiserver (test/cluster) validate, store and serve these kinds as a real cluster would. There is
# no controller, webhook, defaulting or conversion behind them. Never install them on a real cluster:
# KubeVirt's and CDI's operators install and own the real CRDs.
`;

function render() {
  const stats = { removedAdditionalProperties: 0 };
  const docs = CRDS.map((spec) => buildCrd(spec, stats));
  const body = docs
    .map((doc) => `---\n${YAML.stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false })}`)
    .join('');
  return { text: HEADER + body, count: docs.length, stats };
}

function main() {
  const check = process.argv.includes('--check');
  const { text, count, stats } = render();
  const rel = path.relative(repoRoot, outFile);
  if (check) {
    const current = fs.existsSync(outFile) ? fs.readFileSync(outFile, 'utf8') : '';
    if (current !== text) {
      console.error(`${rel} is out of date: run node scripts/generate-crds.js`);
      process.exit(1);
    }
    console.log(`${rel} is up to date (${count} CRDs)`);
    return;
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, text);
  console.log(
    `wrote ${rel}: ${count} CRDs, ${(text.length / 1024).toFixed(0)} KiB, ` +
      `${stats.removedAdditionalProperties} additionalProperties: false removed`,
  );
}

main();
