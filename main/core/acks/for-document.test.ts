import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { documentAcks } from './for-document.js';
import { functionalAck, invoiceBody, x12Interchange } from './test-fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  core.context.settings.update({ company: { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACMESUPPLY' }], edifactIds: [], glns: [] } }, 'test');
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function ingest(text: string): number {
  const outcome = receive(core.context, { name: 'f', path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
  if (outcome.kind !== 'ingested') throw new Error(outcome.kind);
  return outcome.processed.fileId;
}
const documentIds = (fileId: number) => core.context.workspace.db.prepare('SELECT id FROM documents WHERE file_id = ? ORDER BY id').pluck().all(fileId) as number[];
const sentAt = Date.parse('2026-11-15T12:00:00.000Z');

describe('acks of one document', () => {
  it('shows what the partner said about an outbound document, set by set', () => {
    const invoice = ingest(x12Interchange({ sender: 'ACMESUPPLY', receiver: 'BUYERCO', control: '40', groups: [{ functionalId: 'IN', control: '40', transactions: ['0001', '0002'].map((control) => ({ type: '810', control, body: invoiceBody(`INV-${control}`, 'PO-1') })) }] }));
    const [first, second] = documentIds(invoice);
    expect(documentAcks(core.context.workspace.db, first!, 24, new Date(sentAt + 25 * 3_600_000)).received).toMatchObject({ status: 'overdue', ackDocumentId: null, transaction: null, dueAt: '2026-11-16T12:00:00.000Z' });
    const ack = ingest(functionalAck({ sender: 'BUYERCO', receiver: 'ACMESUPPLY', control: '41', ackedFunctionalId: 'IN', ackedGroup: '40', groupStatus: 'P', sets: [{ type: '810', control: '0001', status: 'A' }, { type: '810', control: '0002', status: 'R' }] }));
    const later = new Date(sentAt + 30 * 3_600_000);
    expect(documentAcks(core.context.workspace.db, first!, 24, later)).toMatchObject({ direction: 'outbound', sent: [], received: { status: 'accepted-with-errors', ackDocumentId: documentIds(ack)[0], transaction: { controlNumber: '0001', status: 'accepted' } } });
    expect(documentAcks(core.context.workspace.db, second!, 24, later).received?.transaction).toMatchObject({ controlNumber: '0002', status: 'rejected', codes: ['5'] });
  });

  it('lists the acks we sent for an inbound document, through the contract', async () => {
    const order = ingest(purchaseOrder({ po: 'PO-1', control: '000000007', lines: 1 }));
    const result = await core.invoke('acks.forDocument', { documentId: documentIds(order)[0]! });
    expect(result.ok && result.value).toMatchObject({ direction: 'inbound', received: null, sent: [{ kind: '997', fileName: '997_BUYERCO_000000007_7.x12', outcome: 'accepted' }] });
    const missing = await core.invoke('acks.forDocument', { documentId: 999 });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
  });
});
