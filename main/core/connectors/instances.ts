/**
 * Building connector instances from their stored settings: the kind's factory, one resilient HTTP client per
 * connector (its rate limit and circuit breaker persist across runs in this process), its secrets, the clock.
 */
import type Database from 'better-sqlite3';
import type { ConnectorRow } from './state.js';
import { ConnectorError } from './errors.js';
import { createHttpClient, type HttpClientOptions, type ResilientHttpClient } from './resilience/http.js';
import { systemClock } from './resilience/clock.js';
import { secretsFor, type SecretStore } from './secrets.js';
import type { Clock, Connector, ConnectorFactory } from './types.js';

export interface ConnectorDeps {
  secrets: SecretStore;
  factories: ReadonlyMap<string, ConnectorFactory>;
  clock?: Clock;
  /** overrides for tests and the benchmark (timeouts, backoff, random) */
  http?: HttpClientOptions;
  log?: (connector: string, message: string) => void;
}

const clients = new Map<string, { key: string; client: ResilientHttpClient }>();

export function httpClientFor(row: ConnectorRow, deps: ConnectorDeps): ResilientHttpClient {
  // createdAt tells a re-added connector (or another workspace's of the same name) from the one this client served.
  const key = JSON.stringify([row.createdAt, row.rateLimitPerSecond ?? 0, deps.clock === undefined]);
  const cached = clients.get(row.name);
  if (cached && cached.key === key && deps.http === undefined) return cached.client;
  const client = createHttpClient({
    clock: deps.clock ?? systemClock,
    rateLimitPerSecond: row.rateLimitPerSecond ?? 0,
    log: (message) => deps.log?.(row.name, message),
    ...deps.http,
  });
  clients.set(row.name, { key, client });
  return client;
}

export function createConnector(row: ConnectorRow, deps: ConnectorDeps, db?: Database.Database): Connector {
  const factory = deps.factories.get(row.kind);
  if (!factory) throw new ConnectorError('config', `no connector kind '${row.kind}' (known: ${[...deps.factories.keys()].join(', ')})`);
  const problems = factory.validate(row.config);
  if (problems.length > 0) throw new ConnectorError('config', `${row.name}: ${problems.join('; ')}`);
  return factory.create(row, {
    http: httpClientFor(row, deps),
    secrets: secretsFor(deps.secrets, row.name),
    clock: deps.clock ?? systemClock,
    log: (message) => deps.log?.(row.name, message),
    ...(db ? { fileSeen: (sha256: string) => db.prepare('SELECT 1 FROM connector_files WHERE connector = ? AND sha256 = ?').get(row.name, sha256) !== undefined } : {}),
  });
}
