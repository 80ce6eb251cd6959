import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import yml from 'eslint-plugin-yml';
import { describe, expect, it, vi } from 'vitest';
import { lintSource } from '../../src/engine/lint-source.js';
import { activeRules, allRules } from '../../src/engine/registry.js';
import { fixSource } from '../../src/fix/fix-source.js';
import plugin from '../../src/eslint-plugin/index.js';
import { fileRules } from '../../src/eslint-plugin/rules.js';
import { recommendedConfig } from '../helpers/config.js';
import { tempTree } from '../helpers/tmp.js';
import { vm, yaml } from '../rules/_manifests.js';

/** The plugin under real ESLint with eslint-plugin-yml's YAML language, on the repo's fixtures and temp trees. */

// Counts engine runs (the real engine runs): N virtops ESLint rules must share one run per file.
const engine = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../src/engine/lint-source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/engine/lint-source.js')>();
  return {
    ...original,
    lintSource: (...args: Parameters<typeof original.lintSource>) => {
      engine.runs++;
      return original.lintSource(...args);
    },
  };
});

const recommended = plugin.configs['recommended']!;

async function lint(cwd: string, files: string[], extra: Linter.Config[] = []): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...recommended, ...extra] });
  return eslint.lintFiles(files);
}

/** Only the given virtops rules, at ESLint's levels. */
function only(rules: Linter.RulesRecord): Linter.Config[] {
  return [...yml.configs.base, { files: ['**/*.yaml'], plugins: { virtops: plugin }, rules }];
}

async function lintWith(cwd: string, files: string[], config: Linter.Config[]): Promise<ESLint.LintResult[]> {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config }).lintFiles(files);
}

const where = (m: Linter.LintMessage) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;

function fixtureTree(kind: 'valid' | 'invalid'): { dir: string; files: string[] } {
  const files = readdirSync(`fixtures/${kind}`).filter((f) => f.endsWith('.yaml'));
  return { dir: tempTree(Object.fromEntries(files.map((f) => [f, readFileSync(`fixtures/${kind}/${f}`)]))), files };
}

describe('ESLint plugin', () => {
  it('exports every virtops rule that works on one file as virtops/<id>, with its type and docs page', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual(allRules.filter((r) => r.meta.scope !== 'set').map((r) => r.meta.id).sort());
    expect(fileRules.length).toBeGreaterThan(allRules.length / 2);
    for (const rule of fileRules) {
      const meta = plugin.rules[rule.meta.id]!.meta!;
      expect(meta.type).toBe(rule.meta.type);
      expect(meta.docs?.url).toBe(rule.meta.url);
      expect(meta.docs?.description).toBe(rule.meta.description);
    }
    expect(plugin.meta.name).toBe('virtops');
  });

  it('configs.recommended enables the rules at the levels of policies/recommended.yaml', () => {
    const preset = recommendedConfig();
    const virtops = recommended.find((c) => c.plugins?.['virtops']);
    expect(virtops?.language ?? recommended.find((c) => c.language)?.language).toBe('yml/yaml');
    expect(Object.keys(virtops?.rules ?? {})).toHaveLength(fileRules.length);
    for (const { meta } of fileRules) {
      expect(virtops?.rules?.[`virtops/${meta.id}`], meta.id).toBe(preset.rules[meta.id]?.level ?? meta.level);
    }
  });

  it('reports on fixtures/invalid what `virtops lint` reports, at the same lines and columns', async () => {
    const { dir, files } = fixtureTree('invalid');
    const results = await lint(dir, files);
    const config = recommendedConfig(dir);
    let compared = 0;
    for (const result of results) {
      const file = result.filePath.slice(dir.length + 1);
      const expected = lintSource({ file, absolute: result.filePath, bytes: readFileSync(result.filePath), discovered: true }, config).results;
      if (expected.some((r) => r.ruleId === 'yaml-syntax')) {
        // ESLint's YAML parser reports the syntax error itself (a fatal parsing error) and runs no rules.
        expect(result.messages, file).toEqual([expect.objectContaining({ fatal: true, ruleId: null, line: expected[0]!.line })]);
        continue;
      }
      expect(expected.length, file).toBeGreaterThan(0);
      expect(result.messages.map(where), file).toEqual(expected.map((r) => `virtops/${r.ruleId} ${r.line}:${r.column}-${r.endLine}:${r.endColumn}`));
      expect(result.messages.map((m) => m.message)).toEqual(expected.map((r) => r.message));
      expect(result.messages.map((m) => m.messageId)).toEqual(expected.map((r) => r.messageId ?? 'problem'));
      compared++;
    }
    expect(compared).toBe(files.length - 1);
  });

  it('runs the virtops engine once per file, however many virtops rules ESLint enables', async () => {
    const { dir, files } = fixtureTree('valid');
    const enabled = Object.values(recommended.find((c) => c.plugins?.['virtops'])?.rules ?? {}).filter((level) => level !== 'off');
    expect(enabled.length).toBeGreaterThan(10);
    const before = engine.runs;
    await lint(dir, files);
    expect(engine.runs - before).toBe(files.length);
  });

  it('applies virtops fixes under eslint --fix, with the text `virtops lint --fix` writes', async () => {
    const source = readFileSync('fixtures/invalid/secure-boot-without-smm.yaml');
    const dir = tempTree({ 'vm.yaml': source });
    const config = recommendedConfig(dir);
    const input = { file: 'vm.yaml', absolute: join(dir, 'vm.yaml'), bytes: source, discovered: true };
    const expected = fixSource(input, config, activeRules(config));
    expect(expected?.fixed).toBeGreaterThan(0);
    expect(plugin.rules['secure-boot-requires-smm']!.meta!.fixable).toBe('code');
    const [result] = await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: recommended, fix: true }).lintFiles(['vm.yaml']);
    expect(result!.output).toBe(expected!.after);
    expect(result!.messages).toEqual([]);
  });

  it('finds nothing in fixtures/valid', async () => {
    const { dir, files } = fixtureTree('valid');
    const results = await lint(dir, files);
    expect(results).toHaveLength(files.length);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('honours # eslint-disable-next-line for one virtops rule only', async () => {
    const source = readFileSync('fixtures/invalid/boot-order-duplicate.yaml', 'utf8').split('\n');
    // The second `bootOrder: 1` (the interface's) is the one reported.
    const line = source.findLastIndex((l) => l.includes('bootOrder: 1'));
    expect(source.slice(0, line).some((l) => l.includes('bootOrder: 1'))).toBe(true);
    const disabled = [...source.slice(0, line), '              # eslint-disable-next-line virtops/boot-order', ...source.slice(line)].join('\n');
    const other = [...source.slice(0, line), '              # eslint-disable-next-line virtops/device-names', ...source.slice(line)].join('\n');
    const dir = tempTree({ 'disabled.yaml': disabled, 'other.yaml': other });
    const [disabledResult, otherResult] = await lint(dir, ['disabled.yaml', 'other.yaml']);
    expect(disabledResult!.messages).toEqual([]);
    expect(otherResult!.messages.filter((m) => m.ruleId !== null).map(where)).toEqual([`virtops/boot-order ${line + 2}:26-${line + 2}:27`]);
    // ESLint read the directive for the other rule, and says it suppressed nothing.
    expect(otherResult!.messages.filter((m) => m.ruleId === null).map((m) => m.message)).toEqual([expect.stringContaining("Unused eslint-disable directive (no problems were reported from 'virtops/device-names')")]);
  });

  it('lints every document of a multi-document file at its own lines', async () => {
    const bad = vm(yaml`
      domain:
        devices:
          disks:
            - name: root
              bootOrder: 1
              disk: {}
            - name: data
              bootOrder: 1
              disk: {}
      volumes:
        - name: root
          containerDisk:
            image: quay.io/containerdisks/fedora:41
        - name: data
          emptyDisk:
            capacity: 1Gi
    `, 'second');
    const good = readFileSync('fixtures/valid/vm-fedora-datavolume.yaml', 'utf8');
    const text = `${good.trimEnd()}\n---\n${bad}`;
    const dir = tempTree({ 'multi.yaml': text });
    const [result] = await lint(dir, ['multi.yaml']);
    const expected = lintSource({ file: 'multi.yaml', absolute: join(dir, 'multi.yaml'), bytes: Buffer.from(text), discovered: true }, recommendedConfig(dir)).results;
    expect(expected.map((r) => r.document)).toContain(1);
    expect(result!.messages.map(where)).toEqual(expected.map((r) => `virtops/${r.ruleId} ${r.line}:${r.column}-${r.endLine}:${r.endColumn}`));
    const goodLines = good.trimEnd().split('\n').length;
    expect(result!.messages.every((m) => m.line > goodLines + 1)).toBe(true);
  });

  it('gives nothing for YAML that is not Kubernetes (a GitHub workflow, pre-commit hooks)', async () => {
    const dir = tempTree({
      '.github/workflows/ci.yaml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
      '.pre-commit-hooks.yaml': '- id: virtops-lint\n  name: virtops\n  entry: virtops lint\n  language: node\n',
    });
    const results = await lint(dir, ['.github/workflows/ci.yaml', '.pre-commit-hooks.yaml']);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it("uses ESLint's levels: a rule off in virtops.config.yaml but on in ESLint runs, and the reverse stays quiet", async () => {
    const dir = tempTree({
      'virtops.config.yaml': 'rules:\n  boot-order: off\n  hugepages-memory: error\n',
      'boot.yaml': readFileSync('fixtures/invalid/boot-order-duplicate.yaml'),
      'huge.yaml': readFileSync('fixtures/invalid/hugepages-not-multiple.yaml'),
    });
    const [boot, huge] = await lintWith(dir, ['boot.yaml', 'huge.yaml'], only({ 'virtops/boot-order': 'warn', 'virtops/hugepages-memory': 'off' }));
    expect(boot!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['virtops/boot-order', 1]]);
    expect(huge!.messages).toEqual([]);
  });

  it('keeps virtops suppressions and config ignores', async () => {
    const source = readFileSync('fixtures/invalid/boot-order-duplicate.yaml', 'utf8');
    const dir = tempTree({
      'virtops.config.yaml': 'ignores:\n  - files: [ignored.yaml]\n    rules: [boot-order]\n',
      'ignored.yaml': source,
      'commented.yaml': `# virtops-disable boot-order -- testing\n${source}`,
    });
    const results = await lint(dir, ['ignored.yaml', 'commented.yaml']);
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });

  it('passes ESLint rule options to the virtops rule', async () => {
    const dir = tempTree({ 'vm.yaml': vm(yaml`
      domain:
        machine:
          type: custom-machine
        devices: {}
    `) });
    const [plain] = await lintWith(dir, ['vm.yaml'], only({ 'virtops/machine-type': 'error' }));
    expect(plain!.messages.map((m) => m.ruleId)).toEqual(['virtops/machine-type']);
    const [allowed] = await lintWith(dir, ['vm.yaml'], only({ 'virtops/machine-type': ['error', { emulatedMachines: ['custom-*'] }] }));
    expect(allowed!.messages).toEqual([]);
  });

  it('reports a broken virtops.config.yaml once per file, naming it, instead of crashing ESLint', async () => {
    const dir = tempTree({ 'virtops.config.yaml': 'rules:\n  no-such-rule: error\n', 'vm.yaml': readFileSync('fixtures/valid/vmi-hugepages.yaml') });
    const [result] = await lint(dir, ['vm.yaml']);
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]!.message).toContain(join(dir, 'virtops.config.yaml'));
    expect(result!.messages[0]!.message).toContain('no-such-rule');
    expect(result!.messages[0]!.line).toBe(1);
  });

  it('loads as `virtops/eslint-plugin` from an installed package in a user eslint.config.js', async () => {
    const built = join(process.cwd(), 'build/src/eslint-plugin/index.js');
    expect(existsSync(built), 'run `npm run build` first (npm test does)').toBe(true);
    const dir = tempTree({
      'eslint.config.js': "import virtops from 'virtops/eslint-plugin';\nexport default [...virtops.configs.recommended];\n",
      'package.json': '{"type": "module"}',
      'manifests/vm.yaml': readFileSync('fixtures/invalid/boot-order-duplicate.yaml'),
    });
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(process.cwd(), join(dir, 'node_modules', 'virtops'), 'dir');
    writeFileSync(join(dir, 'manifests', 'ok.yml'), readFileSync('fixtures/valid/vmi-hugepages.yaml'));
    const results = await new ESLint({ cwd: dir }).lintFiles(['.']);
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]));
    expect(byFile).toEqual({ 'eslint.config.js': [], 'manifests/ok.yml': [], 'manifests/vm.yaml': ['virtops/boot-order'] });
  });
});
