import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Order } from '../canonical/index.js';
import { sampleOrder } from '../canonical/samples.js';
import { catalogItemsOf } from './catalog-items.js';
import { evaluateThreads } from './evaluate.js';
import { erpSampleOrder, NORTHWIND, putErpOrder, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-11-21T12:00:00.000Z';
const THREAD = `order:${NORTHWIND}:4500012345`;
// a UPC-A the partner's profile has no cross-reference for; the ERP sells it as SKU BOLT-8
const UPC = '614141999996';

function partnerOrderByUpc(): Order {
  const order = structuredClone(sampleOrder);
  order.lines[1]!.product = { upc: UPC };
  return order;
}

function erpOrder(): Order {
  const order = erpSampleOrder();
  order.lines[1]!.product = { sku: 'BOLT-8' };
  return order;
}

function catalog(sku: string, gtin: string): void {
  ws.db
    .prepare(`INSERT INTO connector_products (connector, record_id, sku, description, gtin, content_hash, updated_at) VALUES ('erp', ?, ?, 'Hex bolt M8', ?, 'h', '2026-11-20T09:00:00.000Z')`)
    .run(sku, sku, gtin);
}

// no ack was sent for the order in this workspace: that one is not about the lines
const openLineMismatches = () => ws.db.prepare("SELECT type FROM mismatches WHERE thread_key = ? AND present = 1 AND status = 'open' AND type <> 'ack-missing' ORDER BY type").pluck().all(THREAD) as string[];

describe('the ERP catalog as the workspace item look-up', () => {
  it('matches a partner line named only by UPC to the ERP line of the catalog SKU; without the catalog they stand apart', () => {
    const order = ws.store(partnerOrderByUpc());
    const record = putErpOrder(ws.db, erpOrder());
    evaluateThreads(ws.core.context, [{ documentIds: [order] }, { recordIds: [record] }], { now: NOW });
    // each side's line 2 has no partner on the other: ordered 24 against nothing, twice
    expect(openLineMismatches()).toEqual(['qty-mismatch', 'qty-mismatch']);

    // the catalog writes it as GTIN-14; the partner sent UPC-A: the same item
    catalog('BOLT-8', `00${UPC}`);
    evaluateThreads(ws.core.context, { threadKey: THREAD }, { now: NOW });
    expect(openLineMismatches()).toEqual([]);
  });

  it('finds a GTIN written 8, 12, 13 or 14 digits long, and nothing for what is not a GTIN', () => {
    catalog('BOLT-8', UPC);
    const items = catalogItemsOf(ws.db);
    for (const written of [UPC, `0${UPC}`, `00${UPC}`]) expect(items.itemBy({ gtin: written })?.sku).toBe('BOLT-8');
    expect(items.itemBy({ gtin: '614141999997' })).toBeUndefined();
    expect(items.itemBy({ gtin: 'NOT-A-GTIN' })).toBeUndefined();
    expect(items.itemBy({ sku: 'BOLT-8' })).toBeUndefined();
    catalog('EIGHT', '96385074');
    expect(catalogItemsOf(ws.db).itemBy({ gtin: '00000096385074' })?.sku).toBe('EIGHT');
  });
});
