/** Kubernetes API failures with a typed reason, and whether retrying can help. */
export type KubeReason = 'NotFound' | 'Conflict' | 'Invalid' | 'Forbidden' | 'Unauthorized' | 'TooManyRequests' | 'ServerError' | 'Unavailable' | 'Unknown';

export class KubeError extends Error {
  override name = 'KubeError';
  constructor(
    readonly reason: KubeReason,
    message: string,
    readonly code?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get retryable(): boolean {
    return this.reason === 'TooManyRequests' || this.reason === 'ServerError' || this.reason === 'Unavailable' || this.reason === 'Conflict';
  }
}

const BY_CODE: Record<number, KubeReason> = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 410: 'Conflict', 422: 'Invalid', 429: 'TooManyRequests' };

/** Turns whatever the client library threw into a KubeError (the Status message when the server sent one). */
export function toKubeError(error: unknown): KubeError {
  if (error instanceof KubeError) return error;
  const e = error as { code?: unknown; body?: unknown; message?: string; cause?: { code?: string } };
  if (typeof e.code === 'number') {
    const status = parseStatus(e.body);
    const reason = BY_CODE[e.code] ?? (e.code >= 500 ? 'ServerError' : 'Unknown');
    return new KubeError(reason, status?.message ?? `HTTP ${e.code}`, e.code, { cause: error });
  }
  const network = typeof e.code === 'string' ? e.code : e.cause?.code;
  if (network && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|UND_ERR_SOCKET|UND_ERR_CONNECT_TIMEOUT)$/.test(network)) {
    return new KubeError('Unavailable', `the API server is unreachable (${network})`, undefined, { cause: error });
  }
  if (/fetch failed|socket hang up|ECONNREFUSED|ECONNRESET/i.test(e.message ?? '')) {
    return new KubeError('Unavailable', `the API server is unreachable (${e.message})`, undefined, { cause: error });
  }
  return new KubeError('Unknown', e.message ?? String(error), undefined, { cause: error });
}

function parseStatus(body: unknown): { message?: string; reason?: string } | undefined {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as { message?: string };
    } catch {
      return { message: body };
    }
  }
  return body !== null && typeof body === 'object' ? (body as { message?: string }) : undefined;
}
