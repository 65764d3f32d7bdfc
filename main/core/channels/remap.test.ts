import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receive } from '../ingest/receive.js';
import { canonicalStoreFor } from '../mapping-store/canonical-store.js';
import { mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import { reprocessChannelFiles } from './remap.js';
import { channelPartner, csvOrdersMap, publishMap, webOrdersCsv } from './testing.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

const notes = () =>
  (ws.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]).map((id) => (canonicalStoreFor(ws.db).get(id)?.document as { notes?: string[] }).notes ?? []);

describe('re-mapping channel documents after a map is published', () => {
  it("re-maps the partner's files with the new version, and quarantines a file the next version no longer fits", async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    for (const prefix of ['A', 'B']) expect(receive(ws.core.context, { name: `${prefix}.csv`, path: null, bytes: Buffer.from(webOrdersCsv(prefix)), source: 'upload' }).kind).toBe('ingested');
    expect(notes()).toEqual(Array(6).fill([]));

    publishMap(ws, shop, 'csv', 'shopify-orders', { ...structuredClone(csvOrdersMap), rules: [...structuredClone(csvOrdersMap.rules), { id: 'tag', target: 'notes[]', value: 'v2' }] });
    expect(reprocessChannelFiles(ws.core.context, { partnerId: shop, standard: 'csv', type: 'shopify-orders' })).toEqual({ files: 2, documents: 6, quarantined: 0, unreadable: 0 });
    expect(notes()).toEqual(Array(6).fill(['v2']));

    publishMap(ws, shop, 'csv', 'shopify-orders', { ...structuredClone(csvOrdersMap), rules: [...structuredClone(csvOrdersMap.rules), { id: 'channel-ref', target: 'notes[]', from: 'channel_ref' }] });
    expect(reprocessChannelFiles(ws.core.context, { partnerId: null, standard: 'csv', type: 'shopify-orders' })).toMatchObject({ files: 2, documents: 0, quarantined: 2 });
    expect(ws.db.prepare("SELECT quarantine_reason FROM files WHERE state = 'quarantined'").pluck().all()).toEqual(Array(2).fill(expect.stringContaining('the header lacks channel_ref')));
  });
});

describe('publishing a CSV map through the contract', () => {
  it("re-claims the partner's channel files in the publish task (they have no transactions to read back)", async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    expect(receive(ws.core.context, { name: 'A.csv', path: null, bytes: Buffer.from(webOrdersCsv('A')), source: 'upload' }).kind).toBe('ingested');
    const definition = { ...structuredClone(csvOrdersMap), rules: [...structuredClone(csvOrdersMap.rules), { id: 'tag', target: 'notes[]', value: 'published' }] };
    const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: shop, standard: 'csv', type: 'shopify-orders', definition: definition as unknown as Record<string, unknown> }));
    const progress = await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: draft.map.id })).taskId);
    expect(progress.state).toBe('finished');
    expect(notes()).toEqual(Array(3).fill(['published']));
  });
});
