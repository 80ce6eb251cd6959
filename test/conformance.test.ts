import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintSource } from '../src/engine/lint-source.js';
import { allRules } from '../src/engine/registry.js';
import { isArch } from '../src/normalize/arch.js';
import { recommendedConfig } from './helpers/config.js';

/**
 * The conformance corpus: manifests written by us from the upstream admission tests the catalogue
 * (../shared/reference/kubevirt-rules.md) points at. Each file starts with comment headers:
 *
 *   # upstream: pkg/virt-api/webhooks/validating-webhook/admitters/vmi-create-admitter_test.go:398
 *   # expect: reject <catalogue id>        (KubeVirt rejects it: virtops must report an error for that id)
 *   # expect: accept                       (KubeVirt accepts it: virtops must report no error at all)
 *   # arch: arm64                          (optional: the cluster architecture setting)
 *   # feature-gates: VSOCK, HostDevices    (optional: settings.featureGates, the Alpha gates the cluster enables)
 *   # disabled-feature-gates: RebootPolicy (optional: settings.disabledFeatureGates)
 *
 * Detection rate = rejected cases found / rejected cases; false-positive rate = accepted cases with an
 * error / accepted cases. Both are printed at the end (`npm run conformance`).
 */

const ROOT = join(import.meta.dirname, 'conformance');

interface Case {
  file: string;
  area: string;
  expect: { outcome: 'reject'; ids: string[] } | { outcome: 'accept' };
  arch?: string;
  featureGates?: string[];
  disabledFeatureGates?: string[];
}

function listCases(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCases(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

function readCase(file: string): Case {
  const text = readFileSync(file, 'utf8');
  const header = (key: string) => new RegExp(`^# ${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
  const expectation = header('expect');
  if (!expectation) throw new Error(`${file}: no "# expect:" header`);
  const [outcome, ...rest] = expectation.split(/[\s,]+/).filter(Boolean);
  const area = relative(ROOT, file).split('/')[0]!;
  const list = (key: string) => header(key)?.split(/[\s,]+/).filter(Boolean);
  const cluster = { arch: header('arch'), featureGates: list('feature-gates'), disabledFeatureGates: list('disabled-feature-gates') };
  if (outcome === 'accept') return { file, area, expect: { outcome }, ...cluster };
  if (outcome === 'reject' && rest.length > 0) return { file, area, expect: { outcome, ids: rest }, ...cluster };
  throw new Error(`${file}: "# expect:" must be "accept" or "reject <catalogue id>..."`);
}

const catalogOf = new Map(allRules.map((rule) => [rule.meta.id, new Set(rule.meta.catalog ?? [])]));
const cases = listCases(ROOT).sort().map(readCase);
const tally = new Map<string, { rejects: number; found: number; accepts: number; falseErrors: number }>();

function count(area: string) {
  let entry = tally.get(area);
  if (!entry) tally.set(area, (entry = { rejects: 0, found: 0, accepts: 0, falseErrors: 0 }));
  return entry;
}

function errorsOf(c: Case) {
  const config = recommendedConfig();
  // The corpus models a KubeVirt install with the default KubeVirt CR: its gates are known.
  config.settings = { ...config.settings, featureGatesConfigured: true };
  if (c.arch !== undefined) {
    if (!isArch(c.arch)) throw new Error(`${c.file}: unknown arch ${c.arch}`);
    config.settings = { ...config.settings, arch: c.arch };
  }
  if (c.featureGates !== undefined) config.settings = { ...config.settings, featureGates: c.featureGates };
  if (c.disabledFeatureGates !== undefined) config.settings = { ...config.settings, disabledFeatureGates: c.disabledFeatureGates };
  const report = lintSource({ file: c.file, bytes: readFileSync(c.file), discovered: false }, config);
  return report.results.filter((r) => r.severity === 'error');
}

describe('conformance corpus', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  for (const c of cases) {
    it(`${relative(ROOT, c.file)}: ${c.expect.outcome}`, () => {
      const errors = errorsOf(c);
      const area = count(c.area);
      const described = errors.map((r) => `${r.line}:${r.column} ${r.ruleId}: ${r.message}`);
      if (c.expect.outcome === 'accept') {
        area.accepts++;
        if (errors.length > 0) area.falseErrors++;
        expect(described, 'KubeVirt accepts this manifest').toEqual([]);
        return;
      }
      area.rejects++;
      const ids = c.expect.ids;
      const matched = errors.some((r) => ids.some((id) => catalogOf.get(r.ruleId)?.has(id)));
      if (matched) area.found++;
      expect(matched, `expected an error from a rule implementing ${ids.join(' or ')}; got:\n${described.join('\n')}`).toBe(true);
    });
  }

  afterAll(() => {
    const rows = [...tally.entries()].sort(([a], [b]) => a.localeCompare(b));
    const total = rows.reduce((sum, [, t]) => ({ rejects: sum.rejects + t.rejects, found: sum.found + t.found, accepts: sum.accepts + t.accepts, falseErrors: sum.falseErrors + t.falseErrors }), { rejects: 0, found: 0, accepts: 0, falseErrors: 0 });
    const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
    const lines = [...rows, ['total', total] as const].map(([area, t]) => `${area.padEnd(10)} detected ${t.found}/${t.rejects} (${pct(t.found, t.rejects)})  false errors ${t.falseErrors}/${t.accepts} (${pct(t.falseErrors, t.accepts)})`);
    if (rows.length > 0) console.log(`conformance corpus\n${lines.join('\n')}`);
  });
});
