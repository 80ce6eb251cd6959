import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { jittered, parseDuration } from '../../src/agent/interval.js';
import { agentMetrics } from '../../src/agent/metrics.js';
import { pushConcerns, verifyWebhook } from '../../src/agent/webhook.js';

describe('verifyWebhook', () => {
  const body = Buffer.from(JSON.stringify({ ref: 'refs/heads/main' }));
  const sign = (secret: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

  it('accepts a GitHub push signed with the shared secret', () => {
    expect(verifyWebhook({ 'x-hub-signature-256': sign('s3cret'), 'x-github-event': 'push' }, body, 's3cret')).toEqual({ ok: true, provider: 'github', event: 'push', ref: 'refs/heads/main' });
  });

  it('rejects a wrong signature, a tampered body, and unsigned requests', () => {
    expect(verifyWebhook({ 'x-hub-signature-256': sign('other') }, body, 's3cret')).toMatchObject({ ok: false, status: 401 });
    expect(verifyWebhook({ 'x-hub-signature-256': sign('s3cret') }, Buffer.from('{"ref":"refs/heads/evil"}'), 's3cret')).toMatchObject({ ok: false, status: 401 });
    expect(verifyWebhook({}, body, 's3cret')).toMatchObject({ ok: false, status: 401 });
  });

  it('accepts a GitLab push with the right token only', () => {
    expect(verifyWebhook({ 'x-gitlab-token': 's3cret', 'x-gitlab-event': 'Push Hook' }, body, 's3cret')).toMatchObject({ ok: true, provider: 'gitlab', event: 'Push Hook' });
    expect(verifyWebhook({ 'x-gitlab-token': 'guess' }, body, 's3cret')).toMatchObject({ ok: false });
  });

  it('matches pushes to the followed branch or tag', () => {
    expect(pushConcerns('refs/heads/main', {})).toBe(true);
    expect(pushConcerns('refs/heads/dev', { branch: 'main' })).toBe(false);
    expect(pushConcerns('refs/tags/v2', { tag: 'v2' })).toBe(true);
  });
});

describe('intervals', () => {
  it('parses durations and jitters within the fraction', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(() => parseDuration('5 minutes')).toThrow(/invalid duration/);
    expect(jittered(60_000, 0.1, () => 0)).toBe(54_000);
    expect(jittered(60_000, 0.1, () => 0.999999)).toBe(66_000);
  });
});

describe('metrics', () => {
  it('renders the Prometheus text format', () => {
    const m = agentMetrics();
    m.objectsApplied.inc({ kind: 'VirtualMachine', action: 'created' }, 2);
    m.vmHealth.set({ status: 'Healthy' }, 3);
    m.syncDuration.observe({ result: 'success' }, 0.3);
    const text = m.registry.render();
    expect(text).toContain('# TYPE virtops_objects_applied_total counter');
    expect(text).toContain('virtops_objects_applied_total{kind="VirtualMachine",action="created"} 2');
    expect(text).toContain('virtops_vm_health{status="Healthy"} 3');
    expect(text).toContain('virtops_sync_duration_seconds_bucket{result="success",le="0.25"} 0');
    expect(text).toContain('virtops_sync_duration_seconds_bucket{result="success",le="0.5"} 1');
    expect(text).toContain('virtops_sync_duration_seconds_count{result="success"} 1');
    expect(() => m.objectsApplied.set({}, 1)).toThrow(/counter/);
  });
});
