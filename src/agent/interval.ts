/** Go-style durations ("5m", "1h30m", "45s") and the jittered delay before the next poll. */
export function parseDuration(text: string): number {
  const match = /^((?:\d+(?:\.\d+)?(?:h|m|s|ms))+)$/.exec(text.trim());
  if (!match) throw new Error(`invalid duration "${text}"; use e.g. 30s, 5m, 1h30m`);
  let ms = 0;
  for (const [, value, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)) {
    ms += Number(value) * ({ h: 3_600_000, m: 60_000, s: 1000, ms: 1 } as Record<string, number>)[unit!]!;
  }
  return ms;
}

/** Spreads polls of many agents: interval ± up to `fraction` of it, from `random` in [0, 1). */
export function jittered(intervalMs: number, fraction: number, random: () => number = Math.random): number {
  return Math.max(1000, Math.round(intervalMs * (1 + fraction * (2 * random() - 1))));
}
