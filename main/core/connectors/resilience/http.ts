/**
 * The HTTP client every connector gets: per-attempt timeout, retries of transient failures (network errors,
 * timeouts, 429, 502/503/504/500) with full-jitter backoff that yields to Retry-After, a token-bucket rate limit and
 * a circuit breaker shared by all of one connector's requests. Only idempotent requests are retried.
 */
import type { Clock, HttpClient, HttpRequest, HttpResponse, JsonValue } from '../types.js';
import { ConnectorError } from '../errors.js';
import { DEFAULT_BACKOFF, parseRetryAfter, retryWait, type BackoffPolicy } from './backoff.js';
import { CircuitBreaker } from './circuit.js';
import { systemClock } from './clock.js';
import { TokenBucket } from './rate-limit.js';

export interface HttpClientOptions {
  clock?: Clock;
  /** per attempt, default 30 s */
  timeoutMs?: number;
  backoff?: Partial<BackoffPolicy>;
  rateLimitPerSecond?: number;
  burst?: number;
  breakerThreshold?: number;
  breakerCooldownMs?: number;
  random?: () => number;
  fetch?: typeof fetch;
  log?: (message: string) => void;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);

export interface ResilientHttpClient extends HttpClient {
  readonly breaker: CircuitBreaker;
}

export function createHttpClient(options: HttpClientOptions = {}): ResilientHttpClient {
  const clock = options.clock ?? systemClock;
  const policy: BackoffPolicy = { ...DEFAULT_BACKOFF, ...options.backoff };
  const bucket = new TokenBucket(options.rateLimitPerSecond ?? 0, options.burst ?? Math.max(1, Math.ceil(options.rateLimitPerSecond ?? 1)), clock);
  const breaker = new CircuitBreaker(clock, options.breakerThreshold ?? 5, options.breakerCooldownMs ?? 30_000);
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? (() => undefined);

  async function attempt(request: HttpRequest): Promise<HttpResponse> {
    const timeout = AbortSignal.timeout(request.timeoutMs ?? options.timeoutMs ?? 30_000);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      headers['content-type'] ??= 'application/json';
    }
    try {
      const response = await doFetch(request.url, { method: request.method ?? 'GET', headers, body, signal, redirect: 'follow' });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, url: response.url || request.url };
    } catch (error) {
      if (request.signal?.aborted) throw new ConnectorError('cancelled', 'cancelled');
      if (timeout.aborted) throw new ConnectorError('timeout', `no answer from ${originOf(request.url)} within ${request.timeoutMs ?? options.timeoutMs ?? 30_000} ms`, { url: request.url });
      throw new ConnectorError('network', `${originOf(request.url)} unreachable: ${describe(error)}`, { url: request.url });
    }
  }

  async function request(request: HttpRequest): Promise<HttpResponse> {
    const method = request.method ?? 'GET';
    const retryable = request.idempotent ?? (method === 'GET' || method === 'PUT' || method === 'DELETE');
    for (let tried = 0; ; tried++) {
      if (!breaker.allow()) throw new ConnectorError('circuit-open', `${originOf(request.url)} failed repeatedly; next try in ${Math.ceil(breaker.retryInMs() / 1000)} s`, { url: request.url, retryAfterMs: breaker.retryInMs() });
      await bucket.take(request.signal);
      let response: HttpResponse | undefined;
      let failure: ConnectorError | undefined;
      try {
        response = await attempt(request);
      } catch (error) {
        if (error instanceof ConnectorError && error.kind === 'cancelled') throw error;
        failure = error instanceof ConnectorError ? error : new ConnectorError('network', describe(error));
      }
      const transient = failure !== undefined || RETRYABLE_STATUS.has(response!.status);
      // 429 is the server pacing us, alive and well: it does not count towards opening the circuit.
      if (failure || (response && response.status >= 500)) breaker.failure();
      else breaker.success();
      if (!transient || !retryable || tried >= policy.retries) {
        if (failure) throw failure;
        return response!;
      }
      const retryAfter = response ? parseRetryAfter(response.headers.get('retry-after'), clock.now()) : undefined;
      const wait = retryWait(tried, retryAfter, policy, options.random);
      log(`${method} ${redactUrl(request.url)}: ${failure ? failure.message : `HTTP ${response!.status}`}; retry ${tried + 1}/${policy.retries} in ${wait} ms`);
      await clock.sleep(wait, request.signal);
    }
  }

  async function json<T = JsonValue>(input: HttpRequest): Promise<{ value: T; response: HttpResponse }> {
    // A body cut short (the connection dropped after the headers) parses as invalid JSON: ask again, like a 5xx.
    for (let tried = 0; ; tried++) {
      const response = await request(input);
      if (response.status === 401 || response.status === 403) throw new ConnectorError('auth', `${originOf(input.url)} refused the credentials (HTTP ${response.status})`, { status: response.status, url: input.url });
      if (response.status < 200 || response.status >= 300) {
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), clock.now());
        throw new ConnectorError('http', `${input.method ?? 'GET'} ${redactUrl(input.url)}: HTTP ${response.status}${snippet(response.text)}`, { status: response.status, url: input.url, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) });
      }
      try {
        return { value: JSON.parse(response.text) as T, response };
      } catch (error) {
        if (tried < Math.min(2, policy.retries)) {
          await clock.sleep(retryWait(tried, undefined, policy, options.random), input.signal);
          continue;
        }
        throw new ConnectorError('protocol', `${redactUrl(input.url)} sent invalid JSON (${describe(error)})`, { url: input.url });
      }
    }
  }

  return { request, json, breaker };
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the server';
  }
}

/** Query strings may carry API keys: logs and errors show the path only. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}${parsed.search ? '?…' : ''}`;
  } catch {
    return '(invalid url)';
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

function snippet(text: string): string {
  const trimmed = text.trim().slice(0, 160);
  return trimmed ? `: ${trimmed}` : '';
}
