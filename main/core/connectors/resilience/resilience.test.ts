import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultServer } from '../../../../test/helpers/fault-server.js';
import { ConnectorError } from '../errors.js';
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from './backoff.js';
import { CircuitBreaker } from './circuit.js';
import { ManualClock } from './clock.js';
import { createHttpClient } from './http.js';
import { TokenBucket } from './rate-limit.js';

describe('backoff and Retry-After', () => {
  it('full jitter stays within [0, min(cap, base * 2^n))', () => {
    const policy = { ...DEFAULT_BACKOFF, baseMs: 100, capMs: 1000 };
    expect(backoffDelay(0, policy, () => 0.999)).toBe(99);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(400);
    expect(backoffDelay(10, policy, () => 0.999)).toBe(999);
    expect(backoffDelay(4, policy, () => 0)).toBe(0);
  });
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 10:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('token bucket and circuit breaker', () => {
  it('paces requests at the configured rate after the burst', async () => {
    const clock = new ManualClock(0);
    const bucket = new TokenBucket(10, 2, clock);
    for (let i = 0; i < 12; i++) await bucket.take();
    // 2 from the burst, then 10 more at 10/s: about one second of waiting
    expect(clock.now()).toBeGreaterThanOrEqual(1000);
    expect(clock.now()).toBeLessThan(1100);
  });
  it('opens after N consecutive failures and lets one probe through after the cooldown', () => {
    const clock = new ManualClock(0);
    const breaker = new CircuitBreaker(clock, 3, 1000);
    breaker.failure();
    breaker.failure();
    expect(breaker.allow()).toBe(true);
    breaker.failure();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);
    clock.advance(1000);
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false);
    breaker.failure();
    expect(breaker.state).toBe('open');
    clock.advance(1000);
    expect(breaker.allow()).toBe(true);
    breaker.success();
    expect(breaker.state).toBe('closed');
  });
});

describe('resilient HTTP client against a real HTTP server', () => {
  const server = new FaultServer();
  beforeAll(async () => {
    await server.start();
    server.set('/orders', [{ id: 'A', updated_at: '2026-01-01T00:00:00Z' }]);
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    server.faults.length = 0;
    server.log.length = 0;
  });

  it('retries 500s with backoff and returns the eventual answer', async () => {
    const clock = new ManualClock(0);
    const http = createHttpClient({ clock, random: () => 0.5 });
    server.inject({ type: 'status', status: 500 }, { type: 'status', status: 503 });
    const { value } = await http.json<{ data: unknown[] }>({ url: `${server.url}/orders` });
    expect(value.data).toHaveLength(1);
    expect(server.log).toHaveLength(3);
    expect(clock.sleeps).toEqual([125, 250]);
  });

  it('honours Retry-After on 429, in seconds and as an HTTP date', async () => {
    const clock = new ManualClock(Date.parse('2026-11-28T10:00:00Z'));
    const http = createHttpClient({ clock });
    server.inject({ type: 'status', status: 429, retryAfter: '4' }, { type: 'status', status: 429, retryAfter: 'Sat, 28 Nov 2026 10:00:10 GMT' });
    await http.json({ url: `${server.url}/orders` });
    expect(clock.sleeps).toEqual([4000, 6000]);
    // 429 is pacing, not failure: the circuit stays closed
    expect(http.breaker.state).toBe('closed');
  });

  it('times out a hanging server and retries', async () => {
    const clock = new ManualClock(0);
    const http = createHttpClient({ clock, timeoutMs: 100, random: () => 0 });
    server.inject({ type: 'hang', ms: 400 });
    const started = Date.now();
    const { value } = await http.json<{ data: unknown[] }>({ url: `${server.url}/orders` });
    expect(value.data).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(390);
    expect(server.log.map((entry) => entry.fault ?? 'ok')).toEqual(['hang', 'ok']);
  });

  it('asks again after truncated JSON and a connection dropped mid-body', async () => {
    const http = createHttpClient({ clock: new ManualClock(0) });
    server.inject({ type: 'truncate' }, { type: 'drop' });
    const { value } = await http.json<{ data: unknown[] }>({ url: `${server.url}/orders` });
    expect(value.data).toHaveLength(1);
    expect(server.log.map((entry) => entry.fault ?? 'ok')).toEqual(['truncate', 'drop', 'ok']);
  });

  it('gives up after the retries with a typed error, and opens the circuit', async () => {
    const clock = new ManualClock(0);
    const http = createHttpClient({ clock, backoff: { retries: 2 }, breakerThreshold: 3, breakerCooldownMs: 60_000 });
    server.inject(...Array.from({ length: 3 }, () => ({ type: 'status' as const, status: 500 })));
    const failure = await http.json({ url: `${server.url}/orders` }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('http');
    expect((failure as ConnectorError).detail.status).toBe(500);
    const refused = await http.json({ url: `${server.url}/orders` }).catch((error: unknown) => error);
    expect((refused as ConnectorError).kind).toBe('circuit-open');
    expect((refused as ConnectorError).offline).toBe(true);
    expect(server.log).toHaveLength(3);
  });

  it('reports an unreachable host as a network error (offline)', async () => {
    const http = createHttpClient({ clock: new ManualClock(0), backoff: { retries: 1 } });
    const failure = (await http.json({ url: 'http://127.0.0.1:1/orders' }).catch((error: unknown) => error)) as ConnectorError;
    expect(failure.kind).toBe('network');
    expect(failure.offline).toBe(true);
  });

  it('maps 401 to an auth error without retrying', async () => {
    const http = createHttpClient({ clock: new ManualClock(0) });
    server.inject({ type: 'status', status: 401 });
    const failure = (await http.json({ url: `${server.url}/orders` }).catch((error: unknown) => error)) as ConnectorError;
    expect(failure.kind).toBe('auth');
    expect(server.log).toHaveLength(1);
  });
});
