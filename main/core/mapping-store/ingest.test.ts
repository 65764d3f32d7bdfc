/** The ingest hook: every stored transaction of a type with a map gets its canonical row in the same transaction. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { x12Interchange } from '../acks/test-fixtures.js';
import { canonicalStoreFor } from './canonical-store.js';
import { default850With, mappingWorkspace, unwrap, waitForTask, type MappingWorkspace } from './test-workspace.js';

let ws: MappingWorkspace;
beforeEach(() => {
  ws = mappingWorkspace();
});

/** Ingest maps with published maps only: the 850 default, published for the whole workspace. */
async function publishWorkspace850(): Promise<number> {
  const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: null, standard: 'x12', type: '850', definition: default850With() as unknown as Record<string, unknown> }));
  await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: draft.map.id })).taskId);
  return draft.map.id;
}
afterEach(() => ws.cleanup());

const row = (documentId: number) => canonicalStoreFor(ws.db).get(documentId)!;

/** An 850 and an 810 in one group, plus a 997 group: one file, three transactions. */
function mixedFile(po: string, control: string): string {
  return x12Interchange({
    sender: 'BUYERCO',
    receiver: 'ACMESUPPLY',
    control,
    groups: [
      { functionalId: 'PO', control: '1', transactions: [{ type: '850', control: '0001', body: [`BEG*00*SA*${po}**20261115`, 'N1*ST*BUYER DC 7*92*0007', 'PO1*1*10*EA*9.50**VN*SKU-100', 'CTT*1'] }] },
      { functionalId: 'FA', control: '2', transactions: [{ type: '997', control: '0002', body: ['AK1*IN*7', 'AK9*A*1*1*1'] }] },
    ],
  });
}

describe('ingest maps each transaction', () => {
  it('maps nothing while no map is published (a built-in default is where a map starts, not one that applies)', async () => {
    ws.ingest(purchaseOrder({ po: 'PO-0', control: '000000009', lines: 1 }));
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents').pluck().get()).toBe(0);
    expect(unwrap(await ws.core.invoke('canonical.get', { documentId: ws.documentId('PO-0') }))).toMatchObject({ status: 'unmapped' });
  });

  it('stores the canonical document of a mapped type with its keys, and none for a type without a map', async () => {
    const workspaceMap = await publishWorkspace850();
    ws.ingest(mixedFile('PO-100', '000000001'));
    const po = ws.db.prepare("SELECT id FROM documents WHERE type = '850'").pluck().get() as number;
    const ack = ws.db.prepare("SELECT id FROM documents WHERE type = '997'").pluck().get() as number;
    expect(row(po)).toMatchObject({ status: 'ok', kind: 'order', map: { origin: 'workspace', mapId: workspaceMap, version: 1 }, document: { poNumber: 'PO-100', source: { kind: 'edi', type: '850', controlNumber: '0001' } } });
    const keys = ws.db.prepare('SELECT partner_id, po_number, document_date FROM canonical_documents WHERE document_id = ?').get(po);
    expect(keys).toEqual({ partner_id: ws.partnerId('BUYERCO'), po_number: 'PO-100', document_date: '2026-11-15' });
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents WHERE document_id = ?').pluck().get(ack)).toBe(0);
    expect(unwrap(await ws.core.invoke('canonical.get', { documentId: ack }))).toMatchObject({ status: 'unmapped', document: null });
  });

  it('stores mapping errors as a status with the rule and segment, not as an ingest failure', async () => {
    await publishWorkspace850();
    ws.ingest(purchaseOrder({ po: 'PO-BAD', control: '000000002', lines: 2 }).replace('PO1*2*20*EA', 'PO1*2*TWENTY*EA'));
    const stored = row(ws.documentId('PO-BAD'));
    expect(stored.status).toBe('errors');
    expect(stored.issues.find((issue) => issue.severity === 'error')).toMatchObject({ ruleId: 'line-quantity', segment: { tag: 'PO1', index: 4 } });
    expect(ws.db.prepare('SELECT error_count FROM canonical_documents WHERE document_id = ?').pluck().get(ws.documentId('PO-BAD'))).toBeGreaterThan(0);
  });

  it("uses the partner's published map for files ingested after publishing", async () => {
    await publishWorkspace850();
    ws.ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }), 'first.x12');
    const buyer = ws.partnerId('BUYERCO');
    const draft = unwrap(await ws.core.invoke('maps.saveDraft', { partnerId: buyer, standard: 'x12', type: '850', definition: default850With({ id: 'tag', target: 'notes[]', value: 'partner' }) as unknown as Record<string, unknown> }));
    await waitForTask(ws.core, unwrap(await ws.core.invoke('maps.publish', { id: draft.map.id })).taskId);
    ws.ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }), 'second.x12');
    expect(row(ws.documentId('PO-2'))).toMatchObject({ map: { origin: 'partner', mapId: draft.map.id, version: 1 }, document: { notes: ['partner'] } });
    // another sender is not this partner: the workspace map
    ws.ingest(purchaseOrder({ po: 'PO-3', control: '000000003', lines: 1, sender: 'OTHERCO' }), 'third.x12');
    expect(row(ws.documentId('PO-3')).map?.origin).toBe('workspace');
  });

  it('re-processing a file replaces its canonical rows with its documents (no orphans)', async () => {
    await publishWorkspace850();
    const fileId = ws.ingest(purchaseOrder({ po: 'PO-R', control: '000000001', lines: 3 }));
    const mappedAt = row(ws.documentId('PO-R')).mappedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const { taskId } = unwrap(await ws.core.invoke('files.reprocess', { fileIds: [fileId] }));
    await waitForTask(ws.core, taskId);
    const after = ws.documentId('PO-R');
    expect(row(after).status).toBe('ok');
    expect(row(after).mappedAt).not.toBe(mappedAt);
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents c LEFT JOIN documents d ON d.id = c.document_id WHERE d.id IS NULL').pluck().get()).toBe(0);
    expect(ws.db.prepare('SELECT count(*) FROM canonical_documents').pluck().get()).toBe(1);
  });
});
