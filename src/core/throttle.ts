/** Client-side rate limit and retry with exponential backoff; time is injected so tests run instantly. */

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      }, { once: true });
    }),
};

/**
 * A token bucket, as client-go's: up to `burst` requests start at once, then `perSecond` on average.
 * Waiters are served in order, so a long list of requests cannot starve a later one.
 */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(private readonly perSecond: number, private readonly burst = 1, private readonly clock: Clock = realClock) {
    this.tokens = burst;
    this.last = clock.now();
  }

  async take(signal?: AbortSignal): Promise<void> {
    if (!Number.isFinite(this.perSecond)) return;
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.perSecond) / 1000);
    this.last = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    // In debt: wait until the refill covers this request (later callers queue behind it).
    const wait = (-this.tokens * 1000) / this.perSecond;
    await this.clock.sleep(wait, signal);
  }
}

export interface RetryOptions {
  attempts: number;
  baseMs: number;
  maxMs: number;
  retryable: (error: unknown) => boolean;
  clock?: Clock;
  signal?: AbortSignal;
}

export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? realClock;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= options.attempts || !options.retryable(error) || options.signal?.aborted) throw error;
      await clock.sleep(Math.min(options.maxMs, options.baseMs * 2 ** (attempt - 1)), options.signal);
    }
  }
}

/** Runs `work` over items with at most `limit` in flight; stops starting new items once `signal` aborts. */
export async function boundedEach<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, runner));
}
