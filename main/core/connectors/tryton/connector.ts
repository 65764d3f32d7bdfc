/**
 * The Tryton 6.0 connector: sales, customer shipments, customer invoices and credit notes, customer returns
 * (incremental on write_date/create_date with an id tiebreak, keyset pages by id) and stock per warehouse (read in
 * full each run; the runner keeps only positions that changed) and the item catalog (products, also in full). Fetching
 * and mapping only; the runner owns state.
 */
import { validateCanonical } from '../../canonical/index.js';
import { ConnectorError } from '../errors.js';
import type { ConnectionTest, Connector, ConnectorContext, ConnectorSettings, FetchedPage, FetchedRecord, JsonValue, MappedRecord, StreamCursor, StreamDefinition, StreamName } from '../types.js';
import { TrytonClient, type TrytonRecord } from './client.js';
import type { TrytonConfig } from './config.js';
import { changedSince, STOCK_PRODUCT_FIELDS, STREAM_QUERIES } from './fields.js';
import { invoiceToDocument, returnShipmentToReturn } from './map-billing.js';
import { DEFAULT_UOMS, updatedAtOf, type TrytonMapOptions } from './map-common.js';
import { saleToOrder, shipmentToShipment } from './map-orders.js';
import { productToFacts } from './map-products.js';
import { stockRecordId, stockToInventory, type StockRecord } from './map-stock.js';
import { encodeDatetime } from './values.js';

const STREAMS: readonly StreamDefinition[] = [
  { name: 'sales-orders', kinds: ['order'], incremental: 'updated-since', pagination: 'keyset' },
  { name: 'shipments', kinds: ['shipment'], incremental: 'updated-since', pagination: 'keyset' },
  { name: 'invoices', kinds: ['invoice', 'credit'], incremental: 'updated-since', pagination: 'keyset' },
  { name: 'returns-credits', kinds: ['return'], incremental: 'updated-since', pagination: 'keyset' },
  { name: 'inventory', kinds: ['inventory'], incremental: 'full', pagination: 'keyset' },
  // read in full: adding an identifier does not touch the product's write_date; unchanged products store nothing
  { name: 'products', kinds: [], incremental: 'full', pagination: 'keyset' },
];

interface KeysetPage {
  afterId: number;
  /** inventory only: which of the warehouses (sorted by id) is being read */
  warehouse?: number;
}

export class TrytonConnector implements Connector {
  readonly kind = 'tryton';
  readonly name: string;
  readonly side;
  readonly client: TrytonClient;
  private readonly mapOptions: TrytonMapOptions;
  private readonly pageSize: number;
  readonly watermarkOverlapMs: number;

  constructor(
    settings: ConnectorSettings,
    private readonly config: TrytonConfig,
    context: ConnectorContext,
  ) {
    this.name = settings.name;
    this.side = settings.side;
    this.pageSize = config.pageSize;
    this.watermarkOverlapMs = config.overlapSeconds * 1000;
    this.client = new TrytonClient({
      baseUrl: config.url,
      database: config.database,
      username: config.username,
      password: () => context.secrets.get('password'),
      http: context.http,
      now: () => context.clock.now(),
      log: (message) => context.log(message),
    });
    this.mapOptions = { connector: settings.name, channel: config.channel, uoms: { ...DEFAULT_UOMS, ...config.uoms }, partners: config.partners };
  }

  streams(): readonly StreamDefinition[] {
    return STREAMS;
  }

  async test(signal: AbortSignal): Promise<ConnectionTest> {
    const started = Date.now();
    try {
      const version = await this.client.version(signal);
      await this.client.login(signal);
      const [sale] = await this.client.searchRead('sale.sale', { domain: [], fields: ['number'], limit: 1, signal });
      return { ok: true, message: `Tryton ${version}, database ${this.config.database}: logged in as ${this.config.username}, sales readable (${sale ? 'found one' : 'none yet'}) in ${Date.now() - started} ms` };
    } catch (error) {
      if (error instanceof ConnectorError) return { ok: false, message: error.message };
      throw error;
    }
  }

  async fetchPage(stream: StreamName, cursor: StreamCursor, signal: AbortSignal): Promise<FetchedPage> {
    if (stream === 'inventory') return this.fetchStock(cursor, signal);
    const query = STREAM_QUERIES[stream];
    if (!query) throw new ConnectorError('config', `the Tryton connector has no ${stream} stream`);
    const page = keysetOf(cursor.page);
    const since = cursor.since && stream !== 'products' ? { updatedAt: encodeDatetime(cursor.since.updatedAt), id: Number(cursor.since.recordId) || 0 } : null;
    const rows = await this.client.searchRead(query.model, {
      domain: [...query.domain, ...changedSince(since), ['id', '>', page.afterId]],
      fields: query.fields,
      limit: this.pageSize,
      order: [['id', 'ASC']],
      signal,
    });
    const records: FetchedRecord[] = rows.map((row) => ({ recordId: String(row.id), updatedAt: updatedAtOf(row), raw: row }));
    const lastId = rows.at(-1)?.id;
    return { records, nextPage: typeof lastId === 'number' ? { afterId: lastId } : null, done: rows.length < this.pageSize };
  }

  toCanonical(stream: StreamName, record: FetchedRecord): MappedRecord {
    if (!record.raw || typeof record.raw !== 'object' || Array.isArray(record.raw)) return { status: 'failed', reason: 'the raw record is not an object', warnings: [] };
    const raw = record.raw as TrytonRecord;
    const mapped = this.map(stream, raw, record.recordId);
    if (mapped.status !== 'document') return mapped;
    const validation = validateCanonical(mapped.document);
    if (validation.ok) return { ...mapped, document: validation.document };
    return { status: 'failed', reason: `not a valid canonical ${mapped.document.kind}: ${validation.issues.map((issue) => `${issue.pathText}: ${issue.message}`).join('; ')}`, warnings: mapped.warnings };
  }

  private map(stream: StreamName, raw: TrytonRecord, recordId: string): MappedRecord {
    switch (stream) {
      case 'sales-orders':
        return saleToOrder(raw, recordId, this.mapOptions);
      case 'shipments':
        return shipmentToShipment(raw, recordId, this.mapOptions);
      case 'invoices':
        return invoiceToDocument(raw, recordId, this.mapOptions);
      case 'returns-credits':
        return returnShipmentToReturn(raw, recordId, this.mapOptions);
      case 'inventory':
        return stockToInventory(raw as unknown as StockRecord, recordId, this.mapOptions);
      case 'products':
        return productToFacts(raw, this.mapOptions);
      default:
        return { status: 'failed', reason: `the Tryton connector has no ${stream} stream`, warnings: [] };
    }
  }

  /** Each warehouse in turn (id order), its goods' quantities read with the warehouse as location context. */
  private async fetchStock(cursor: StreamCursor, signal: AbortSignal): Promise<FetchedPage> {
    const page = keysetOf(cursor.page);
    const warehouses = (await this.client.searchRead('stock.location', { domain: [['type', '=', 'warehouse'], ...(this.config.warehouses ? [['code', 'in', this.config.warehouses]] : [])], fields: ['code', 'name'], order: [['id', 'ASC']], signal })).filter(
      (row): row is TrytonRecord & { id: number } => typeof row.id === 'number',
    );
    const index = page.warehouse ?? 0;
    const warehouse = warehouses[index];
    if (!warehouse) return { records: [], nextPage: null, done: true };
    const rows = await this.client.searchRead('product.product', {
      domain: [['type', '=', 'goods'], ['id', '>', page.afterId]],
      fields: STOCK_PRODUCT_FIELDS,
      limit: this.pageSize,
      order: [['id', 'ASC']],
      context: { locations: [warehouse.id], with_childs: true },
      signal,
    });
    const where = { id: warehouse.id, code: typeof warehouse.code === 'string' ? warehouse.code : String(warehouse.id), ...(typeof warehouse.name === 'string' ? { name: warehouse.name } : {}) };
    const records: FetchedRecord[] = rows.map((row) => ({ recordId: stockRecordId(warehouse.id, Number(row.id)), updatedAt: null, raw: { warehouse: where, product: row } as unknown as JsonValue }));
    const lastId = rows.at(-1)?.id;
    if (rows.length === this.pageSize && typeof lastId === 'number') return { records, nextPage: { warehouse: index, afterId: lastId }, done: false };
    const last = index + 1 >= warehouses.length;
    return { records, nextPage: last ? null : { warehouse: index + 1, afterId: 0 }, done: last };
  }
}

function keysetOf(page: JsonValue | null): KeysetPage {
  if (page && typeof page === 'object' && !Array.isArray(page) && typeof page.afterId === 'number') {
    return { afterId: page.afterId, ...(typeof page.warehouse === 'number' ? { warehouse: page.warehouse } : {}) };
  }
  return { afterId: 0 };
}
