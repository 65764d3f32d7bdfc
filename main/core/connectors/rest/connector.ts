/**
 * The generic REST/JSON connector: GET <baseUrl><path>?<updated-since>&<pagination>, the records at a JSON path,
 * each mapped with its stream's crossdock-map/1 map. Page state per pagination kind: { page }, { offset },
 * { token }, { url } (Link rel=next) or { updatedAt, recordId } (keyset).
 */
import type { CompiledMap } from '../../mapping/index.js';
import { ConnectorError } from '../errors.js';
import { instantAt, readPath, textAt } from '../json-path.js';
import { compileRecordMap, fieldsReadBy, mapJsonRecord } from '../mapped.js';
import type {
  ConnectionTest,
  Connector,
  ConnectorContext,
  ConnectorFactory,
  ConnectorSettings,
  FetchedPage,
  FetchedRecord,
  JsonValue,
  MappedRecord,
  StreamCursor,
  StreamDefinition,
  StreamName,
} from '../types.js';
import { RestAuthenticator } from './auth.js';
import { restConfigSchema, secretLookingPaths, type RestConfig, type RestStream } from './config.js';

const KINDS: Record<StreamName, StreamDefinition['kinds']> = {
  'sales-orders': ['order'],
  shipments: ['shipment'],
  invoices: ['invoice'],
  inventory: ['inventory'],
  'returns-credits': ['return', 'credit'],
  products: [],
};

interface PreparedStream {
  config: RestStream;
  map?: CompiledMap;
  expected: Set<string>;
}

export class RestConnector implements Connector {
  readonly kind = 'rest';
  readonly name: string;
  readonly side: ConnectorSettings['side'];
  private readonly config: RestConfig;
  private readonly prepared = new Map<StreamName, PreparedStream>();
  private readonly auth: RestAuthenticator;
  readonly watermarkOverlapMs: number;

  constructor(
    settings: ConnectorSettings,
    private readonly context: ConnectorContext,
  ) {
    this.name = settings.name;
    this.side = settings.side;
    this.config = restConfigSchema.parse(settings.config);
    this.watermarkOverlapMs = (this.config.overlapSeconds ?? 0) * 1000;
    for (const [stream, config] of Object.entries(this.config.streams) as [StreamName, RestStream][]) {
      let map: CompiledMap | undefined;
      if (config.map !== undefined) {
        const compiled = compileRecordMap(config.map, `${this.name} ${stream}`);
        if ('error' in compiled) throw new ConnectorError('config', compiled.error);
        map = compiled.map;
      } else if (stream !== 'products' || !config.product) throw new ConnectorError('config', `${this.name} ${stream}: a stream needs a map (crossdock-map/1, source json)`);
      const expected = new Set(config.fields ?? (map ? fieldsReadBy(map) : []));
      this.prepared.set(stream, { config, ...(map ? { map } : {}), expected });
    }
    this.auth = new RestAuthenticator(this.config.auth, context.secrets, context.http, context.clock);
  }

  streams(): StreamDefinition[] {
    return [...this.prepared.entries()].map(([name, { config }]) => ({
      name,
      kinds: KINDS[name],
      incremental: config.updatedSince ? 'updated-since' : 'full',
      pagination: config.pagination.type === 'none' ? 'none' : config.pagination.type,
    }));
  }

  async test(signal: AbortSignal): Promise<ConnectionTest> {
    const streams: NonNullable<ConnectionTest['streams']> = [];
    for (const [stream] of this.prepared) {
      const started = this.context.clock.now();
      try {
        const page = await this.fetchPage(stream, { since: null, page: null }, signal, 1);
        streams.push({ stream, ok: true, message: `${page.records.length} record(s) on a first page of 1 in ${this.context.clock.now() - started} ms` });
      } catch (error) {
        streams.push({ stream, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
    const ok = streams.length > 0 && streams.every((stream) => stream.ok);
    return { ok, message: ok ? `${this.config.baseUrl}: every stream answered` : streams.find((stream) => !stream.ok)?.message ?? 'no streams configured', streams };
  }

  async fetchPage(stream: StreamName, cursor: StreamCursor, signal: AbortSignal, sizeOverride?: number): Promise<FetchedPage> {
    const prepared = this.prepared.get(stream);
    if (!prepared) throw new ConnectorError('config', `${this.name} has no stream '${stream}'`);
    const { config } = prepared;
    const pagination = config.pagination;
    const state = (cursor.page ?? {}) as Record<string, JsonValue>;
    let url: URL;
    if (pagination.type === 'link-header' && typeof state.url === 'string') url = new URL(state.url);
    else {
      url = new URL(config.path.replace(/^\//, ''), this.config.baseUrl.endsWith('/') ? this.config.baseUrl : `${this.config.baseUrl}/`);
      for (const [key, value] of Object.entries(config.query ?? {})) url.searchParams.set(key, value);
      const keyset = pagination.type === 'keyset' && typeof state.updatedAt === 'string' ? { updatedAt: state.updatedAt, recordId: String(state.recordId) } : cursor.since;
      if (config.updatedSince && keyset) url.searchParams.set(config.updatedSince.param, formatInstant(keyset.updatedAt, config.updatedSince.format));
      const size = sizeOverride ?? ('size' in pagination ? pagination.size : undefined);
      if ('sizeParam' in pagination && pagination.sizeParam && size !== undefined) url.searchParams.set(pagination.sizeParam, String(size));
      if (pagination.type === 'page') url.searchParams.set(pagination.param, String(typeof state.page === 'number' ? state.page : pagination.start));
      if (pagination.type === 'offset') url.searchParams.set(pagination.param, String(typeof state.offset === 'number' ? state.offset : 0));
      if (pagination.type === 'cursor-token' && typeof state.token === 'string') url.searchParams.set(pagination.param, state.token);
      if (pagination.type === 'keyset' && keyset) url.searchParams.set(pagination.idParam, keyset.recordId);
    }
    const response = await this.get(url.toString(), signal);
    const list = readPath(response.value, config.records);
    if (!Array.isArray(list)) throw new ConnectorError('protocol', `${url.pathname}: no record list at '${config.records || '$'}' in the answer`);
    const records: FetchedRecord[] = list.map((raw: unknown, index) => {
      const recordId = textAt(raw, config.id);
      if (recordId === null) throw new ConnectorError('protocol', `${url.pathname}: record ${index} has no id at '${config.id}'`);
      return { recordId, updatedAt: config.updatedAt ? instantAt(raw, config.updatedAt) : null, raw: raw as JsonValue };
    });
    const size = sizeOverride ?? ('size' in pagination ? pagination.size : undefined);
    const full = size !== undefined && records.length >= size;
    switch (pagination.type) {
      case 'none':
        return { records, nextPage: null, done: true };
      case 'page': {
        const current = typeof state.page === 'number' ? state.page : pagination.start;
        return { records, nextPage: full ? { page: current + 1 } : null, done: !full };
      }
      case 'offset': {
        const current = typeof state.offset === 'number' ? state.offset : 0;
        return { records, nextPage: full ? { offset: current + records.length } : null, done: !full };
      }
      case 'cursor-token': {
        const token = textAt(response.value, pagination.tokenPath);
        return { records, nextPage: token ? { token } : null, done: !token || records.length === 0 };
      }
      case 'link-header': {
        const next = nextLink(response.link, url.toString());
        return { records, nextPage: next ? { url: next } : null, done: !next };
      }
      case 'keyset': {
        const last = records.at(-1);
        if (!full || !last || last.updatedAt === null) return { records, nextPage: null, done: true };
        return { records, nextPage: { updatedAt: last.updatedAt, recordId: last.recordId }, done: false };
      }
    }
  }

  toCanonical(stream: StreamName, record: FetchedRecord): MappedRecord {
    const prepared = this.prepared.get(stream);
    if (!prepared) return { status: 'failed', reason: `no stream '${stream}'`, warnings: [] };
    const known = [prepared.config.id, ...(prepared.config.updatedAt ? [prepared.config.updatedAt] : [])].map((path) => path.replace(/^\$\./, '').split('.')[0]!);
    if (!prepared.map && prepared.config.product) {
      const product = prepared.config.product;
      const sku = textAt(record.raw, product.sku);
      if (!sku) return { status: 'failed', reason: `no SKU at '${product.sku}'`, warnings: [] };
      const description = product.description ? textAt(record.raw, product.description) : null;
      const gtin = product.gtin ? textAt(record.raw, product.gtin) : null;
      const uom = product.uom ? textAt(record.raw, product.uom) : null;
      return { status: 'product', product: { sku, ...(description ? { description } : {}), ...(gtin ? { gtin } : {}), ...(uom ? { uom } : {}) }, warnings: [] };
    }
    return mapJsonRecord(prepared.map!, record.raw, prepared.expected, known, this.config.channel);
  }

  private async get(url: string, signal: AbortSignal): Promise<{ value: unknown; link: string | null }> {
    for (let attempt = 0; ; attempt++) {
      try {
        const headers = { ...this.config.headers, ...(await this.auth.headers(signal)) };
        const { value, response } = await this.context.http.json<unknown>({ url, headers, signal, ...(this.config.timeoutMs ? { timeoutMs: this.config.timeoutMs } : {}) });
        return { value, link: response.headers.get('link') };
      } catch (error) {
        // An expired or revoked OAuth token: fetch a new one once.
        if (attempt === 0 && error instanceof ConnectorError && error.kind === 'auth' && error.detail.status === 401 && this.auth.invalidate()) continue;
        throw error;
      }
    }
  }
}

function formatInstant(iso: string, format: 'iso' | 'epoch-seconds' | 'epoch-ms'): string {
  if (format === 'iso') return iso;
  const ms = Date.parse(iso);
  return String(format === 'epoch-ms' ? ms : Math.floor(ms / 1000));
}

/** The rel="next" target of an RFC 8288 Link header, resolved against the request URL. */
export function nextLink(header: string | null, base: string): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    if (match && /(^|;)\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return new URL(match[1]!, base).toString();
  }
  return null;
}

export const restConnectorFactory: ConnectorFactory = {
  kind: 'rest',
  secretKeys: ['token', 'password', 'apiKey', 'clientSecret'],
  validate(config) {
    const problems = secretLookingPaths(config).map((path) => `'${path}' looks like a credential: store it as a secret, not in the settings`);
    const parsed = restConfigSchema.safeParse(config);
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`));
    return problems;
  },
  create: (settings, context) => new RestConnector(settings, context),
};
