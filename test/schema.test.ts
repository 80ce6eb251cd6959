import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchemaAjv, standaloneModuleSource } from '../src/schema/compile.js';
import {
  createSchemaValidator,
  hasSchema,
  knownApiVersionsForKind,
  validateSchema,
  type SchemaIssue,
  type SchemaValidator,
} from '../src/schema/validate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = path.join(repoRoot, 'src', 'schema', 'generated');
const dataDir = path.resolve(process.env.VIRTOPS_SHARED_DATA ?? path.join(repoRoot, '..', 'shared', 'data'));
const hasData = fs.existsSync(path.join(dataDir, 'kubevirt-examples'));
if (!hasData) console.warn(`schema.test: upstream data not found at ${dataDir}; the upstream-example tests are skipped`);

type Obj = Record<string, unknown>;

/** Every keyword used in a schema (property names under `properties`/`definitions` are not keywords). */
function keywordsOf(schema: unknown, out = new Set<string>()): Set<string> {
  if (schema === null || typeof schema !== 'object') return out;
  if (Array.isArray(schema)) {
    for (const s of schema) keywordsOf(s, out);
    return out;
  }
  for (const [key, value] of Object.entries(schema as Obj)) {
    out.add(key);
    if (key === 'properties' || key === 'definitions') for (const sub of Object.values(value as Obj)) keywordsOf(sub, out);
    else if (key !== 'enum' && key !== 'required') keywordsOf(value, out);
  }
  return out;
}

function vm(templateSpec: Obj, extra: Obj = {}): Obj {
  return {
    apiVersion: 'kubevirt.io/v1',
    kind: 'VirtualMachine',
    metadata: { name: 'vm' },
    spec: { runStrategy: 'Always', template: { spec: templateSpec } },
    ...extra,
  };
}

function domain(extra: Obj = {}, devices: Obj = {}): Obj {
  return { domain: { devices, ...extra } };
}

const check = (object: Obj, options?: { templateParams?: boolean }): SchemaIssue[] => {
  const issues = validateSchema(String(object.apiVersion), String(object.kind), object, options);
  if (issues === undefined) throw new Error(`no schema for ${String(object.apiVersion)} ${String(object.kind)}`);
  return issues;
};

describe('generated schemas', () => {
  const index = JSON.parse(fs.readFileSync(path.join(schemaDir, 'index.json'), 'utf8')) as {
    apiVersion: string;
    kind: string;
    file: string;
    deprecated: boolean;
    source: string;
  }[];

  it('lists every kind once, with an existing file in kubeconform layout', () => {
    const keys = index.map((e) => `${e.apiVersion}/${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of index) {
      const [group, version] = e.apiVersion.split('/');
      expect(e.file).toBe(`${group}/${e.kind.toLowerCase()}_${version}.json`);
      expect(fs.existsSync(path.join(schemaDir, e.file))).toBe(true);
      expect(['kubevirt-swagger', 'cdi-swagger', 'crds-catalog']).toContain(e.source);
    }
    expect(keys).toEqual(
      expect.arrayContaining([
        'kubevirt.io/v1/VirtualMachine',
        'kubevirt.io/v1alpha3/VirtualMachine',
        'pool.kubevirt.io/v1beta1/VirtualMachinePool',
        'cdi.kubevirt.io/v1beta1/DataVolume',
        'k8s.cni.cncf.io/v1/NetworkAttachmentDefinition',
        'template.openshift.io/v1/Template',
      ]),
    );
  });

  it('are self-contained draft-07 schemas with local $refs only and no descriptions', () => {
    for (const e of index) {
      const text = fs.readFileSync(path.join(schemaDir, e.file), 'utf8');
      const schema = JSON.parse(text) as { $schema: string; definitions?: Record<string, unknown> };
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      for (const [, ref] of text.matchAll(/"\$ref":"([^"]*)"/g)) {
        expect(ref!.startsWith('#/definitions/')).toBe(true);
        expect(schema.definitions?.[ref!.slice('#/definitions/'.length)]).toBeDefined();
      }
      expect(keywordsOf(schema)).not.toContain('description');
      expect(keywordsOf(schema)).not.toContain('nullable');
    }
  });
});

describe('validateSchema', () => {
  it('accepts a minimal valid VirtualMachine', () => {
    expect(check(vm(domain({ memory: { guest: '1Gi' } }, { disks: [{ name: 'root', disk: { bus: 'virtio' } }] })))).toEqual([]);
  });

  it('reports an unknown field at its key, with the closest allowed name', () => {
    const issues = check(vm(domain({}, { disks: [{ name: 'root', bootorder: 1 }] })));
    expect(issues).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 0, 'bootorder'],
        keyword: 'additionalProperties',
        message: 'unknown field "bootorder" in spec.template.spec.domain.devices.disks[0]; did you mean "bootOrder"?',
        target: 'key',
      },
    ]);
  });

  it('reports unknown top-level keys and unknown fields of empty marker objects', () => {
    const issues = check(vm(domain({}, { interfaces: [{ name: 'default', masquerade: { x: 1 } }] }), { extra: true }));
    expect(issues.map((i) => [i.path, i.target])).toEqual([
      [['extra'], 'key'],
      [['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'masquerade', 'x'], 'key'],
    ]);
    expect(issues[0]!.message).toBe(
      'unknown field "extra" at the top level; remove it or use one of: apiVersion, kind, metadata, spec, status',
    );
    expect(issues[1]!.message).toContain('which takes no fields; remove it');
  });

  it('reports a missing required field at the parent object', () => {
    expect(check(vm(domain({}, { disks: [{ disk: {} }] })))).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 0],
        keyword: 'required',
        message: 'missing required field "name" in spec.template.spec.domain.devices.disks[0]',
        target: 'key',
      },
    ]);
    expect(check({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance', metadata: { name: 'x' } })).toEqual([
      { path: [], keyword: 'required', message: 'missing required field "spec" at the top level', target: 'key' },
    ]);
  });

  it('reports a wrong type', () => {
    expect(check(vm(domain({}, { disks: [{ name: 'root', bootOrder: '1' }] })))).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 0, 'bootOrder'],
        keyword: 'type',
        message: 'spec.template.spec.domain.devices.disks[0].bootOrder must be an integer, not a string (remove the quotes)',
        target: 'value',
      },
    ]);
    const [issue] = check(vm(domain({ cpu: { cores: 'two' } })));
    expect(issue!.message).toBe('spec.template.spec.domain.cpu.cores must be an integer, not a string');
    expect(check(vm(domain({ cpu: { cores: 1.5 } })))[0]!.message).toBe(
      'spec.template.spec.domain.cpu.cores must be an integer, not a number with a fraction',
    );
  });

  it('reports enum values, from the swagger and from the CRD schema', () => {
    expect(check(vm(domain({ rebootPolicy: 'Halt' })))).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'rebootPolicy'],
        keyword: 'enum',
        message: 'spec.template.spec.domain.rebootPolicy must be one of: Reboot, Terminate (got "Halt")',
        target: 'value',
      },
    ]);
    expect(check(vm({ ...domain(), dnsPolicy: 'Cluster' }))[0]!.message).toBe(
      'spec.template.spec.dnsPolicy must be one of: ClusterFirst, ClusterFirstWithHostNet, Default, None (got "Cluster")',
    );
    expect(check(vm(domain({ memory: { reservedOverhead: { memLock: 'yes' } } })))[0]!.keyword).toBe('enum');
    const dv = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', spec: { contentType: 'raw', source: { blank: {} } } };
    expect(check(dv)[0]!.message).toBe('spec.contentType must be one of: kubevirt, archive (got "raw")');
  });

  it('accepts a Quantity as a string, an integer or a number', () => {
    for (const value of ['1Gi', '500m', '1.5', '1e3', 1073741824, 0.5]) {
      expect(check(vm(domain({ resources: { requests: { memory: value, cpu: value } } })))).toEqual([]);
    }
  });

  it('rejects a malformed quantity string and a quantity of the wrong type', () => {
    expect(check(vm(domain({ memory: { guest: '2GB' } })))).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'memory', 'guest'],
        keyword: 'pattern',
        message: 'spec.template.spec.domain.memory.guest must be a Kubernetes quantity such as 2Gi, 500m or 1.5, not "2GB"; did you mean "2Gi"?',
        target: 'value',
      },
    ]);
    expect(check(vm(domain({ resources: { limits: { cpu: '1 core' } } })))[0]!.keyword).toBe('pattern');
    expect(check(vm(domain({ memory: { guest: true } })))[0]!.message).toBe(
      'spec.template.spec.domain.memory.guest must be a string or a number, not a boolean',
    );
  });

  it('accepts an IntOrString as a string or an integer, nothing else', () => {
    const pool = (maxUnavailable: unknown): Obj => ({
      apiVersion: 'pool.kubevirt.io/v1beta1',
      kind: 'VirtualMachinePool',
      spec: {
        maxUnavailable,
        selector: { matchLabels: { a: 'b' } },
        virtualMachineTemplate: { spec: { template: { spec: domain() } } },
      },
    });
    expect(check(pool(1))).toEqual([]);
    expect(check(pool('25%'))).toEqual([]);
    expect(check(pool(true))).toEqual([
      { path: ['spec', 'maxUnavailable'], keyword: 'type', message: 'spec.maxUnavailable must be an integer or a string, not a boolean', target: 'value' },
    ]);
    expect(check(pool(1.5))[0]!.keyword).toBe('type');
  });

  it('accepts null for optional fields, not for required ones', () => {
    expect(
      check(
        vm({ ...domain({ cpu: null, memory: { guest: null } }, { disks: null }), terminationGracePeriodSeconds: null }, {
          metadata: { name: 'vm', creationTimestamp: null, labels: null },
          status: null,
        }),
      ),
    ).toEqual([]);
    const dv = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', spec: { source: { pvc: { namespace: 'a', name: 'b' } }, storage: null } };
    expect(check(dv)).toEqual([]);
    expect(check({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance', spec: null })).toEqual([
      { path: ['spec'], keyword: 'type', message: 'spec must be an object, not null', target: 'value' },
    ]);
    expect(check(vm(domain({}, { disks: [{ name: null }] })))[0]!.keyword).toBe('type');
  });

  it('ignores status content', () => {
    expect(check(vm(domain(), { status: { anything: [1, 2], printableStatus: 7 } }))).toEqual([]);
  });

  it('enforces the CRD maxItems of 256', () => {
    const disks = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `d${i}` }));
    expect(check(vm(domain({}, { disks: disks(256) })))).toEqual([]);
    expect(check(vm(domain({}, { disks: disks(257) })))).toEqual([
      {
        path: ['spec', 'template', 'spec', 'domain', 'devices', 'disks'],
        keyword: 'maxItems',
        message: 'spec.template.spec.domain.devices.disks has 257 items; at most 256 are allowed',
        target: 'value',
      },
    ]);
    const volumes = Array.from({ length: 257 }, (_, i) => ({ name: `v${i}`, emptyDisk: { capacity: '1Gi' } }));
    expect(check(vm({ ...domain(), volumes })).map((i) => i.keyword)).toEqual(['maxItems']);
  });

  it('enforces the containerPath CEL rules', () => {
    const withPath = (containerPath: Obj) => vm({ ...domain(), volumes: [{ name: 'v', containerPath }] });
    expect(check(withPath({ path: '/var/run/x', readOnly: true }))).toEqual([]);
    expect(check(withPath({ path: '/a.b/c.' }))).toEqual([]);
    for (const bad of ['relative', '/a/../b', '/..']) {
      expect(check(withPath({ path: bad })).map((i) => i.keyword)).toEqual(['pattern']);
    }
    expect(check(withPath({ path: `/${'x'.repeat(4096)}` })).map((i) => i.keyword)).toEqual(['maxLength']);
    expect(check(withPath({ path: '/x', readOnly: false }))[0]!.message).toContain('must be true: write access is not supported');
  });

  it('tolerates ${PARAM} values inside Templates only when asked to', () => {
    const templated = vm(domain({ cpu: { cores: '${CPU_CORES}' }, memory: { guest: '${MEMORY}' } }), {
      metadata: { name: '${NAME}', labels: { app: '${NAME}' } },
    });
    expect(check(templated, { templateParams: true })).toEqual([]);
    expect(check(templated).map((i) => i.keyword).sort()).toEqual(['pattern', 'type']);
    // A real problem is still reported inside a template.
    const typo = { ...templated, spec: { ...(templated.spec as Obj), runing: true } };
    expect(check(typo, { templateParams: true }).map((i) => i.path)).toEqual([['spec', 'runing']]);
  });

  it('de-duplicates issues', () => {
    const issues = check(vm(domain({}, { disks: [{ name: 'a', bootorder: 1, bootorde: 2 }] })));
    const keys = issues.map((i) => JSON.stringify([i.path, i.keyword, i.message]));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('returns undefined for an unknown apiVersion or kind', () => {
    expect(validateSchema('kubevirt.io/v2', 'VirtualMachine', {})).toBeUndefined();
    expect(validateSchema('kubevirt.io/v1', 'VirtualMachineFoo', {})).toBeUndefined();
    expect(validateSchema('v1', 'ConfigMap', {})).toBeUndefined();
    expect(hasSchema('kubevirt.io/v1', 'VirtualMachine')).toBe(true);
    expect(hasSchema('kubevirt.io/v2', 'VirtualMachine')).toBe(false);
  });

  it('lists the known apiVersions of a kind, served ones first', () => {
    expect(knownApiVersionsForKind('VirtualMachine')).toEqual(['kubevirt.io/v1', 'kubevirt.io/v1alpha3']);
    expect(knownApiVersionsForKind('VirtualMachineExport')).toEqual(['export.kubevirt.io/v1', 'export.kubevirt.io/v1beta1']);
    expect(knownApiVersionsForKind('ConfigMap')).toEqual([]);
  });

  it('validates NetworkAttachmentDefinition and Template objects', () => {
    const nad = { apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', metadata: { name: 'n', namespac: 'x' }, spec: { config: '{}' } };
    expect(check(nad).map((i) => i.message)).toEqual(['unknown field "namespac" in metadata; did you mean "namespace"?']);
    const template = {
      apiVersion: 'template.openshift.io/v1',
      kind: 'Template',
      metadata: { name: 't' },
      objects: [{ anything: 'goes' }],
      parameters: [{ name: 'NAME', generate: 'expression', from: 'vm-[a-z0-9]{6}' }],
    };
    expect(check(template)).toEqual([]);
    expect(check({ ...template, objects: undefined }).map((i) => i.message)).toEqual(['missing required field "objects" at the top level']);
  });
});

// ---------------------------------------------------------------------------------------------
// Upstream examples: valid by definition
// ---------------------------------------------------------------------------------------------

interface Sample {
  name: string;
  object: Obj;
  templateParams: boolean;
}

function upstreamSamples(): Sample[] {
  const samples: Sample[] = [];
  for (const dir of ['kubevirt-examples', 'cdi-examples', 'common-templates']) {
    for (const file of fs.readdirSync(path.join(dataDir, dir)).sort()) {
      if (!/\.ya?ml$/.test(file)) continue;
      yaml.loadAll(fs.readFileSync(path.join(dataDir, dir, file), 'utf8')).forEach((doc, i) => {
        if (doc === null || typeof doc !== 'object') return;
        const object = doc as Obj;
        samples.push({ name: `${dir}/${file}#${i}`, object, templateParams: false });
        if (object.kind === 'Template' && Array.isArray(object.objects)) {
          (object.objects as Obj[]).forEach((o, j) => samples.push({ name: `${dir}/${file}#${i} objects[${j}]`, object: o, templateParams: true }));
        }
      });
    }
  }
  return samples;
}

describe.skipIf(!hasData)(`upstream examples (need ${dataDir})`, () => {
  it('validate with zero issues, except kinds without a schema', () => {
    const noSchema: string[] = [];
    const failures: Record<string, SchemaIssue[]> = {};
    const samples = upstreamSamples();
    for (const { name, object, templateParams } of samples) {
      const issues = validateSchema(String(object.apiVersion), String(object.kind), object, { templateParams });
      if (issues === undefined) noSchema.push(`${String(object.apiVersion)} ${String(object.kind)}`);
      else if (issues.length > 0) failures[name] = issues;
    }
    expect(failures).toEqual({});
    expect([...new Set(noSchema)].sort()).toEqual(['resource.k8s.io/v1 ResourceClaimTemplate', 'scheduling.k8s.io/v1 PriorityClass']);
    // 47 + 9 + 8 files, plus the 8 VirtualMachines inside the Templates.
    expect(samples.length).toBe(72);
  });

  it('cover every VirtualMachine of the full common-templates bundle', () => {
    const bundle = path.join(dataDir, 'common-templates-bundle', 'common-templates-amd64-v0.35.0.yaml');
    const failures: string[] = [];
    for (const doc of yaml.loadAll(fs.readFileSync(bundle, 'utf8'))) {
      if (doc === null || typeof doc !== 'object') continue;
      const template = doc as Obj;
      if (check(template).length > 0) failures.push(String((template.metadata as Obj).name));
      for (const o of template.objects as Obj[]) if (check(o, { templateParams: true }).length > 0) failures.push(`${String((template.metadata as Obj).name)} VM`);
    }
    expect(failures).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Precompiled (ajv standalone) vs run-time compile
// ---------------------------------------------------------------------------------------------

describe('precompiled and run-time validators', () => {
  const tmpDir = path.join(repoRoot, 'test', '.tmp');
  const moduleFile = path.join(tmpDir, `validators-${process.pid}.cjs`);
  let precompiled: SchemaValidator;
  let runtime: SchemaValidator;

  beforeAll(async () => {
    // Inside the repo so that the module resolves its `ajv/dist/runtime/*` imports.
    fs.mkdirSync(tmpDir, { recursive: true });
    fs.writeFileSync(moduleFile, standaloneModuleSource(createSchemaAjv({ standalone: true, schemaDir })));
    precompiled = await createSchemaValidator({ mode: 'precompiled', precompiledModule: moduleFile, schemaDir });
    runtime = await createSchemaValidator({ mode: 'runtime', schemaDir });
  }, 120_000);

  afterAll(() => {
    fs.rmSync(moduleFile, { force: true });
    if (fs.existsSync(tmpDir) && fs.readdirSync(tmpDir).length === 0) fs.rmdirSync(tmpDir);
  });

  it('use the modes they were asked for', () => {
    expect(precompiled.mode).toBe('precompiled');
    expect(runtime.mode).toBe('runtime');
  });

  it('fall back to run-time compile when the precompiled module is older than the schemas', async () => {
    const stale = path.join(tmpDir, `stale-${process.pid}.cjs`);
    fs.writeFileSync(stale, '// schema digest: old\nexports.validators = {};\n');
    try {
      const warnings: string[] = [];
      const onWarning = (w: Error) => warnings.push(w.message);
      process.on('warning', onWarning);
      const v = await createSchemaValidator({ precompiledModule: stale, schemaDir });
      await new Promise((resolve) => setImmediate(resolve));
      process.off('warning', onWarning);
      expect(v.mode).toBe('runtime');
      expect(warnings.join('\n')).toContain('older than the schemas');
      expect(v.validateSchema('kubevirt.io/v1', 'VirtualMachine', vm(domain()))).toEqual([]);
    } finally {
      fs.rmSync(stale, { force: true });
    }
  }, 60_000);

  it('load the precompiled module only when a document first needs it', async () => {
    const file = path.join(tmpDir, `unloadable-${process.pid}.cjs`);
    fs.writeFileSync(file, `${fs.readFileSync(moduleFile, 'utf8').split('\n', 1)[0]}\nthrow new Error('the module was loaded');\n`);
    try {
      const v = await createSchemaValidator({ precompiledModule: file, schemaDir });
      expect(v.mode).toBe('precompiled'); // its first line names the current schemas
      // The quick acceptor vouches for a valid VirtualMachine: no need to load the module.
      expect(v.validateSchema('kubevirt.io/v1', 'VirtualMachine', vm(domain()))).toEqual([]);
      expect(() => v.validateSchema('kubevirt.io/v1', 'VirtualMachine', vm(domain(), { foo: 1 }))).toThrow('the module was loaded');
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  it('give identical results', () => {
    const broken: Obj[] = [
      vm(domain({ rebootPolicy: 'x', memory: { guest: '2GB' }, cpu: { cores: '2' } }, { disks: [{ bootorder: 1 }, { name: 'b', disk: { x: 1 } }] }), { foo: 1 }),
      vm({ ...domain(), volumes: [{ name: 'v', containerPath: { path: '../x', readOnly: false } }], networks: 'x' }),
      { apiVersion: 'kubevirt.io/v1alpha3', kind: 'VirtualMachineInstance', spec: { domain: { devices: { disks: Array.from({ length: 300 }, () => ({})) } } } },
      { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', spec: { storage: { resources: { requests: { storage: '5 Gi' } } }, contentType: 'x' } },
      { apiVersion: 'template.openshift.io/v1', kind: 'Template', parameters: [{}], bogus: true },
      { apiVersion: 'k8s.cni.cncf.io/v1', kind: 'NetworkAttachmentDefinition', spec: { config: 1 } },
      { apiVersion: 'pool.kubevirt.io/v1alpha1', kind: 'VirtualMachinePool', spec: { replicas: -1, maxUnavailable: {} } },
      { apiVersion: 'instancetype.kubevirt.io/v1beta1', kind: 'VirtualMachineInstancetype', spec: { memory: { guest: 1, overcommitPercent: 101 }, cpu: {} } },
    ];
    const objects = [...broken, ...(hasData ? upstreamSamples().map((s) => s.object) : [])];
    for (const object of objects) {
      const apiVersion = String(object.apiVersion);
      const kind = String(object.kind);
      const a = precompiled.validateSchema(apiVersion, kind, object);
      const b = runtime.validateSchema(apiVersion, kind, object);
      expect(a).toEqual(b);
    }
    for (const object of broken) expect(precompiled.validateSchema(String(object.apiVersion), String(object.kind), object)!.length).toBeGreaterThan(0);
  }, 120_000);
});
