import { describe, expect, it } from 'vitest';
import { Conditions } from '../../src/sync/status/conditions.js';

const clock = (...times: string[]) => {
  let i = 0;
  return () => new Date(times[Math.min(i++, times.length - 1)]!);
};

describe('Conditions', () => {
  it('Ready is derived from the first failing stage; a lint failure also stalls', () => {
    const c = new Conditions([], clock('2026-01-01T00:00:00Z'));
    c.markReconciling('Progressing', 'linting revision main@sha1:abc');
    c.markFailed('LintFailed', 'LintErrors', '3 errors in vms/web.yaml');
    const out = c.summarize(true, 'applied');
    expect(out.map((x) => [x.type, x.status, x.reason])).toEqual([
      ['Ready', 'False', 'LintErrors'],
      ['Stalled', 'True', 'LintErrors'],
      ['LintFailed', 'True', 'LintErrors'],
    ]);
  });

  it('a transient failure does not stall, and recovery makes it Ready again', () => {
    const c = new Conditions([], clock('2026-01-01T00:00:00Z', '2026-01-01T00:01:00Z', '2026-01-01T00:02:00Z'));
    c.markFailed('FetchFailed', 'GitServerUnavailable', 'connect ECONNREFUSED');
    expect(c.summarize(true, 'x').find((x) => x.type === 'Stalled')).toBeUndefined();
    c.markRecovered('FetchFailed');
    const out = c.summarize(true, 'applied revision main@sha1:def');
    expect(out).toEqual([expect.objectContaining({ type: 'Ready', status: 'True', reason: 'Succeeded', message: 'applied revision main@sha1:def' })]);
  });

  it('keeps the transition time while the status stays the same', () => {
    const c = new Conditions([], clock('2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'));
    c.set('Ready', 'True', 'Succeeded', 'a');
    c.set('Ready', 'True', 'Succeeded', 'b');
    expect(c.get('Ready')).toMatchObject({ message: 'b', lastTransitionTime: '2026-01-01T00:00:00.000Z' });
  });

  it('while in progress, Ready is Unknown with the progress message', () => {
    const c = new Conditions();
    c.markReconciling('Progressing', 'applying 12 objects');
    expect(c.summarize(false, 'x')[0]).toMatchObject({ type: 'Ready', status: 'Unknown', message: 'applying 12 objects' });
  });
});
