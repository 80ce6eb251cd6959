import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/engine/config.js';
import { allRules, ruleIds } from '../../src/engine/registry.js';
import { tempTree } from '../helpers/tmp.js';

const load = (root: string, sub = '.') => loadConfig({ searchFrom: join(root, sub), knownRules: ruleIds });

describe('configuration', () => {
  it('uses the recommended preset when there is no config file', () => {
    const root = tempTree({ 'a.yaml': '' });
    const config = loadConfig({ searchFrom: root, knownRules: ruleIds, preset: 'recommended' });
    for (const rule of allRules) expect(config.rules[rule.meta.id]?.level, rule.meta.id).toBe(rule.meta.level);
  });

  it('finds virtops.config.yaml upward from the linted path and applies it over the preset', () => {
    const root = tempTree({ 'virtops.config.yaml': 'rules:\n  boot-order: warn\nsettings:\n  arch: arm64\n', 'deep/dir/vm.yaml': '' });
    const config = load(root, 'deep/dir/vm.yaml');
    expect(config.file).toBe(join(root, 'virtops.config.yaml'));
    expect(config.rules['boot-order']?.level).toBe('warn');
    expect(config.rules['schema']?.level).toBe('error');
    expect(config.settings.arch).toBe('arm64');
    expect(config.settings.featureGates).toEqual([]);
    expect(config.settings.permitBridgeInterfaceOnPodNetwork).toBe(true);
  });

  it('strict turns on every rule and requires suppression reasons', () => {
    const root = tempTree({ 'virtops.config.yaml': 'extends: strict\n' });
    const config = load(root);
    expect(config.requireSuppressionReason).toBe(true);
    for (const rule of allRules) expect(config.rules[rule.meta.id]?.level, rule.meta.id).not.toBe('off');
  });

  it('extends a user policy bundle by relative path', () => {
    const root = tempTree({ 'policies/team.yaml': 'rules:\n  device-names: off\n', 'virtops.config.yaml': 'extends: ./policies/team.yaml\nrules:\n  boot-order: warn\n' });
    const config = load(root);
    expect(config.rules['device-names']?.level).toBe('off');
    expect(config.rules['boot-order']?.level).toBe('warn');
  });

  it.each([
    ['rules:\n  boot-ordr: error\n', /rules\.boot-ordr: unknown rule; did you mean "boot-order"\?/, 2],
    ['rules:\n  boot-order: fatal\n', /rules\.boot-order: level must be off, warn or error/, 2],
    ['rulez: {}\n', /rulez: unknown key/, 1],
    ['settings:\n  arch: ppc64le\n', /settings\.arch: must be amd64, arm64 or s390x/, undefined],
    ['settings:\n  featureGates: [HostDisc]\n', /settings\.featureGates: unknown feature gate "HostDisc"; did you mean "HostDisk"\?/, undefined],
    ['settings:\n  defaultNetworkInterface: slirp\n', /settings\.defaultNetworkInterface: must be bridge, masquerade or passt/, undefined],
    ['settings:\n  evictionStrategy: livemigrate\n', /settings\.evictionStrategy: must be None, LiveMigrate, LiveMigrateIfPossible, External, not "livemigrate"/, undefined],
    ['settings:\n  featuregates: [HostDisk]\n', /settings\.featuregates: unknown setting; did you mean "featureGates"\?/, undefined],
    ['ignores:\n  - rules: [boot-order]\n', /ignores\[0\]: needs files .* or objects/, undefined],
    ['extends: nonsense\n', /extends: "nonsense" is neither a preset/, undefined],
    ['rules: [\n', /invalid YAML/, undefined],
  ])('names the bad key in %j', (text, message, line) => {
    const root = tempTree({ 'virtops.config.yaml': text });
    let error: unknown;
    try {
      load(root);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).message).toContain('virtops.config.yaml');
    if (line !== undefined) expect((error as ConfigError).line).toBe(line);
  });

  it('detects circular extends', () => {
    const root = tempTree({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n', 'virtops.config.yaml': 'extends: ./a.yaml\n' });
    expect(() => load(root)).toThrow(/circular extends/);
  });
});

describe('cluster profile settings', () => {
  it('reads feature gates and network defaults, and answers gate questions by maturity', async () => {
    const { isFeatureGateEnabled } = await import('../../src/normalize/feature-gates.js');
    const root = tempTree({ 'virtops.config.yaml': 'settings:\n  featureGates: [HostDisk]\n  disabledFeatureGates: [PasstBinding]\n  permitBridgeInterfaceOnPodNetwork: false\n  defaultNetworkInterface: masquerade\n  evictionStrategy: LiveMigrate\n' });
    const { settings } = load(root);
    expect(settings).toMatchObject({ featureGates: ['HostDisk'], disabledFeatureGates: ['PasstBinding'], permitBridgeInterfaceOnPodNetwork: false, defaultNetworkInterface: 'masquerade', evictionStrategy: 'LiveMigrate' });
    expect(isFeatureGateEnabled(settings, 'HostDisk')).toBe(true);
    expect(isFeatureGateEnabled(settings, 'VSOCK')).toBe(false);
    expect(isFeatureGateEnabled(settings, 'PasstBinding')).toBe(false);
    expect(isFeatureGateEnabled(settings, 'RebootPolicy')).toBe(true);
    expect(isFeatureGateEnabled({ featureGates: [], disabledFeatureGates: ['NUMA'] }, 'NUMA')).toBe(true);
  });
});
