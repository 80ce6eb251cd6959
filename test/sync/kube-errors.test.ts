import { describe, expect, it } from 'vitest';
import { KubeError, toKubeError } from '../../src/kube/errors.js';

describe('toKubeError', () => {
  it('maps HTTP codes to reasons with the server Status message', () => {
    const invalid = toKubeError({ code: 422, body: JSON.stringify({ kind: 'Status', message: 'admission webhook "virtualmachine-validator.kubevirt.io" denied the request: spec.template.spec.domain.devices.disks[0].name \'x\' not found.' }) });
    expect(invalid).toBeInstanceOf(KubeError);
    expect(invalid).toMatchObject({ reason: 'Invalid', code: 422 });
    expect(invalid.message).toMatch(/denied the request/);
    expect(invalid.retryable).toBe(false);
    expect(toKubeError({ code: 404, body: {} }).reason).toBe('NotFound');
    expect(toKubeError({ code: 403, body: '' }).reason).toBe('Forbidden');
    expect(toKubeError({ code: 429, body: '' })).toMatchObject({ reason: 'TooManyRequests', retryable: true });
    expect(toKubeError({ code: 503, body: '' })).toMatchObject({ reason: 'ServerError', retryable: true });
  });

  it('treats connection failures as Unavailable (retryable)', () => {
    expect(toKubeError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), { code: 'ECONNREFUSED' }))).toMatchObject({ reason: 'Unavailable', retryable: true });
    expect(toKubeError(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }))).toMatchObject({ reason: 'Unavailable' });
  });
});
