import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { archiveBytes } from '../ingest/archive.js';
import { receive, recordReceipt } from '../ingest/receive.js';
import { resumeInterruptedIngest } from '../ingest/resume.js';
import { mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from '../mapping-store/test-workspace.js';
import { channelPartner, csvOrdersMap, publishMap, webOrdersCsv } from './testing.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});
afterEach(() => ws.cleanup());

const partnersOf = (fileId: number) => ws.db.prepare('SELECT DISTINCT partner_id FROM documents WHERE file_id = ?').pluck().all(fileId);
const fileOf = (sha256: string) => ws.db.prepare('SELECT id, state FROM files WHERE sha256 = ?').get(sha256) as { id: number; state: string };
const assignments = (fileId: number) => ws.db.prepare("SELECT detail_json FROM audit_log WHERE subject = ? AND action = 'channels.file-partner'").pluck().all(`file:${fileId}`);

/** Two partners whose published CSV maps both fit webOrdersCsv's header. */
async function twoFittingPartners(): Promise<{ shop: number; field: number }> {
  const shop = await channelPartner(ws, 'Webshop', 'ecommerce');
  const field = await channelPartner(ws, 'Field reps', 'field-sales');
  publishMap(ws, shop, 'csv', 'shopify-orders', csvOrdersMap);
  publishMap(ws, field, 'csv', 'rep-orders', csvOrdersMap);
  return { shop, field };
}

const upload = (text: string, name = 'orders.csv') => ({ name, contentBase64: Buffer.from(text, 'utf8').toString('base64') });

describe('a delivery that names its partner', () => {
  it('quarantines a CSV two partners fit when none is named, and gives it to the named partner when one is', async () => {
    const { field } = await twoFittingPartners();
    const anonymous = receive(ws.core.context, { name: 'a.csv', path: null, bytes: Buffer.from(webOrdersCsv('A')), source: 'upload' });
    expect(anonymous.kind).toBe('quarantined');

    const named = receive(ws.core.context, { name: 'b.csv', path: null, bytes: Buffer.from(webOrdersCsv('B')), source: 'upload', partnerId: field });
    expect(named.kind).toBe('ingested');
    if (named.kind !== 'ingested') return;
    expect(named.processed).toMatchObject({ quarantined: false, documents: 3 });
    expect(partnersOf(named.processed.fileId)).toEqual([field]);
    expect(assignments(named.processed.fileId)).toEqual([JSON.stringify({ partnerId: field })]);
  });

  it('carries the partner through ingest.upload and ingest.paths, and refuses an unknown one', async () => {
    const { shop } = await twoFittingPartners();
    const plain = unwrap(await ws.core.invoke('ingest.upload', { files: [upload(webOrdersCsv('P'))] }));
    expect((await waitForTask(ws.core, plain.taskId)).state).toBe('finished');
    const named = unwrap(await ws.core.invoke('ingest.upload', { files: [upload(webOrdersCsv('N'))], partnerId: shop }));
    expect((await waitForTask(ws.core, named.taskId)).state).toBe('finished');
    const states = ws.db.prepare('SELECT f.state, d.partner_id FROM files f LEFT JOIN documents d ON d.file_id = f.id GROUP BY f.id ORDER BY f.id').all();
    expect(states).toEqual([{ state: 'quarantined', partner_id: null }, { state: 'parsed', partner_id: shop }]);

    const unknown = await ws.core.invoke('ingest.upload', { files: [upload(webOrdersCsv('U'))], partnerId: 999 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await ws.core.invoke('ingest.paths', { paths: ['/nowhere'], source: 'cli', partnerId: 999 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no partner 999/) } });
  });

  it('records the assignment only for a file this delivery processes, and an EDI file keeps its envelope partner', async () => {
    const { shop, field } = await twoFittingPartners();
    const first = receive(ws.core.context, { name: 'o.csv', path: null, bytes: Buffer.from(webOrdersCsv()), source: 'upload', partnerId: shop });
    expect(first.kind).toBe('ingested');
    const again = receive(ws.core.context, { name: 'o.csv', path: null, bytes: Buffer.from(webOrdersCsv()), source: 'upload', partnerId: field });
    expect(again.kind).toBe('duplicate');
    const fileId = fileOf(first.sha256).id;
    expect(assignments(fileId)).toEqual([JSON.stringify({ partnerId: shop })]);
    expect(partnersOf(fileId)).toEqual([shop]);

    const edi = receive(ws.core.context, { name: 'po.x12', path: null, bytes: Buffer.from(purchaseOrder({ po: 'PO-9', control: '000000001', lines: 1, sender: 'ACMEPROD' }), 'latin1'), source: 'upload', partnerId: shop });
    expect(edi.kind).toBe('ingested');
    const ediPartners = partnersOf(fileOf(edi.sha256).id);
    expect(ediPartners).toHaveLength(1);
    expect(ediPartners[0]).not.toBe(shop);
    expect(ws.db.prepare('SELECT name FROM partners WHERE id = ?').pluck().get(ediPartners[0])).toBe('ACMEPROD');
  });

  it('keeps the named partner when the process stops between the receipt and processing', async () => {
    const { field } = await twoFittingPartners();
    const bytes = Buffer.from(webOrdersCsv());
    const delivery = { name: 'o.csv', path: null, bytes, source: 'upload' as const, partnerId: field };
    const receipt = recordReceipt(ws.core.context, delivery, archiveBytes(ws.core.context.workspace.folders.archive, bytes));
    expect(fileOf(receipt.sha256).state).toBe('received');
    expect(resumeInterruptedIngest(ws.core.context)).toBe(1);
    expect(fileOf(receipt.sha256).state).toBe('parsed');
    expect(partnersOf(receipt.file.id)).toEqual([field]);
  });
});
