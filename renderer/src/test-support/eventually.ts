import { vi } from 'vitest';

/** Retries an assertion until it holds; generous, because CI machines run many test files at once. */
export function eventually<T>(assertion: () => T): Promise<T> {
  return vi.waitFor(assertion, { timeout: 5000, interval: 10 });
}
