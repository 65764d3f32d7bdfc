/**
 * The connector contract: what a system we poll (an ERP, a WMS, a storefront, a folder of exports) must provide so the
 * framework can sync it incrementally, resumably and politely. Implementations: rest/ (generic REST/JSON, configured),
 * drop-folder/ (CSV/JSON exports), tryton/ (Tryton JSON-RPC). The runner (runner.ts) owns state, transactions,
 * retries of whole pages, dead letters and thread re-evaluation; a connector only fetches and maps.
 */
import type { CanonicalDocument } from '../canonical/index.js';

/** The streams a connector may declare; one cursor and one state row per (connector, stream). */
export const STREAM_NAMES = ['sales-orders', 'shipments', 'invoices', 'inventory', 'returns-credits', 'products'] as const;
export type StreamName = (typeof STREAM_NAMES)[number];

/** Whose word a connector's records are: the reconciliation engine compares the ERP's and the warehouse's view. */
export type ConnectorSide = 'erp' | 'wms';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * The incremental high-water mark: the newest record committed, as (updatedAt, recordId). The next run asks for
 * records updated at or after `updatedAt`; among records with the same instant, `recordId` breaks the tie (a
 * connector that can filter `(updated, id) > (updatedAt, recordId)` does; one that cannot re-reads that instant and
 * the idempotent upsert makes the re-read harmless).
 */
export interface Watermark {
  /** ISO 8601 instant (UTC, 'Z') as the source system gives it */
  updatedAt: string;
  recordId: string;
}

/**
 * Where a stream is. `since` is fixed for the whole run (the watermark the run started from); `page` is the
 * connector's own pagination state inside the run (page number, offset, cursor token, next URL, keyset): null asks
 * for the first page. The runner stores both with every committed page, so after a crash it resumes with the same
 * `since` and the last committed `page`.
 */
export interface StreamCursor {
  since: Watermark | null;
  page: JsonValue | null;
}

/** One record as the source system gave it. */
export interface FetchedRecord {
  /** the source system's id for the record (stable across changes) */
  recordId: string;
  /** the record's last-modified instant (ISO 8601, UTC); null when the source gives none (then the record is only deduplicated by content) */
  updatedAt: string | null;
  /** the payload as received (JSON-compatible); stored beside the canonical document and in dead letters */
  raw: JsonValue;
}

export interface FetchedPage {
  records: FetchedRecord[];
  /** pagination state for the next page; ignored when done */
  nextPage: JsonValue | null;
  /** true when this page was the last of the run */
  done: boolean;
  /** files this page read completely (drop-folder): recorded with the page so each file is read once */
  files?: { sha256: string; name: string }[];
}

/** Schema drift and mapping warnings; kept on the record (source_records.warnings_json), never fatal. */
export interface RecordWarning {
  /** 'missing-field' | 'unknown-field' | 'mapping' | 'type' | … */
  code: string;
  message: string;
  /** a path in the raw record ('lines[2].qty') or the canonical document */
  path?: string;
}

/** Product master data and cross-references (the 'products' stream): no canonical document of its own. */
export interface ProductFacts {
  sku: string;
  description?: string;
  gtin?: string;
  /** other identifiers the source knows the product by: buyer part numbers per customer, vendor parts, UPC… */
  identifiers?: { scheme: string; value: string; partner?: string }[];
  uom?: string;
}

/** What one raw record becomes. 'failed' goes to the dead-letter list with its reason (replayable after a map fix). */
export type MappedRecord =
  | { status: 'document'; document: CanonicalDocument; warnings: RecordWarning[] }
  | { status: 'product'; product: ProductFacts; warnings: RecordWarning[] }
  /** deliberately not reconciled (a draft quotation, a cancelled record the source keeps); counted, not stored */
  | { status: 'ignored'; reason: string }
  | { status: 'failed'; reason: string; warnings: RecordWarning[] };

export type PaginationKind = 'page' | 'offset' | 'cursor-token' | 'link-header' | 'keyset' | 'files' | 'none';

export interface StreamDefinition {
  name: StreamName;
  /** the canonical kinds its records become (for the UI and the runner's checks) */
  kinds: readonly CanonicalDocument['kind'][];
  /** 'updated-since': the source filters by watermark; 'full': every run reads everything (deduplicated by content) */
  incremental: 'updated-since' | 'full';
  pagination: PaginationKind;
}

export interface ConnectionTest {
  ok: boolean;
  /** what was checked and what came back, for the UI ('GET /orders?limit=1: 200 in 84 ms') */
  message: string;
  /** per stream when the connector probes each */
  streams?: { stream: StreamName; ok: boolean; message: string }[];
}

/**
 * A configured connector instance. Created by a ConnectorFactory from its stored config and the context (HTTP client
 * with retries, rate limit and circuit breaker; secrets; clock). Must not touch the workspace database.
 */
export interface Connector {
  /** the instance's unique name in the workspace ('tryton', 'wms-rest'); also source.connector on its documents */
  readonly name: string;
  readonly kind: string;
  readonly side: ConnectorSide;
  streams(): readonly StreamDefinition[];
  /** a cheap authenticated probe; never throws for an expected failure (ok: false with a message instead) */
  test(signal: AbortSignal): Promise<ConnectionTest>;
  /**
   * One page of records changed since `cursor.since`, ordered oldest first where the source can order. Throws a
   * ConnectorError (errors.ts) on failure; the runner retries the same cursor, so fetchPage must not keep state that
   * a retry would skip.
   */
  fetchPage(stream: StreamName, cursor: StreamCursor, signal: AbortSignal): Promise<FetchedPage>;
  /**
   * How far before its watermark an incremental run starts reading (ms; default 0). A source that stamps a record
   * when its transaction starts (Tryton's write_date) can commit a change stamped before a newer record the last run
   * already saw; re-reading this window picks it up, and the idempotent upsert makes the re-read harmless.
   */
  readonly watermarkOverlapMs?: number;
  /** Pure: the raw record as a canonical document (source: { kind: 'connector', connector: name, stream, recordId }). */
  toCanonical(stream: StreamName, record: FetchedRecord): MappedRecord;
  close?(): Promise<void>;
}

/** Resilient HTTP for connectors (http.ts): timeout, retries with backoff honouring Retry-After, rate limit, breaker. */
export interface HttpRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  /** a string is sent as is; anything else as JSON */
  body?: string | JsonValue;
  signal?: AbortSignal;
  /** per-attempt timeout in ms (default: the client's) */
  timeoutMs?: number;
  /** POST/PUT are retried only when this says the call is safe to repeat (JSON-RPC reads are) */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  url: string;
}

export interface HttpClient {
  /** Resolves with any status the retry policy gives up on or accepts (2xx–4xx); throws ConnectorError for network, timeout, open circuit. */
  request(request: HttpRequest): Promise<HttpResponse>;
  /** request + 2xx check + JSON.parse; truncated or invalid JSON throws ConnectorError('protocol') */
  json<T = JsonValue>(request: HttpRequest): Promise<{ value: T; response: HttpResponse }>;
}

/** Read-only access to the connector's secrets (secrets.ts); values never reach the database, logs or exports. */
export interface ConnectorSecrets {
  get(key: string): Promise<string | undefined>;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export interface ConnectorContext {
  http: HttpClient;
  secrets: ConnectorSecrets;
  clock: Clock;
  /** diagnostic lines for the run log (never pass secrets) */
  log(message: string): void;
  /** whether a file with this content hash was already read by this connector (drop-folder) */
  fileSeen?(sha256: string): boolean;
}

/** Stored connector settings: the kind's own config (validated by its schema), never secrets. */
export interface ConnectorSettings {
  name: string;
  kind: string;
  side: ConnectorSide;
  config: JsonValue;
  /** requests per second (token bucket); 0 = unlimited */
  rateLimitPerSecond?: number;
}

export interface ConnectorFactory {
  kind: string;
  /** the secret keys this kind reads ('password', 'token', 'clientSecret'), for the CLI and UI prompts */
  secretKeys: readonly string[];
  /** validates settings.config; returns readable problems, or none */
  validate(config: JsonValue): string[];
  create(settings: ConnectorSettings, context: ConnectorContext): Connector;
}
