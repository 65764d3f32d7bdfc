/**
 * How long to wait before retrying: exponential backoff with full jitter (a random wait in [0, min(cap, base·2^n)],
 * which spreads a crowd of clients better than equal or decorrelated jitter), unless the server said when
 * (Retry-After in seconds or as an HTTP date), which wins — capped, so a hostile header cannot park a sync for a day.
 */
export interface BackoffPolicy {
  /** retries after the first attempt */
  retries: number;
  baseMs: number;
  capMs: number;
  /** the longest Retry-After honoured */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { retries: 5, baseMs: 250, capMs: 30_000, maxRetryAfterMs: 120_000 };

/** attempt: 0 for the first retry. random: [0, 1). */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Retry-After as milliseconds from now, or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

export function retryWait(attempt: number, retryAfterMs: number | undefined, policy: BackoffPolicy, random?: () => number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return backoffDelay(attempt, policy, random);
}
