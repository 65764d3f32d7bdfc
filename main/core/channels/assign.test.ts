import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchived } from '../ingest/archive.js';
import { processArchivedFile } from '../ingest/process-file.js';
import { receive } from '../ingest/receive.js';
import { ingestStoreFor, type FileRow } from '../ingest/store.js';
import { canonicalStoreFor } from '../mapping-store/canonical-store.js';
import { mappingWorkspace, unwrap, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import { assignFilePartner } from './assign.js';
import { channelPartner, csvOrdersMap, publishMap, webOrdersCsv } from './testing.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

const partnersOf = (fileId: number) => ws.db.prepare('SELECT DISTINCT partner_id FROM documents WHERE file_id = ?').pluck().all(fileId);
const state = (fileId: number) => ws.db.prepare('SELECT state FROM files WHERE id = ?').pluck().get(fileId);

function reprocess(fileId: number) {
  const file = ingestStoreFor(ws.db).fileById.get(fileId) as FileRow;
  return processArchivedFile(ws.core.context, file, readArchived(ws.core.context.workspace.folders.archive, file.archive_path));
}

function quarantinedFile(): number {
  const outcome = receive(ws.core.context, { name: 'orders.csv', path: null, bytes: Buffer.from(webOrdersCsv()), source: 'upload' });
  expect(outcome.kind).toBe('quarantined');
  if (outcome.kind !== 'quarantined') throw new Error('expected a quarantined file');
  return outcome.processed.fileId;
}

describe('assigning a channel file to its partner', () => {
  it('settles a file two maps fit; the assignment survives re-processing and clearing it quarantines the file again', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const field = await channelPartner(ws, 'Field reps', 'field-sales');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    const repsMap = publishMap(ws, field, 'csv', 'rep-orders', csvOrdersMap);
    const fileId = quarantinedFile();

    const assigned = assignFilePartner(ws.core.context, fileId, field, 'coordinator');
    expect(assigned).toMatchObject({ quarantined: false, documents: 3 });
    expect(partnersOf(fileId)).toEqual([field]);
    const first = ws.db.prepare('SELECT id FROM documents WHERE file_id = ? ORDER BY ordinal LIMIT 1').pluck().get(fileId) as number;
    expect(canonicalStoreFor(ws.db).get(first)).toMatchObject({ map: { origin: 'partner', mapId: repsMap }, document: { channel: 'field-sales', partner: { id: field } } });
    expect(ws.db.prepare("SELECT actor FROM audit_log WHERE subject = ? AND action = 'channels.file-partner'").pluck().all(`file:${fileId}`)).toEqual(['coordinator']);

    expect(reprocess(fileId).quarantined).toBe(false);
    expect(partnersOf(fileId)).toEqual([field]);

    expect(assignFilePartner(ws.core.context, fileId, null, 'coordinator').quarantined).toBe(true);
    expect(state(fileId)).toBe('quarantined');
    expect(partnersOf(fileId)).toEqual([]);
  });

  it('quarantines a file assigned to a partner without maps, and follows the partner into a merge', async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const other = await channelPartner(ws, 'Other shop', 'ecommerce');
    const fresh = await channelPartner(ws, 'New shop', 'ecommerce');
    publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
    publishMap(ws, other, 'csv', 'other-orders', csvOrdersMap);
    const fileId = quarantinedFile();
    // built-in maps are where a partner's map starts, not maps that apply (as for EDI ingest)
    expect(assignFilePartner(ws.core.context, fileId, fresh, 'coordinator').reason).toContain(`assigned to partner ${fresh}, which has no published CSV or JSON map`);
    expect(state(fileId)).toBe('quarantined');

    unwrap(await ws.core.invoke('partners.merge', { from: fresh, into: other }));
    expect(reprocess(fileId).quarantined).toBe(false);
    expect(partnersOf(fileId)).toEqual([other]);
    expect(ws.db.prepare('SELECT DISTINCT type FROM documents WHERE file_id = ?').pluck().all(fileId)).toEqual(['other-orders']);
  });

  it("quarantines a file only a workspace map fits (it names no partner); assigned, it is mapped with that map", async () => {
    const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
    const workspaceMap = publishMap(ws, null, 'csv', 'web-orders', csvOrdersMap);
    const fileId = quarantinedFile();
    expect(ws.db.prepare('SELECT quarantine_reason FROM files WHERE id = ?').pluck().get(fileId)).toContain("Only workspace CSV map 'web-orders' v1 fits it, which names no partner");
    expect(assignFilePartner(ws.core.context, fileId, shop, 'coordinator')).toMatchObject({ quarantined: false, documents: 3 });
    const document = ws.db.prepare('SELECT id FROM documents WHERE file_id = ? LIMIT 1').pluck().get(fileId) as number;
    expect(canonicalStoreFor(ws.db).get(document)).toMatchObject({ partnerId: shop, map: { origin: 'workspace', mapId: workspaceMap } });
  });

  it('refuses an unknown file or partner', async () => {
    expect(() => assignFilePartner(ws.core.context, 999, null, 'x')).toThrow(/no file 999/);
    await channelPartner(ws, 'Webshop', 'ecommerce');
    const fileId = quarantinedFile();
    expect(() => assignFilePartner(ws.core.context, fileId, 999, 'x')).toThrow(/no partner 999/);
  });
});
