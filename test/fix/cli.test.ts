import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { applyEdits } from '../helpers/text-edits.js';
import { tempTree } from '../helpers/tmp.js';

/** A VM with two fixable problems (deprecated running, Secure Boot without SMM), comments and odd spacing. */
const FIXABLE = `# Web server VM (comments must survive --fix)
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: web
spec:
  running: true   # start at once
  template:
    spec:
      domain:
        firmware:
          bootloader:
            efi:
              secureBoot: true
        memory:
          guest: 1Gi
        devices:
          disks:
            - name: root
              disk:
                bus: virtio
      volumes:
        - name: root
          containerDisk:
            image: quay.io/containerdisks/fedora:41
`;

/** What --fix makes of it: running renamed where it stands, SMM added at the end of domain. */
const FIXED = FIXABLE.replace('  running: true   # start', '  runStrategy: Always   # start').replace(
  '                bus: virtio\n',
  '                bus: virtio\n        features:\n          smm:\n            enabled: true\n',
);

const read = (root: string, file = 'vm.yaml'): string => readFileSync(join(root, file), 'utf8');
const run = (args: string[], cwd: string, stdin?: string) => runCli(args, { cwd, ...(stdin !== undefined ? { stdin } : {}) });
const findings = (out: string) =>
  (JSON.parse(out) as { files: { file: string; findings: { ruleId: string; fixable?: boolean; line: number }[] }[] }).files.flatMap((f) => f.findings.map((x) => ({ file: f.file, ...x })));

describe('virtops lint --fix', () => {
  it('fixes the file in place, keeps comments and layout, and exits 0 when nothing is left', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE });
    const result = await run(['lint', '--fix', '-f', 'json', 'vm.yaml'], root);
    expect(read(root)).toBe(FIXED);
    expect(findings(result.out).filter((f) => ['run-strategy', 'secure-boot-requires-smm'].includes(f.ruleId))).toEqual([]);
    expect(result.code).toBe(0);
    // A second run has nothing left to fix and writes nothing.
    expect((await run(['lint', '--fix', 'vm.yaml'], root)).code).toBe(0);
    expect(read(root)).toBe(FIXED);
  });

  it('with --quiet fixes errors only, as ESLint does: the deprecated `running` (a warning) stays', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE });
    const result = await run(['lint', '--fix', '--quiet', '-f', 'json', 'vm.yaml'], root);
    expect(read(root)).toBe(FIXED.replace('  runStrategy: Always   # start', '  running: true   # start'));
    expect(findings(result.out)).toEqual([]);
    expect(result.code).toBe(0);
    const dryRun = await run(['lint', '--fix-dry-run', '--quiet', 'vm.yaml'], tempTree({ 'vm.yaml': FIXABLE }));
    expect(dryRun.out).toContain('+          smm:');
    expect(dryRun.out).not.toContain('runStrategy');
  });

  it('reports what it cannot fix and exits 1 for a remaining error', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE.replace('bus: virtio', 'bus: floppy') });
    const result = await run(['lint', '--fix', '-f', 'json', 'vm.yaml'], root);
    expect(result.code).toBe(1);
    expect(read(root)).toBe(FIXED.replace('bus: virtio', 'bus: floppy'));
    const left = findings(result.out).map((f) => f.ruleId);
    expect(left).toContain('disk-bus');
    expect(left).not.toContain('run-strategy');
  });

  it('fixes only files that need it, in a directory, and leaves the others byte for byte', async () => {
    const clean = FIXED.replace('name: web', 'name: db');
    const root = tempTree({ 'a/vm.yaml': FIXABLE, 'b/vm.yaml': clean, 'c/notes.yaml': 'just: some\nother: yaml # not a manifest\n' });
    expect((await run(['lint', '--fix', '.'], root)).code).toBe(0);
    expect(read(root, 'a/vm.yaml')).toBe(FIXED);
    expect(read(root, 'b/vm.yaml')).toBe(clean);
    expect(read(root, 'c/notes.yaml')).toBe('just: some\nother: yaml # not a manifest\n');
  });

  it('does not fix suppressed findings', async () => {
    const suppressed = FIXABLE.replace('  running: true', '  # virtops-disable-next-line run-strategy -- the pipeline flips it\n  running: true');
    const root = tempTree({ 'vm.yaml': suppressed });
    await run(['lint', '--fix', 'vm.yaml'], root);
    expect(read(root)).toContain('  running: true   # start at once\n');
    expect(read(root)).toContain('enabled: true');
  });

  it('keeps a UTF-8 byte-order mark and CRLF line endings', async () => {
    const root = tempTree({ 'vm.yaml': `\ufeff${FIXABLE.replace(/\n/g, '\r\n')}` });
    expect((await run(['lint', '--fix', 'vm.yaml'], root)).code).toBe(0);
    expect(read(root)).toBe(`\ufeff${FIXED.replace(/\n/g, '\r\n')}`);
  });

  it.skipIf(process.getuid?.() === 0)('says which file it cannot write, without a stack trace, and exits 2', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE });
    chmodSync(join(root, 'vm.yaml'), 0o444);
    const result = await run(['lint', '--fix', 'vm.yaml'], root);
    expect(result.code).toBe(2);
    expect(result.err).toBe('virtops: cannot write the fixes to vm.yaml: EACCES\n');
    expect(read(root)).toBe(FIXABLE);
  });

  it('refuses standard input with a clear message', async () => {
    const result = await run(['lint', '--fix', '-'], process.cwd(), FIXABLE);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--fix cannot write back to standard input; use --fix-dry-run');
  });

  it('cannot be combined with --fix-dry-run', async () => {
    const result = await run(['lint', '--fix', '--fix-dry-run', 'x.yaml'], process.cwd());
    expect(result.code).toBe(2);
    expect(result.err).toContain('--fix and --fix-dry-run cannot be used together');
  });
});

describe('virtops lint --fix-dry-run', () => {
  it('prints a unified diff, changes nothing, and exits as the fixed file would', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE });
    const result = await run(['lint', '--fix-dry-run', 'vm.yaml'], root);
    expect(read(root)).toBe(FIXABLE);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--- a/vm.yaml\n+++ b/vm.yaml\n@@ -4,7 +4,7 @@\n metadata:\n   name: web\n spec:\n-  running: true   # start at once\n+  runStrategy: Always   # start at once\n');
    expect(result.out).toContain('                 bus: virtio\n+        features:\n+          smm:\n+            enabled: true\n       volumes:\n');
  });

  it('reports the fixed texts as the whole run would: findings about other files and set-wide ones included', async () => {
    // The VM also names a DataVolume: defined in no linted file, a set-wide (cross-file) warning; defined in another, none.
    const vm = FIXABLE.replace('          containerDisk:\n            image: quay.io/containerdisks/fedora:41\n', '          containerDisk:\n            image: quay.io/containerdisks/fedora:41\n        - name: data\n          dataVolume:\n            name: web-data\n').replace(
      '                bus: virtio\n',
      '                bus: virtio\n            - name: data\n              disk:\n                bus: virtio\n',
    );
    const alone = await run(['lint', '--fix-dry-run', '-f', 'json', 'vm.yaml'], tempTree({ 'vm.yaml': vm }));
    expect(alone.out).toContain('+  runStrategy: Always');
    const left = findings(alone.out.slice(alone.out.indexOf('{"version"')));
    expect(left.map((f) => f.ruleId)).toEqual(['unresolved-reference']);
    expect(left[0]).toMatchObject({ file: 'vm.yaml', line: 34 }); // where it stands in the fixed text
    const dataVolume = 'apiVersion: cdi.kubevirt.io/v1beta1\nkind: DataVolume\nmetadata:\n  name: web-data\nspec:\n  source:\n    blank: {}\n  storage:\n    resources:\n      requests:\n        storage: 1Gi\n';
    const withIt = await run(['lint', '--fix-dry-run', '-f', 'json', '.'], tempTree({ 'vm.yaml': vm, 'dv.yaml': dataVolume }));
    expect(findings(withIt.out.slice(withIt.out.indexOf('{"version"')))).toEqual([]);
    expect(withIt.code).toBe(0);
  });

  it('prints the diff of standard input under its name', async () => {
    const result = await run(['lint', '--fix-dry-run', '--stdin-filename', 'web.yaml', '-'], process.cwd(), FIXABLE);
    expect(result.out).toContain('--- a/web.yaml\n+++ b/web.yaml\n');
    expect(result.out).toContain('+  runStrategy: Always');
    expect(result.code).toBe(0);
  });

  it('prints nothing but the report when nothing is fixable', async () => {
    const root = tempTree({ 'vm.yaml': FIXED.replace('bus: virtio', 'bus: floppy') });
    const result = await run(['lint', '--fix-dry-run', 'vm.yaml'], root);
    expect(result.out).not.toContain('+++');
    expect(result.code).toBe(1);
  });
});

describe('fixable findings in the reports', () => {
  it('gives SARIF results their fixes, which together make what --fix writes', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE });
    type Replacement = { deletedRegion: { startLine: number; startColumn: number; endLine: number; endColumn: number }; insertedContent: { text: string } };
    const log = JSON.parse((await run(['lint', '-f', 'sarif', 'vm.yaml'], root)).out) as {
      runs: { results: { ruleId: string; fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: Replacement[] }[] }[] }[] }[];
    };
    const results = log.runs[0]!.results;
    expect(results.filter((r) => r.fixes).map((r) => r.ruleId).sort()).toEqual(['run-strategy', 'secure-boot-requires-smm']);
    const replacements = results.flatMap((r) => r.fixes ?? []).flatMap((f) => f.artifactChanges).flatMap((change) => {
      expect(change.artifactLocation.uri).toBe('vm.yaml');
      return change.replacements;
    });
    const edits = replacements.map(({ deletedRegion: r, insertedContent }) => ({ line: r.startLine, column: r.startColumn, endLine: r.endLine, endColumn: r.endColumn, text: insertedContent.text }));
    expect(applyEdits(FIXABLE, edits)).toBe(FIXED);
    expect(read(root)).toBe(FIXABLE); // reporting changes nothing
  });

  it('marks findings that --fix can fix', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE.replace('bus: virtio', 'bus: floppy') });
    const out = findings((await run(['lint', '-f', 'json', 'vm.yaml'], root)).out);
    expect(out.find((f) => f.ruleId === 'run-strategy')).toMatchObject({ fixable: true });
    expect(out.find((f) => f.ruleId === 'disk-bus')).not.toHaveProperty('fixable');
  });

  it('says in the stylish summary how many problems --fix would fix', async () => {
    const root = tempTree({ 'vm.yaml': FIXABLE.replace('bus: virtio', 'bus: floppy') });
    const result = await run(['lint', 'vm.yaml'], root);
    expect(result.out).toMatch(/✖ \d+ problems .*\n {2}2 problems fixable with --fix \(see them with --fix-dry-run\)\n$/);
    const fixed = await run(['lint', '--fix', 'vm.yaml'], root);
    expect(fixed.out).not.toContain('fixable with --fix');
  });
});
