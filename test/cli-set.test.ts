import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { tempTree } from './helpers/tmp.js';

/** The set stage through the CLI: several files linted together, findings where they belong, suppressible like any rule. */

interface JsonReport {
  files: { file: string; findings: { ruleId: string; line: number; column: number; message: string; severity: string }[] }[];
}

const vm = (volumeLine = '') => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: web
  namespace: apps
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        devices: {}
        resources:
          requests:
            memory: 1Gi
      volumes:
      - name: root
        dataVolume:
${volumeLine}          name: web-root
`;
const dv = (namespace: string) => `apiVersion: cdi.kubevirt.io/v1beta1
kind: DataVolume
metadata:
  name: web-root
  namespace: ${namespace}
spec:
  storage:
    resources:
      requests:
        storage: 10Gi
  source:
    blank: {}
`;

async function lintJson(cwd: string, ...args: string[]) {
  const run = await runCli(['lint', '-f', 'json', ...args], { cwd });
  const report = JSON.parse(run.out) as JsonReport;
  const found = report.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line}:${x.column} ${x.ruleId}`)).sort();
  return { ...run, report, found };
}

describe('virtops lint on a set of files', () => {
  it("reports in file B, at B's line and column, what file A's content causes", async () => {
    const dir = tempTree({ 'vm.yaml': vm(), 'dv.yaml': dv('images') });
    const { code, found, report } = await lintJson(dir, '.');
    expect(found).toEqual(['vm.yaml:18:17 reference-namespace']);
    expect(report.files.find((f) => f.file === 'vm.yaml')!.findings[0]!.message).toContain("only in 'images'");
    expect(code).toBe(1);
  });

  it('a disable comment suppresses a set finding; one that suppresses nothing is reported', async () => {
    const dir = tempTree({ 'vm.yaml': vm('          # virtops-disable-next-line unresolved-reference -- created by the image pipeline\n'), 'other.yaml': `# virtops-disable-next-line unresolved-reference\n${vm().replace('name: web\n', 'name: db\n').replace('web-root', 'db-root')}`.replace('dataVolume:\n          name: db-root', 'containerDisk:\n          image: quay.io/containerdisks/fedora:41') });
    const { found } = await lintJson(dir, '.');
    expect(found).toEqual(['other.yaml:1:1 unused-suppression']);
  });

  it('--external and config `external:` silence unresolved references; a bad entry is a clear configuration error', async () => {
    const dir = tempTree({ 'vm.yaml': vm() });
    expect((await lintJson(dir, '.')).found).toEqual(['vm.yaml:18:17 unresolved-reference']);
    expect((await lintJson(dir, '--external', 'DataVolume/apps/web-*', '.')).found).toEqual([]);
    expect((await lintJson(dir, '--external', 'DataVolume/other', '.')).found).toEqual(['vm.yaml:18:17 unresolved-reference']);
    const bad = await runCli(['lint', '--external', 'Data Volume', '.'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--external expects <Kind>[/<namespace>[/<name>]]');

    const configured = tempTree({ 'vm.yaml': vm(), 'virtops.config.yaml': 'external:\n  - kind: DataVolume\n    namespace: apps\n' });
    expect((await lintJson(configured, '.')).found).toEqual([]);
    const invalid = tempTree({ 'vm.yaml': vm(), 'virtops.config.yaml': 'external:\n  - namespace: apps\n' });
    const run = await runCli(['lint', '.'], { cwd: invalid });
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/invalid configuration: .*virtops\.config\.yaml: external\[0\]: needs a kind/);
  });

  it('gives the same results on worker threads (≥ 64 files) as on one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 70; i++) files[`vm-${i}.yaml`] = vm().replace('name: web\n', `name: web-${i}\n`).replace('name: web-root', `name: root-${i % 35}`);
    files['dv-3.yaml'] = dv('apps').replace('web-root', 'root-3');
    files['dup.yaml'] = vm().replace('name: web\n', 'name: web-1\n');
    const dir = tempTree(files);
    const one = await lintJson(dir, '--concurrency', '1', '.');
    const many = await lintJson(dir, '--concurrency', '2', '.');
    expect(many.found).toEqual(one.found);
    expect(one.found.filter((f) => f.includes('duplicate-object'))).toHaveLength(1);
    expect(one.found.filter((f) => f.includes('unresolved-reference'))).toHaveLength(69);
  });

  it('--context reads more files for references and instancetypes, and reports only the paths given', async () => {
    const dir = tempTree({
      'vms/vm.yaml': vm(),
      'storage/dv.yaml': dv('apps'),
      'storage/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n',
      'ci/pipeline.yaml': 'stages: [lint]\n',
    });
    // Alone, the VM's DataVolume is unknown.
    expect((await lintJson(dir, 'vms/vm.yaml')).found).toEqual(['vms/vm.yaml:18:17 unresolved-reference']);
    // With the repository as context it resolves; the context's own problems (a bad name, a non-manifest) are not reported.
    const withContext = await lintJson(dir, '--context', '.', 'vms/vm.yaml');
    expect(withContext.found).toEqual([]);
    expect(withContext.report.files.map((f) => f.file)).toEqual([]);
    expect(withContext.code).toBe(0);
    expect((JSON.parse(withContext.out) as { summary: { files: number } }).summary.files).toBe(1);
    // A file that is both named and in the context is reported, once.
    const both = await lintJson(dir, '--context', '.', 'vms/vm.yaml', 'storage/broken.yaml');
    expect(both.found).toEqual(['storage/broken.yaml:4:9 metadata-name']);
    // A context path that does not exist is a usage problem like any other path.
    const missing = await runCli(['lint', '--context', 'nowhere', 'vms/vm.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--context nowhere');
  });
});
