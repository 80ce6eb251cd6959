import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/**
 * Upstream's own valid manifests (KubeVirt's examples, CDI's examples, the rendered common-templates
 * bundle) must lint with zero errors: a false error costs as much as a miss.
 */
const SHARED = resolve('..', 'shared', 'data');

/** Per-directory config: KubeVirt's examples assume a cluster with some Alpha feature gates on. */
const CONFIGS: Record<string, string> = {
  'kubevirt-examples': resolve('test', 'upstream', 'kubevirt-examples.config.yaml'),
};

/**
 * Six of KubeVirt's examples are rejected by KubeVirt itself once their instancetype exists: the template
 * sets domain.memory.guest while the instancetype provides the memory (pkg/instancetype/apply/memory.go
 * returns a conflict for any guest memory). The instancetypes are in other files, so whether they exist
 * when the VM is created depends on the order: virtops warns (an error only within one file). These
 * warnings must be found.
 */
const KNOWN_CONFLICTS: Record<string, readonly string[]> = {
  'kubevirt-examples': ['vm-cirros-clarge', 'vm-cirros-clarge-virtio', 'vm-cirros-clarge-windows', 'vm-cirros-csmall', 'vm-cirros-cluster-csmall', 'vm-windows-clarge-windows'].map((name) => `${name}.yaml instancetype-conflicts`),
};

async function lintJson(path: string, config?: string) {
  const { code, out } = await runCli(['lint', '-f', 'json', ...(config === undefined ? [] : ['-c', config]), path]);
  return { code, report: JSON.parse(out) as { files: { file: string; findings: { ruleId: string; severity: string; message: string; line: number }[] }[]; summary: { documents: number; errors: number } } };
}

describe.skipIf(!existsSync(SHARED))('upstream valid manifests lint without errors', () => {
  for (const [dir, minDocuments] of [['kubevirt-examples', 47], ['cdi-examples', 9], ['common-templates', 8], ['common-templates-bundle', 90]] as const) {
    it(dir, async () => {
      const { code, report } = await lintJson(resolve(SHARED, dir), CONFIGS[dir]);
      const errors = report.files.flatMap((f) => f.findings.filter((x) => x.severity === 'error').map((x) => `${f.file}:${x.line} ${x.ruleId}: ${x.message}`));
      expect(errors).toEqual([]);
      expect(code).toBe(0);
      const conflicts = report.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'instancetype-conflicts').map((x) => `${f.file.split('/').pop()} ${x.ruleId}`));
      expect(conflicts.sort()).toEqual([...(KNOWN_CONFLICTS[dir] ?? [])].sort());
      expect(report.summary.documents).toBeGreaterThanOrEqual(minDocuments);
    });
  }
});
