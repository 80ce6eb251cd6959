import { describe, expect, it } from 'vitest';
import { formatPlan } from '../src/cli/plan.js';
import { runCli } from './helpers/cli.js';

const run = (args: string[]) => runCli(args);

describe('virtops plan', () => {
  it('prints the plan in VM terms', () => {
    const text = formatPlan('main@sha1:abc', [
      { subject: 'VirtualMachine/fleet/web', action: 'update', payload: {}, changes: ['spec.template.spec.domain.devices.disks[0].disk.bus'], impact: 'restart-required', restartPaths: ['spec.template.spec.domain.devices.disks[0].disk.bus'] },
      { subject: 'VirtualMachine/fleet/db', action: 'unchanged', payload: {}, changes: [], powerOverride: { declared: 'Always', live: 'Halted' } },
      { subject: 'DataVolume/fleet/root', action: 'blocked', payload: {}, changes: [], reason: 'Cannot update DataVolume Spec (give the new disk a new name)' },
    ]);
    expect(text.split('\n')[0]).toBe('Plan for main@sha1:abc: 0 to create, 1 to change, 1 unchanged, 1 blocked');
    expect(text).toMatch(/update +VirtualMachine\/fleet\/web +takes effect at the next restart; restart needed for spec\.template\.spec\.domain\.devices\.disks\[0\]\.disk\.bus/);
    expect(text).toMatch(/unchanged +VirtualMachine\/fleet\/db +keeps runStrategy Halted set outside git \(git: Always\)/);
    expect(text).toMatch(/blocked +DataVolume\/fleet\/root +Cannot update DataVolume Spec/);
  });

  it('usage and source errors exit 2 with a clear message', async () => {
    expect(await run(['plan'])).toMatchObject({ code: 2, err: expect.stringMatching(/plan needs --repo/) });
    expect(await run(['plan', '--repo', 'x', '--branch', 'a', '--tag', 'b'])).toMatchObject({ code: 2, err: expect.stringMatching(/at most one of --branch, --tag, --commit/) });
    const ssh = await run(['plan', '--repo', 'git@github.com:org/vms.git']);
    expect(ssh.code).toBe(2);
    expect(ssh.err).toMatch(/SSH URLs are not supported .*https:\/\/github\.com\/org\/vms\.git/);
    const help = await run(['plan', '--help']);
    expect(help).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: virtops plan/) });
  });
});
