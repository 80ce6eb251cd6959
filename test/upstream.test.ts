import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';

/**
 * Upstream's own valid manifests (KubeVirt's examples, CDI's examples, the rendered common-templates
 * bundle) must lint with zero errors: a false error costs as much as a miss.
 */
const SHARED = resolve('..', 'shared', 'data');

/** Per-directory config: KubeVirt's examples assume a cluster with some Alpha feature gates on; example catalogues repeat names. */
const CONFIGS: Record<string, string> = {
  'kubevirt-examples': resolve('test', 'upstream', 'kubevirt-examples.config.yaml'),
  'cdi-examples': resolve('test', 'upstream', 'cdi-examples.config.yaml'),
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
      expect(report.summary.documents).toBeGreaterThanOrEqual(minDocuments);
    });
  }
});
