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

/** At most `perSecond` starts per second, spread evenly. */
export class RateLimiter {
  private next = 0;

  constructor(private readonly perSecond: number, private readonly clock: Clock = realClock) {}

  async take(signal?: AbortSignal): Promise<void> {
    const now = this.clock.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await this.clock.sleep(at - now, signal);
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
