import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskProgress } from '../api/types.js';
import type { Order } from '../canonical/index.js';
import { sampleOrder } from '../canonical/samples.js';
import { evaluateThreads } from './evaluate.js';
import { NORTHWIND, storeWorkspace, type StoreWorkspace } from './inputs.test-support.js';

let ws: StoreWorkspace;
beforeEach(() => {
  ws = storeWorkspace();
});
afterEach(() => ws.cleanup());

const NOW = '2026-11-21T12:00:00.000Z';
const THREAD = `order:${NORTHWIND}:4500012345`;

function erpOrder(quantity: string): Order {
  const order: Order = { ...structuredClone(sampleOrder), source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-778812' }, orderNumber: 'SO-778812' };
  order.lines[0]!.quantity = { value: quantity, uom: 'CA' };
  return order;
}

const openQty = () => ws.db.prepare("SELECT count(*) FROM mismatches WHERE thread_key = ? AND type = 'qty-mismatch' AND present = 1 AND status = 'open'").pluck().get(THREAD) as number;

describe('a partner profile change', () => {
  it("re-checks the partner's threads in the background: a wider quantity tolerance clears the mismatch it covers, a narrower one finds it again", async () => {
    const order = ws.store(sampleOrder);
    const json = JSON.stringify(erpOrder('9'));
    ws.db
      .prepare(
        `INSERT INTO source_records (side, connector, stream, record_id, kind, partner_id, content_hash, canonical_json, po_number, order_number, received_at, updated_at)
         VALUES ('erp', 'erp', 'sales-orders', 'SO-778812', 'order', ?, ?, ?, '4500012345', 'SO-778812', '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:00.000Z')`,
      )
      .run(NORTHWIND, json, json);
    const record = ws.db.prepare("SELECT id FROM source_records WHERE record_id = 'SO-778812'").pluck().get() as number;
    evaluateThreads(ws.core.context, [{ documentIds: [order] }, { recordIds: [record] }], { now: NOW });
    // ordered 10 CA, the ERP has 9
    expect(openQty()).toBe(1);

    const finished = () => new Promise<TaskProgress>((resolve) => ws.core.on('task.progress', (progress) => progress.kind === 'reconcile' && progress.state !== 'running' && resolve(progress)));
    let done = finished();
    const saved = await ws.core.invoke('partners.update', { partnerId: NORTHWIND, profile: { tolerances: { pricePercent: null, quantityUnits: null, quantityPercent: '15' } } });
    expect(saved.ok).toBe(true);
    expect(await done).toMatchObject({ state: 'finished', label: 'Re-checking Northwind Retail under its changed profile' });
    expect(openQty()).toBe(0);

    done = finished();
    await ws.core.invoke('partners.update', { partnerId: NORTHWIND, profile: { tolerances: { pricePercent: null, quantityUnits: null, quantityPercent: '5' } } });
    await done;
    expect(openQty()).toBe(1);
  });
});
