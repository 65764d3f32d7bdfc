/** Wall-clock time and sleeping behind an interface, so retry, rate-limit and breaker tests run without real waits. */
import type { Clock } from '../types.js';
import { ConnectorError } from '../errors.js';

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => abortableSleep(ms, signal),
};

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const cancelled = () => new ConnectorError('cancelled', 'cancelled');

/** A clock for tests: sleeping advances time instantly and records what was slept. */
export class ManualClock implements Clock {
  readonly sleeps: number[] = [];
  constructor(private current = 0) {}
  now(): number {
    return this.current;
  }
  advance(ms: number): void {
    this.current += ms;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelled());
    this.sleeps.push(ms);
    this.current += Math.max(0, ms);
    return Promise.resolve();
  }
}
