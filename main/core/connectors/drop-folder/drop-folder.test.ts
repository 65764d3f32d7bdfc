import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../../core.js';
import { connectorFactories } from '../factories.js';
import type { ConnectorDeps } from '../instances.js';
import { syncConnector } from '../runner.js';
import { MemorySecretStore } from '../secrets.js';
import { addConnector } from '../service.js';
import { listDeadLetters } from '../state.js';
import type { JsonValue } from '../types.js';

const CSV_MAP = {
  format: 'crossdock-map/1',
  kind: 'shipment',
  source: { standard: 'csv', header: true, groupBy: 'shipment' },
  name: 'WMS shipments export',
  rules: [
    { id: 'role', target: 'role', value: 'warehouse-advice' },
    { id: 'number', target: 'shipmentNumber', from: 'shipment', required: true },
    { id: 'orders', target: 'orders[]', each: 'row()', rules: [{ id: 'po', target: 'poNumber', from: 'po' }] },
    {
      id: 'lines', target: 'lines[]', each: 'rows()', rules: [
        { id: 'sku', target: 'product.sku', from: 'sku' },
        { id: 'qty', target: 'quantity.value', from: 'qty', transform: [{ op: 'decimal' }], required: true },
        { id: 'uom', target: 'quantity.uom', value: 'EA' },
      ],
    },
  ],
};

describe('drop-folder connector', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let drop: ReturnType<typeof makeTempDir>;
  let core: Core;
  const deps: ConnectorDeps = { secrets: new MemorySecretStore(), factories: connectorFactories };
  beforeEach(() => {
    dir = makeTempDir('crossdock-drop-ws-');
    drop = makeTempDir('crossdock-drop-');
    core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli' });
  });
  afterEach(() => {
    core.close();
    dir.cleanup();
    drop.cleanup();
  });

  it('reads each CSV export once by content hash, a changed export again, and dead-letters a bad group', async () => {
    const config = { folder: drop.path, streams: { shipments: { pattern: 'shipments-*.csv', id: 'shipment', map: CSV_MAP } } } as unknown as JsonValue;
    await addConnector(core.context, deps, { name: 'wms-files', kind: 'drop-folder', side: 'wms', config });
    writeFileSync(join(drop.path, 'shipments-1.csv'), 'shipment,po,sku,qty\nSH-1,PO-1,A,5\nSH-1,PO-1,B,"1,5"\nSH-2,PO-2,A,3\n');
    writeFileSync(join(drop.path, 'notes.txt'), 'not an export');
    const first = await syncConnector(core.context, deps, { connector: 'wms-files' });
    expect(first).toMatchObject({ status: 'ok', records: 2, inserted: 1, failed: 1 });
    expect(listDeadLetters(core.context.workspace.db, {})[0]).toMatchObject({ recordId: 'SH-1' });
    const stored = core.context.workspace.db.prepare("SELECT side, kind, record_id, canonical_json FROM source_records WHERE connector = 'wms-files'").get() as Record<string, string>;
    expect(stored).toMatchObject({ side: 'wms', kind: 'shipment', record_id: 'SH-2' });
    expect(JSON.parse(stored.canonical_json!).lines).toHaveLength(1);

    // the same content under another name is not read again
    writeFileSync(join(drop.path, 'shipments-2.csv'), 'shipment,po,sku,qty\nSH-1,PO-1,A,5\nSH-1,PO-1,B,"1,5"\nSH-2,PO-2,A,3\n');
    expect(await syncConnector(core.context, deps, { connector: 'wms-files' })).toMatchObject({ status: 'ok', records: 0 });
    // a corrected export is: SH-1 lands (its dead letter is marked replayed), SH-2 unchanged
    writeFileSync(join(drop.path, 'shipments-3.csv'), 'shipment,po,sku,qty\nSH-1,PO-1,A,5\nSH-1,PO-1,B,15\nSH-2,PO-2,A,3\n');
    expect(await syncConnector(core.context, deps, { connector: 'wms-files' })).toMatchObject({ status: 'ok', records: 2, inserted: 1, unchanged: 1, failed: 0 });
    expect(listDeadLetters(core.context.workspace.db, {})).toEqual([]);
    expect(core.context.workspace.db.prepare('SELECT count(*) FROM connector_files').pluck().get()).toBe(2);
  });

  it('reads JSON exports and reports an unreachable folder as offline', async () => {
    const map = { format: 'crossdock-map/1', kind: 'order', source: { standard: 'json' }, name: 'orders', rules: [
      { id: 'role', target: 'role', value: 'purchase-order' },
      { id: 'po', target: 'poNumber', from: '$.po', required: true },
      { id: 'lines', target: 'lines[]', each: '$.lines[*]', rules: [{ id: 'qty', target: 'quantity.value', from: '$.qty', transform: [{ op: 'decimal' }] }, { id: 'uom', target: 'quantity.uom', value: 'EA' }] },
    ] };
    const config = { folder: drop.path, streams: { 'sales-orders': { pattern: '*.json', records: 'orders', id: 'id', map } } } as unknown as JsonValue;
    await addConnector(core.context, deps, { name: 'erp-files', kind: 'drop-folder', side: 'erp', config });
    writeFileSync(join(drop.path, 'a.json'), JSON.stringify({ orders: [{ id: 'SO-1', po: 'PO-1', lines: [{ qty: 2 }] }, { id: 'SO-2', po: 'PO-2', lines: [{ qty: 1 }] }] }));
    expect(await syncConnector(core.context, deps, { connector: 'erp-files' })).toMatchObject({ status: 'ok', inserted: 2 });
    drop.cleanup();
    expect(await syncConnector(core.context, deps, { connector: 'erp-files' })).toMatchObject({ status: 'offline' });
  });
});
