import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { LintSourceResult } from '../../src/engine/lint-source.js';
import { prescanTasks } from '../../src/instancetype/prescan.js';
import { recommendedConfig } from '../helpers/config.js';
import { workerScript } from '../../src/engine/lint-files.js';
import { runCli } from '../helpers/cli.js';
import { tempTree } from '../helpers/tmp.js';

/**
 * The user's view: the instancetype lives in one file, the VirtualMachine in another, and only the
 * expanded VM shows the problem (1.5Gi of guest memory cannot be backed by 1Gi pages).
 */

const INSTANCETYPES = `apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineInstancetype
metadata:
  name: hp.odd
  namespace: vms
spec:
  cpu:
    guest: 3
  memory:
    guest: 1536Mi
    hugepages:
      pageSize: 1Gi
`;

const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: db
  namespace: vms
spec:
  runStrategy: Always
  instancetype:
    kind: VirtualMachineInstancetype
    name: hp.odd
  template:
    spec:
      domain:
        devices: {}
`;

const CONFLICTING_VM = VM.replace('name: db', 'name: web').replace('devices: {}', 'cpu:\n          cores: 2\n        devices: {}');

function tree() {
  return tempTree({ 'instancetypes/hp.yaml': INSTANCETYPES, 'vms/db.yaml': VM, 'vms/web.yaml': CONFLICTING_VM });
}

interface JsonReport {
  files: { file: string; findings: { ruleId: string; severity: string; message: string; path: string; line: number }[] }[];
}

async function lintJson(args: string[]): Promise<{ code: number; report: JsonReport }> {
  const run = await runCli(['lint', ...args, '--format', 'json']);
  return { code: run.code, report: JSON.parse(run.out) as JsonReport };
}

function errorsOf(report: JsonReport, file: string) {
  return report.files.filter((f) => f.file.endsWith(file)).flatMap((f) => f.findings.filter((r) => r.severity === 'error'));
}

describe('virtops lint with the instancetype in another file', () => {
  it('finds the problem only the expanded VM has, and says where the value came from', async () => {
    const { code, report } = await lintJson([tree()]);
    expect(code).toBe(1);
    const db = errorsOf(report, 'db.yaml');
    expect(db.map((r) => r.ruleId)).toEqual(['hugepages-memory']);
    expect(db[0]!.message).toContain("'1536Mi'");
    expect(db[0]!.message).toMatch(/domain\.memory\.guest is not in the manifest: it comes from the instancetype, VirtualMachineInstancetype 'hp\.odd' \(.*instancetypes\/hp\.yaml\)/);
    // Located at the nearest field the VM does have.
    expect(db[0]!.path).toBe('spec.template.spec.domain.memory.guest');
    expect(db[0]!.line).toBe(13);
  });

  it('reports a template field the instancetype in another file provides as a conflict, at that field, as a warning', async () => {
    // KubeVirt checks conflicts only when the instancetype exists as the VM is created: another file may come later.
    const { report } = await lintJson([tree()]);
    expect(errorsOf(report, 'web.yaml')).toEqual([]);
    const web = report.files.filter((f) => f.file.endsWith('web.yaml')).flatMap((f) => f.findings);
    expect(web.map((r) => `${r.ruleId} ${r.severity} ${r.path} ${r.line}`)).toEqual(['instancetype-conflicts warning spec.template.spec.domain.cpu.cores 15']);
    expect(web[0]!.message).toContain('provides the vCPUs (3) and their topology');
  });

  it('makes the conflict an error when the instancetype is defined in the VM file itself', async () => {
    const root = tempTree({ 'vms/web.yaml': `${INSTANCETYPES}---\n${CONFLICTING_VM}` });
    const { code, report } = await lintJson([root]);
    expect(code).toBe(1);
    expect(errorsOf(report, 'web.yaml').map((r) => `${r.ruleId} ${r.path}`)).toEqual(['instancetype-conflicts spec.template.spec.domain.cpu.cores']);
  });

  it('lints the VM file alone without the finding: its instancetype is not in the set', async () => {
    const root = tree();
    const { report } = await lintJson([`${root}/vms/db.yaml`]);
    expect(errorsOf(report, 'db.yaml')).toEqual([]);
  });

  it.skipIf(workerScript() === undefined)('hands the index to worker threads (needs `npm run build`)', async () => {
    const root = tree();
    const config = prescanTasks(recommendedConfig(root), [{ file: 'hp.yaml', absolute: join(root, 'instancetypes/hp.yaml'), discovered: true }], 0).config;
    const worker = new Worker(workerScript()!);
    try {
      const reports = await new Promise<LintSourceResult[]>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({ config, tasks: [{ file: 'db.yaml', absolute: join(root, 'vms/db.yaml'), discovered: true }] });
      });
      expect(reports[0]!.results.map((r) => r.ruleId)).toEqual(['hugepages-memory']);
    } finally {
      await worker.terminate();
    }
  });
});
