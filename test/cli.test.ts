import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { smallVmYaml } from './helpers/manifests.js';
import { tempTree } from './helpers/tmp.js';

const run = (args: string[], cwd: string, stdin = '') => runCli(args, { cwd, stdin });

const GOOD_VM = smallVmYaml({ name: 'good' });

const json = (out: string) => JSON.parse(out) as { files: { file: string; findings: { ruleId: string; message: string; line: number; column: number; severity: string }[] }[]; summary: { files: number; documents: number; errors: number; warnings: number } };

describe('virtops lint: exit codes and formats', () => {
  it('exits 0 on a clean tree and 1 on errors', async () => {
    // Another name: the same VM in two files would be a duplicate-object error too.
    const root = tempTree({ 'vm.yaml': GOOD_VM, 'bad/vm.yaml': GOOD_VM.replace('name: good', 'name: bad').replace('bus: virtio', 'bus: virtio\n              bootorder: 1') });
    expect((await run(['lint', 'vm.yaml'], root)).code).toBe(0);
    const bad = await run(['lint', '-f', 'json', '.'], root);
    expect(bad.code).toBe(1);
    const report = json(bad.out);
    expect(report.summary).toMatchObject({ files: 2, documents: 2, errors: 1 });
    expect(report.files).toEqual([{ file: join('bad', 'vm.yaml'), findings: [expect.objectContaining({ ruleId: 'schema', line: 17, column: 15 })] }]);
  });

  it('--max-warnings turns warnings into a failure', async () => {
    const root = tempTree({ 'vm.yaml': GOOD_VM.replace('apiVersion: kubevirt.io/v1', 'apiVersion: kubevirt.io/v1alpha3') });
    expect((await run(['lint', 'vm.yaml'], root)).code).toBe(0);
    expect((await run(['lint', '--max-warnings', '0', 'vm.yaml'], root)).code).toBe(1);
  });

  it('writes several formats in one run', async () => {
    const root = tempTree({ 'vm.yaml': GOOD_VM.replace('guest: 1Gi', 'guest: 1Gi\n          bogus: 1') });
    const result = await run(['lint', '-f', 'stylish', '-f', 'sarif=out/report.sarif', 'vm.yaml'], root);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/vm\.yaml:12:11 +error +.*bogus.* +schema/);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(root, 'out/report.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
  });

  it('lints standard input under the given name', async () => {
    const result = await run(['lint', '-f', 'json', '--stdin-filename', 'piped.yaml', '-'], process.cwd(), GOOD_VM.replace('runStrategy: Always', 'runStrategy: Always\n  runstrategy: Always'));
    expect(result.code).toBe(1);
    expect(json(result.out).files[0]?.file).toBe('piped.yaml');
  });

  it('skips unknown kinds, and says so with --verbose', async () => {
    const root = tempTree({ 'mixed.yaml': `${GOOD_VM}---\napiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  anything: goes\n` });
    const quiet = await run(['lint', 'mixed.yaml'], root);
    expect(quiet.code).toBe(0);
    expect(quiet.err).toBe('');
    const verbose = await run(['lint', '--verbose', 'mixed.yaml'], root);
    expect(verbose.code).toBe(0);
    expect(verbose.err).toMatch(/skipped mixed\.yaml example\.com\/v1\/Widget w: virtops has no schema or rules for this kind/);
  });

  it('usage errors exit 2 with a hint, without a stack trace', async () => {
    for (const args of [['lint', '--format', 'xml', '.'], ['lint', '--bogus'], ['frobnicate'], ['lint', '--rule', 'nope=error', '.'], ['lint', '--arch', 'ppc64le', '.']]) {
      const result = await run(args, process.cwd());
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toMatch(/^virtops: /);
      expect(result.err).not.toMatch(/\n\s+at /);
    }
  });
});

describe('virtops lint: bad input never crashes, names the file and says what is wrong', () => {
  const cases: [string, string | Uint8Array, RegExp, number?][] = [
    ['invalid YAML', 'a: [1, 2\nb: 3\n', /invalid YAML/, 2],
    ['duplicate keys', 'metadata:\n  name: a\n  name: b\n', /duplicate key "name"/, 3],
    ['tabs', 'spec:\n\trunStrategy: Always\n', /tab character/, 2],
    ['non-UTF-8 bytes', Uint8Array.from([...new TextEncoder().encode('kind: x\nname: '), 0xe9, 0x0a]), /invalid UTF-8 byte 0xe9 at line 2/, 2],
    ['a binary file', Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /binary file/, 1],
    ['a document that is not an object', '- just\n- a list\n', /a list, not a Kubernetes object/, 1],
    ['a missing kind', 'apiVersion: kubevirt.io/v1\nmetadata:\n  name: x\n', /missing kind/, 1],
    ['an alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\nj: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]\nk: &k [*j,*j,*j,*j,*j,*j,*j,*j,*j]\nl: &l [*k,*k,*k,*k,*k,*k,*k,*k,*k]\n', /alias/],
    ['very deep nesting', `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`, /nesting is deeper than 100 levels/],
  ];
  it.each(cases)('%s', async (_name, content, message, line) => {
    const root = tempTree({ 'input.yaml': content });
    const result = await run(['lint', '-f', 'json', 'input.yaml'], root);
    expect(result.code).toBe(1);
    const finding = json(result.out).files[0]?.findings[0];
    expect(json(result.out).files[0]?.file).toBe('input.yaml');
    expect(finding?.message).toMatch(message);
    if (line !== undefined) expect(finding?.line).toBe(line);
    expect(result.err).toBe('');
  });

  it('an empty file gets a warning naming it', async () => {
    const root = tempTree({ 'empty.yaml': '\n# nothing here\n' });
    const result = await run(['lint', 'empty.yaml'], root);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/empty\.yaml:1:1 +warning +the file is empty/);
  });

  it('refuses a file over the size limit without reading it into memory', async () => {
    const root = tempTree({});
    const big = join(root, 'huge.yaml');
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const before = process.memoryUsage().rss;
    const result = await run(['lint', '-f', 'json', 'huge.yaml'], root);
    expect(process.memoryUsage().rss - before).toBeLessThan(50 * 1024 * 1024);
    expect(result.code).toBe(1);
    expect(json(result.out).files[0]?.findings[0]?.message).toMatch(/100\.0 MiB, over the 10\.0 MiB limit/);
  });

  it('missing and unreadable paths exit 2 and are named', async () => {
    const root = tempTree({ 'vm.yaml': GOOD_VM, 'locked.yaml': GOOD_VM });
    chmodSync(join(root, 'locked.yaml'), 0o000);
    const missing = await run(['lint', 'vm.yaml', 'nope/'], root);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\/: no such file or directory/);
    const unreadable = await run(['lint', '-f', 'json', 'locked.yaml'], root);
    if (process.getuid?.() !== 0) {
      expect(unreadable.code).toBe(1);
      expect(json(unreadable.out).files[0]?.findings[0]?.message).toMatch(/cannot read the file: EACCES/);
    }
  });

  it('a broken config file exits 2 naming the file, line and bad key', async () => {
    const root = tempTree({ 'vm.yaml': GOOD_VM, 'virtops.config.yaml': 'rules:\n  boot-order: maybe\n' });
    const result = await run(['lint', 'vm.yaml'], root);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/virtops\.config\.yaml:2: rules\.boot-order: level must be off, warn or error/);
  });

  it('skips non-Kubernetes YAML found in directories, but not files named explicitly', async () => {
    const root = tempTree({ '.github/workflows/ci.yml': 'name: CI\non: [push]\n', 'vm.yaml': GOOD_VM });
    writeFileSync(join(root, 'values.yaml'), 'replicas: 3\n');
    expect((await run(['lint', '.'], root)).code).toBe(0);
    expect((await run(['lint', 'values.yaml'], root)).code).toBe(1);
  });
});
