import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Push notifications that trigger a refresh ahead of the next poll. GitHub signs the body with
 * HMAC-SHA256 (`X-Hub-Signature-256: sha256=<hex>`); GitLab sends a shared token (`X-Gitlab-Token`).
 * A request that fails verification triggers nothing. Comparisons are constant-time.
 */

export type WebhookVerdict = { ok: true; provider: 'github' | 'gitlab'; event: string; ref?: string } | { ok: false; status: 400 | 401; reason: string };

export function verifyWebhook(headers: Record<string, string | string[] | undefined>, body: Buffer, secret: string): WebhookVerdict {
  const header = (name: string): string | undefined => {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const githubSignature = header('x-hub-signature-256');
  const gitlabToken = header('x-gitlab-token');
  let provider: 'github' | 'gitlab';
  if (githubSignature !== undefined) {
    const expected = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
    if (!safeEqual(githubSignature, expected)) return { ok: false, status: 401, reason: 'signature mismatch' };
    provider = 'github';
  } else if (gitlabToken !== undefined) {
    if (!safeEqual(gitlabToken, secret)) return { ok: false, status: 401, reason: 'token mismatch' };
    provider = 'gitlab';
  } else {
    return { ok: false, status: 401, reason: 'no X-Hub-Signature-256 or X-Gitlab-Token header' };
  }
  const event = header(provider === 'github' ? 'x-github-event' : 'x-gitlab-event') ?? 'unknown';
  let ref: string | undefined;
  try {
    const payload = JSON.parse(body.toString('utf8')) as { ref?: unknown };
    if (typeof payload.ref === 'string') ref = payload.ref;
  } catch {
    return { ok: false, status: 400, reason: 'the body is not JSON' };
  }
  return { ok: true, provider, event, ...(ref !== undefined ? { ref } : {}) };
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Does a push to `ref` concern a source that follows `branch`/`tag`? */
export function pushConcerns(ref: string | undefined, source: { branch?: string; tag?: string }): boolean {
  if (ref === undefined) return true;
  if (source.tag) return ref === `refs/tags/${source.tag}`;
  return ref === `refs/heads/${source.branch ?? 'main'}`;
}
