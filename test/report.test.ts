import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import type { LintReport, Result } from '../src/core/types.js';
import { formatters, isFormatName, type FormatContext } from '../src/report/index.js';
import { escapeData, escapeProperty } from '../src/report/github.js';

const BOOT = 'fixtures/invalid/boot.yaml';
const WEIRD = 'fixtures/invalid/we,ird:100%.yaml';
const CLEAN = 'fixtures/valid/clean.yaml';
const VM = { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', namespace: 'default', name: 'vm1' };

function result(partial: Partial<Result> & Pick<Result, 'ruleId' | 'severity' | 'message' | 'line' | 'column'>): Result {
  return { document: 0, object: VM, path: '', endLine: partial.line, endColumn: partial.column + 1, ...partial };
}

/** Results deliberately out of order; files out of order too. */
const report: LintReport = {
  files: [
    {
      file: WEIRD,
      documents: 1,
      skipped: [],
      results: [
        result({
          ruleId: 'label-hygiene',
          severity: 'info',
          message: 'Line one\r\nline two: 100% <b>"ünïcødé" 仮想マシン</b> & \u0007bell',
          document: 0,
          object: { kind: 'VirtualMachine', name: 'vm-ü' },
          path: 'metadata.annotations["kubevirt.io/x,y:z"]',
          line: 4,
          column: 5,
          endColumn: 31,
        }),
      ],
    },
    {
      file: BOOT,
      documents: 3,
      skipped: [],
      results: [
        result({
          ruleId: 'run-strategy',
          severity: 'warning',
          message: 'spec.running is deprecated; use spec.runStrategy',
          path: 'spec.running',
          line: 30,
          column: 3,
          endColumn: 10,
          edits: [
            { line: 30, column: 3, endLine: 30, endColumn: 10, text: 'runStrategy' },
            { line: 30, column: 12, endLine: 30, endColumn: 16, text: 'Always' },
          ],
        }),
        result({
          ruleId: 'boot-order',
          severity: 'error',
          message: 'Boot order 1 is already used by disk "rootdisk"',
          path: 'spec.template.spec.domain.devices.disks[1].bootOrder',
          line: 12,
          column: 23,
          endColumn: 24,
        }),
        result({
          ruleId: 'schema',
          severity: 'error',
          message: 'Unknown field "cpus"',
          document: 2,
          object: { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance' },
          path: 'spec.domain.cpus',
          line: 48,
          column: 7,
          endLine: 48,
          endColumn: 11,
        }),
      ],
    },
    { file: CLEAN, documents: 2, skipped: [], results: [] },
  ],
  summary: { files: 3, documents: 6, errors: 2, warnings: 1, infos: 1 },
};

const ctx: FormatContext = {
  rules: [
    { id: 'boot-order', description: 'Boot orders must be unique', url: 'https://github.com/virtops/virtops/blob/main/rules/boot-order.md', defaultSeverity: 'error' },
    { id: 'run-strategy', description: 'Prefer runStrategy over running', url: 'https://github.com/virtops/virtops/blob/main/rules/run-strategy.md', defaultSeverity: 'warning' },
    { id: 'label-hygiene', description: 'Labels and annotations', url: 'https://github.com/virtops/virtops/blob/main/rules/label-hygiene.md', defaultSeverity: 'warning' },
    { id: 'unused-rule', description: 'Never reported here', url: 'https://github.com/virtops/virtops/blob/main/rules/unused-rule.md', defaultSeverity: 'error' },
  ],
  color: false,
  cwd: '/repo',
  toolVersion: '0.1.0',
};

const clean: LintReport = {
  files: [{ file: CLEAN, documents: 2, skipped: [], results: [] }],
  summary: { files: 1, documents: 2, errors: 0, warnings: 0, infos: 0 },
};

describe('formatters registry', () => {
  it('has every format, and nothing else is a format name', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });

  it('does not modify the report', () => {
    const before = structuredClone(report);
    for (const format of Object.values(formatters)) format(report, ctx);
    expect(report).toEqual(before);
  });
});

describe('stylish', () => {
  const out = formatters.stylish(report, ctx);
  const lines = out.split('\n');

  it('prints one header per file with findings, then aligned file:line:column lines sorted by position', () => {
    expect(out).toBe(
      [
        BOOT,
        `  ${BOOT}:12:23  error    Boot order 1 is already used by disk "rootdisk"   boot-order`,
        `  ${BOOT}:30:3   warning  spec.running is deprecated; use spec.runStrategy  run-strategy`,
        `  ${BOOT}:48:7   error    Unknown field "cpus"                              schema`,
        '',
        WEIRD,
        `  ${WEIRD}:4:5  info  Line one line two: 100% <b>"ünïcødé" 仮想マシン</b> & \\u0007bell  label-hygiene`,
        '',
        '✖ 4 problems (2 errors, 1 warning, 1 info)',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain(CLEAN);
  });

  it('starts every result line with something an editor can open as file:line:column', () => {
    const results = lines.filter((line) => line.startsWith('  '));
    expect(results).toHaveLength(4);
    for (const line of results) expect(line.trim()).toMatch(/^\S+:\d+:\d+ {2}/);
  });

  it('uses ANSI colour only when asked, without changing the text', () => {
    expect(out).not.toContain('\u001b');
    const coloured = formatters.stylish(report, { ...ctx, color: true });
    expect(coloured).toContain('\u001b[31merror');
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(out);
  });

  it('summarises without info when there is none, and says so when clean', () => {
    const noInfo: LintReport = { ...report, files: report.files.filter((file) => file.file !== WEIRD) };
    expect(formatters.stylish(noInfo, ctx).trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (2 errors, 1 warning)');
    expect(formatters.stylish(clean, ctx)).toBe('✔ no problems\n');
  });
});

describe('json', () => {
  it('has exactly the documented shape', () => {
    expect(JSON.parse(formatters.json(report, ctx))).toStrictEqual({
      version: 1,
      files: [
        {
          file: BOOT,
          findings: [
            {
              ruleId: 'boot-order',
              severity: 'error',
              message: 'Boot order 1 is already used by disk "rootdisk"',
              document: 0,
              object: VM,
              path: 'spec.template.spec.domain.devices.disks[1].bootOrder',
              line: 12,
              column: 23,
              endLine: 12,
              endColumn: 24,
            },
            {
              ruleId: 'run-strategy',
              severity: 'warning',
              message: 'spec.running is deprecated; use spec.runStrategy',
              document: 0,
              object: VM,
              path: 'spec.running',
              line: 30,
              column: 3,
              endLine: 30,
              endColumn: 10,
            },
            {
              ruleId: 'schema',
              severity: 'error',
              message: 'Unknown field "cpus"',
              document: 2,
              object: { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance' },
              path: 'spec.domain.cpus',
              line: 48,
              column: 7,
              endLine: 48,
              endColumn: 11,
            },
          ],
        },
        {
          file: WEIRD,
          findings: [
            {
              ruleId: 'label-hygiene',
              severity: 'info',
              message: 'Line one\r\nline two: 100% <b>"ünïcødé" 仮想マシン</b> & \u0007bell',
              document: 0,
              object: { kind: 'VirtualMachine', name: 'vm-ü' },
              path: 'metadata.annotations["kubevirt.io/x,y:z"]',
              line: 4,
              column: 5,
              endLine: 4,
              endColumn: 31,
            },
          ],
        },
      ],
      summary: { files: 3, documents: 6, errors: 2, warnings: 1 },
    });
  });

  it('keeps the documented key order and omits absent object keys rather than writing null', () => {
    const parsed = JSON.parse(formatters.json(report, ctx)) as { files: { findings: Record<string, unknown>[] }[] };
    const finding = parsed.files[0]!.findings[2]!;
    expect(Object.keys(parsed)).toEqual(['version', 'files', 'summary']);
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'document', 'object', 'path', 'line', 'column', 'endLine', 'endColumn']);
    expect(Object.keys(finding.object as object)).toEqual(['apiVersion', 'kind']);
    expect(formatters.json(report, ctx)).not.toContain('null');
  });

  it('writes an empty files list for a clean run', () => {
    expect(JSON.parse(formatters.json(clean, ctx))).toStrictEqual({ version: 1, files: [], summary: { files: 1, documents: 2, errors: 0, warnings: 0 } });
  });
});

describe('sarif', () => {
  /**
   * The official SARIF 2.1.0 schema (2.1.0-rtm.5, as shipped by @microsoft/jest-sarif) is written in JSON Schema
   * draft-04. Ajv 8 speaks draft-07; for this schema the two differ only in the root `id` keyword
   * (now `$id`) and in boolean exclusiveMinimum/exclusiveMaximum, which the schema does not use (checked below).
   */
  function sarifValidator() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/);
    const { id, $schema, ...schema } = JSON.parse(text) as Record<string, unknown>;
    expect($schema).toBe('http://json-schema.org/draft-04/schema#');
    // unicodeRegExp: false because the schema's own `language` pattern has a stray ']' that only non-unicode RegExps accept.
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, unicodeRegExp: false });
    ajv.addFormat('uri', (value: string) => URL.canParse(value));
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/') && !/[\s<>"{}|\\^`]/.test(value));
    ajv.addFormat('date-time', (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(value) && !Number.isNaN(Date.parse(value)));
    return ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id), ...schema });
  }
  const validate = sarifValidator();

  type SarifLog = {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri?: string; defaultConfiguration: { level: string } }[] } };
      originalUriBaseIds: Record<string, { uri: string }>;
      results: {
        ruleId: string;
        ruleIndex: number;
        level: string;
        message: { text: string };
        locations: {
          physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
          logicalLocations?: { name: string; fullyQualifiedName: string; kind: string }[];
        }[];
        partialFingerprints: Record<string, string>;
        properties: { path: string };
      }[];
    }[];
  };
  const log = JSON.parse(formatters.sarif(report, ctx)) as SarifLog;
  const run = log.runs[0]!;

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate(JSON.parse(formatters.sarif(clean, ctx)))).toBe(true);
  });

  it('gives a result with edits its fix: replacements in its file, and no other result a fix', () => {
    const withFix = run.results.filter((r) => 'fixes' in r);
    expect(withFix.map((r) => r.ruleId)).toEqual(['run-strategy']);
    expect((withFix[0] as unknown as { fixes: unknown }).fixes).toEqual([
      {
        description: { text: 'Apply the fix of virtops lint --fix' },
        artifactChanges: [
          {
            artifactLocation: withFix[0]!.locations[0]!.physicalLocation.artifactLocation,
            replacements: [
              { deletedRegion: { startLine: 30, startColumn: 3, endLine: 30, endColumn: 10 }, insertedContent: { text: 'runStrategy' } },
              { deletedRegion: { startLine: 30, startColumn: 12, endLine: 30, endColumn: 16 }, insertedContent: { text: 'Always' } },
            ],
          },
        ],
      },
    ]);
  });

  it('the validator does reject an invalid log', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    const badRegion = structuredClone(log);
    badRegion.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    expect(validate(badRegion)).toBe(false);
  });

  it('describes the tool and every rule, with indexes that match', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'virtops', version: '0.1.0', informationUri: 'https://github.com/virtops/virtops' });
    expect(driver.rules.map((rule) => rule.id)).toEqual(['boot-order', 'run-strategy', 'label-hygiene', 'unused-rule', 'schema']);
    expect(driver.rules[1]).toEqual({
      id: 'run-strategy',
      shortDescription: { text: 'Prefer runStrategy over running' },
      helpUri: 'https://github.com/virtops/virtops/blob/main/rules/run-strategy.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules[4]).toEqual({ id: 'schema', shortDescription: { text: 'schema' } });
    for (const r of run.results) expect(driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('maps each result to level, message, a relative URI, a real region, a logical location and its path', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///repo/' });
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([
      ['boot-order', 'error'],
      ['run-strategy', 'warning'],
      ['schema', 'error'],
      ['label-hygiene', 'note'],
    ]);
    const [boot, , schema, info] = run.results;
    expect(boot!.message.text).toBe('Boot order 1 is already used by disk "rootdisk"');
    expect(boot!.locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: { uri: 'fixtures/invalid/boot.yaml', uriBaseId: '%SRCROOT%' },
        region: { startLine: 12, startColumn: 23, endLine: 12, endColumn: 24 },
      },
      logicalLocations: [{ name: 'vm1', fullyQualifiedName: 'VirtualMachine/default/vm1', kind: 'resource' }],
    });
    expect(boot!.properties.path).toBe('spec.template.spec.domain.devices.disks[1].bootOrder');
    expect(schema!.locations[0]!.logicalLocations).toEqual([{ name: 'VirtualMachineInstance', fullyQualifiedName: 'VirtualMachineInstance', kind: 'resource' }]);
    expect(info!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('fixtures/invalid/we%2Cird%3A100%25.yaml');
    expect(info!.message.text).toBe(report.files[0]!.results[0]!.message);
    expect(info!.properties.path).toBe('metadata.annotations["kubevirt.io/x,y:z"]');
  });

  it('uses forward slashes relative to cwd, and an absolute file URI outside it', () => {
    const paths: LintReport = {
      files: [
        { ...report.files[1]!, file: '/repo/sub dir/a.yaml' },
        { ...report.files[1]!, file: '../elsewhere/b.yaml' },
      ],
      summary: report.summary,
    };
    const out = JSON.parse(formatters.sarif(paths, ctx)) as SarifLog;
    expect(validate(out)).toBe(true);
    const uris = new Set(out.runs[0]!.results.map((r) => JSON.stringify(r.locations[0]!.physicalLocation.artifactLocation)));
    expect([...uris].map((uri) => JSON.parse(uri) as unknown)).toEqual([{ uri: 'file:///elsewhere/b.yaml' }, { uri: 'sub%20dir/a.yaml', uriBaseId: '%SRCROOT%' }]);
  });

  it('fingerprints results without their line, so moving a block keeps them', () => {
    const moved = structuredClone(report);
    for (const file of moved.files) for (const r of file.results) Object.assign(r, { line: r.line + 40, endLine: r.endLine + 40 });
    const fingerprints = (l: SarifLog) => l.runs[0]!.results.map((r) => r.partialFingerprints);
    const original = fingerprints(log);
    expect(fingerprints(JSON.parse(formatters.sarif(moved, ctx)) as SarifLog)).toEqual(original);
    expect(new Set(original.map((f) => f['virtops/v1'])).size).toBe(original.length);

    const renamed = structuredClone(report);
    renamed.files[1]!.results[1]!.object = { ...VM, name: 'vm2' };
    expect(fingerprints(JSON.parse(formatters.sarif(renamed, ctx)) as SarifLog)[0]).not.toEqual(original[0]);
  });

  it('numbers results that would otherwise share a fingerprint', () => {
    const twice: LintReport = {
      files: [{ ...report.files[1]!, results: [report.files[1]!.results[1]!, { ...report.files[1]!.results[1]!, line: 90, endLine: 90 }] }],
      summary: report.summary,
    };
    const prints = (JSON.parse(formatters.sarif(twice, ctx)) as SarifLog).runs[0]!.results.map((r) => r.partialFingerprints['virtops/v1']!);
    expect(prints[0]!.replace(/:1$/, ':2')).toBe(prints[1]);
  });
});

describe('github', () => {
  const out = formatters.github(report, ctx);

  it('prints one workflow command per result, sorted, with severity mapped to error/warning/notice', () => {
    expect(out.split('\n')).toEqual([
      `::error file=${BOOT},line=12,col=23,endLine=12,endColumn=24,title=boot-order::Boot order 1 is already used by disk "rootdisk"`,
      `::warning file=${BOOT},line=30,col=3,endLine=30,endColumn=10,title=run-strategy::spec.running is deprecated; use spec.runStrategy`,
      `::error file=${BOOT},line=48,col=7,endLine=48,endColumn=11,title=schema::Unknown field "cpus"`,
      '::notice file=fixtures/invalid/we%2Cird%3A100%25.yaml,line=4,col=5,endLine=4,endColumn=31,title=label-hygiene::' +
        'Line one%0D%0Aline two: 100% <b>"ünïcødé" 仮想マシン</b> & \u0007bell'.replace('100%', '100%25'),
      '',
    ]);
  });

  it('escapes data and properties as the Actions runner requires', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('makes absolute paths relative to cwd and prints nothing when clean', () => {
    const absolute: LintReport = { files: [{ ...report.files[1]!, file: '/repo/vms/a.yaml' }], summary: report.summary };
    expect(formatters.github(absolute, ctx)).toMatch(/^::error file=vms\/a\.yaml,/);
    expect(formatters.github(clean, ctx)).toBe('');
  });
});

describe('junit', () => {
  const out = formatters.junit(report, ctx);

  /** A tiny well-formedness check: legal characters, known entities, attributes quoted, tags balanced. */
  function assertWellFormed(xml: string): { name: string; attributes: Record<string, string> }[] {
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const body = xml.slice(xml.indexOf('?>') + 2);
    const stack: string[] = [];
    const elements: { name: string; attributes: Record<string, string> }[] = [];
    const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
    for (const match of body.matchAll(token)) {
      const [, closing, name, attrs, selfClosing, text, stray] = match;
      expect(stray, `stray < at ${match.index}`).toBeUndefined();
      const checkEntities = (s: string) => expect(s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '')).not.toMatch(/[&<]/);
      if (text !== undefined) {
        checkEntities(text);
        if (stack.length === 0) expect(text.trim()).toBe('');
        continue;
      }
      if (closing) {
        expect(stack.pop()).toBe(name);
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const [, key, value] of (attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)) {
        expect(attributes, `duplicate attribute ${key}`).not.toHaveProperty(key!);
        checkEntities(value!);
        expect(value).not.toMatch(/[\n\r\t>]/);
        attributes[key!] = value!;
      }
      elements.push({ name: name!, attributes });
      if (!selfClosing) stack.push(name!);
    }
    expect(stack).toEqual([]);
    expect(elements[0]?.name).toBe('testsuites');
    return elements;
  }

  it('is well-formed XML', () => {
    assertWellFormed(out);
    assertWellFormed(formatters.junit(clean, ctx));
    assertWellFormed(formatters.junit({ files: [], summary: { ...clean.summary, files: 0 } }, ctx));
  });

  it('has one suite per file, a failing testcase per error or warning, and a passing one for a clean file', () => {
    const elements = assertWellFormed(out);
    const suites = elements.filter((e) => e.name === 'testsuite');
    expect(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      [BOOT, '3', '3'],
      [WEIRD, '1', '0'],
      [CLEAN, '1', '0'],
    ]);
    expect(elements[0]!.attributes).toMatchObject({ tests: '5', failures: '3' });
    const failures = elements.filter((e) => e.name === 'failure');
    expect(failures.map((f) => f.attributes.type)).toEqual(['boot-order', 'run-strategy', 'schema']);
    expect(failures[0]!.attributes.message).toBe('Boot order 1 is already used by disk &quot;rootdisk&quot;');
    expect(out).toContain(`${BOOT}:12:23: error: Boot order 1 is already used by disk "rootdisk" (boot-order)`);
    expect(out).toContain(`<testcase classname="${CLEAN}" name="${CLEAN}" file="${CLEAN}"/>`);
  });

  it('escapes markup, quotes, line breaks and characters XML cannot carry', () => {
    expect(out).toContain('Line one&#13;\nline two: 100% &lt;b&gt;"ünïcødé" 仮想マシン&lt;/b&gt; &amp; \\u0007bell');
    expect(out).toContain('name="label-hygiene metadata.annotations[&quot;kubevirt.io/x,y:z&quot;]"');
    const lone: LintReport = { files: [{ ...report.files[1]!, results: [{ ...report.files[1]!.results[0]!, message: 'a\ud800b\tc\n]]>' }] }], summary: report.summary };
    const xml = formatters.junit(lone, ctx);
    assertWellFormed(xml);
    expect(xml).toContain('message="a\\ud800b&#9;c&#10;]]&gt;"');
  });
});
