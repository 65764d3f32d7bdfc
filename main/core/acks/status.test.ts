import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { listOutboundAcks, outboundQuery, type StatusFilter } from './status.js';
import { contrl, edifactInterchange, functionalAck, invoiceBody, x12Interchange } from './test-fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let events: { partnerIds: number[]; sent: number; statusChanges: number }[];
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  core.context.settings.update({ company: { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACMESUPPLY' }], edifactIds: [{ qualifier: '14', id: '5098765000018' }], glns: [] } }, 'test');
  events = [];
  core.on('acks.changed', (payload) => events.push(payload));
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function ingest(text: string): number {
  const outcome = receive(core.context, { name: 'f', path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
  if (outcome.kind !== 'ingested') throw new Error(`not ingested: ${outcome.kind}`);
  return outcome.processed.fileId;
}

/** Our invoice to BUYERCO in group IN <gs06>, dated 2026-11-15 12:00 in its envelope. */
const ourInvoice = (gs06: string, sets = 1) =>
  x12Interchange({
    sender: 'ACMESUPPLY',
    receiver: 'BUYERCO',
    control: gs06,
    groups: [{ functionalId: 'IN', control: gs06, transactions: Array.from({ length: sets }, (_, index) => ({ type: '810', control: `000${index + 1}`, body: invoiceBody(`INV-${gs06}-${index}`, 'PO-1') })) }],
  });
const theirAck = (control: string, gs06: string, groupStatus: 'A' | 'E' | 'P' | 'R', statuses: ('A' | 'R')[]) =>
  functionalAck({ sender: 'BUYERCO', receiver: 'ACMESUPPLY', control, ackedFunctionalId: 'IN', ackedGroup: gs06, groupStatus, sets: statuses.map((status, index) => ({ type: '810', control: `000${index + 1}`, status })) });

const SENT = Date.parse('2026-11-15T12:00:00.000Z');
const hoursAfterSending = (hours: number) => new Date(SENT + hours * 3_600_000);
const list = (filter: Partial<StatusFilter>, now: Date, hours = 24) => listOutboundAcks(core.context.workspace.db, { offset: 0, limit: 100, ...filter }, hours, now);
const documentId = (fileId: number) => core.context.workspace.db.prepare('SELECT id FROM documents WHERE file_id = ?').pluck().get(fileId) as number;

describe('ack status of our outbound groups', () => {
  it('is pending until the partner acks, then accepted, with the ack document', () => {
    ingest(ourInvoice('900'));
    const pending = list({}, hoursAfterSending(1));
    expect(pending.items).toEqual([expect.objectContaining({ functionalId: 'IN', groupControl: '900', interchangeControl: '000000900', status: 'pending', sentAt: '2026-11-15T12:00:00.000Z', dueAt: '2026-11-16T12:00:00.000Z', ackDocumentId: null })]);
    events.length = 0;
    const ackFile = ingest(theirAck('71', '900', 'A', ['A']));
    const accepted = list({}, hoursAfterSending(1)).items[0]!;
    expect(accepted).toMatchObject({ status: 'accepted', ackDocumentId: documentId(ackFile), transactions: [{ controlNumber: '0001', status: 'accepted' }] });
    expect(events).toEqual([{ partnerIds: [accepted.partnerId], sent: 0, statusChanges: 1 }]);
  });

  it('shows a rejection and which transaction sets were rejected', () => {
    ingest(ourInvoice('901', 2));
    ingest(theirAck('72', '901', 'P', ['A', 'R']));
    ingest(ourInvoice('902'));
    ingest(theirAck('73', '902', 'R', ['R']));
    const items = list({}, hoursAfterSending(1)).items;
    expect(items.map((item) => [item.groupControl, item.status])).toEqual([['902', 'rejected'], ['901', 'accepted-with-errors']]);
    expect(items[1]!.transactions.map((transaction) => transaction.status)).toEqual(['accepted', 'rejected']);
  });

  it('matches an ack that arrived before the copy of our file', () => {
    ingest(theirAck('74', '903', 'A', ['A']));
    ingest(ourInvoice('903'));
    expect(list({}, hoursAfterSending(1)).items[0]!.status).toBe('accepted');
  });

  it('is overdue after the workspace hours, or the partner own hours, by the clock it is given', async () => {
    ingest(ourInvoice('904'));
    expect(list({ status: 'pending' }, hoursAfterSending(23.9)).total).toBe(1);
    expect(list({ status: 'overdue' }, hoursAfterSending(23.9)).total).toBe(0);
    expect(list({ status: 'overdue' }, hoursAfterSending(24)).items[0]).toMatchObject({ groupControl: '904', status: 'overdue' });
    expect(list({ status: 'pending' }, hoursAfterSending(24)).total).toBe(0);
    const partnerId = list({}, hoursAfterSending(0)).items[0]!.partnerId;
    const set = await core.invoke('partners.ackPolicy.set', { partnerId, ackOverdueHours: 2 });
    expect(set.ok && set.value.effectiveOverdueHours).toBe(2);
    expect(list({ status: 'overdue' }, hoursAfterSending(2.5)).items[0]).toMatchObject({ status: 'overdue', dueAt: '2026-11-15T14:00:00.000Z' });
    // an ack ends it, however late
    ingest(theirAck('75', '904', 'A', ['A']));
    expect(list({ status: 'overdue' }, hoursAfterSending(100)).total).toBe(0);
    expect(list({ status: 'accepted' }, hoursAfterSending(100)).total).toBe(1);
  });

  it('matches a CONTRL to our EDIFACT interchange by its reference', () => {
    const invoic = (reference: string) => ({ type: 'INVOIC', reference, body: ['BGM+380+INV1+9', 'DTM+137:20261115:102'] });
    ingest(edifactInterchange({ sender: '5098765000018', receiver: '5412345000013', reference: 'OUT-1', messages: [invoic('1'), invoic('2')] }));
    ingest(contrl({ sender: '5412345000013', receiver: '5098765000018', reference: 'C1', ackedReference: 'OUT-1', action: '7', messages: [{ reference: '1', type: 'INVOIC', action: '7' }, { reference: '2', type: 'INVOIC', action: '4' }] }));
    expect(list({}, hoursAfterSending(1)).items).toEqual([expect.objectContaining({ standard: 'edifact', interchangeControl: 'OUT-1', groupControl: '', status: 'accepted-with-errors' })]);
  });

  it('keeps the status, quietly, when the ack file is re-processed', async () => {
    ingest(ourInvoice('905'));
    const ackFile = ingest(theirAck('76', '905', 'A', ['A']));
    events.length = 0;
    const done = new Promise<void>((resolve) => core.on('task.progress', (progress) => progress.state === 'finished' && resolve()));
    await core.invoke('files.reprocess', { fileIds: [ackFile] });
    await done;
    expect(list({}, hoursAfterSending(1)).items[0]).toMatchObject({ status: 'accepted', ackDocumentId: documentId(ackFile) });
    expect(events).toEqual([]);
  });

  it('pages and filters through the contract', async () => {
    for (const gs06 of ['910', '911', '912']) ingest(ourInvoice(gs06));
    ingest(theirAck('80', '911', 'A', ['A']));
    const page = await core.invoke('acks.status', { limit: 2, offset: 0 });
    expect(page.ok && page.value.total).toBe(3);
    expect(page.ok && page.value.items).toHaveLength(2);
    // the envelopes are dated 2026-11-15: by now the unacknowledged ones are overdue
    const overdue = await core.invoke('acks.status', { status: 'overdue' });
    expect(overdue.ok && overdue.value.items.map((item) => item.groupControl).sort()).toEqual(['910', '912']);
    const bad = await core.invoke('acks.status', { status: 'lost' } as never);
    expect(bad.ok).toBe(false);
  });
});

describe('ack status reads', () => {
  it('uses an index for every filter, in the order it lists', () => {
    const filters: Partial<StatusFilter>[] = [{}, { partnerId: 1 }, { status: 'accepted' }, { status: 'overdue' }, { partnerId: 1, status: 'pending' }];
    for (const filter of filters) {
      const query = outboundQuery({ offset: 0, limit: 10, ...filter }, new Map([[1, 4]]), 24, hoursAfterSending(1));
      const plan = (core.context.workspace.db.prepare(`EXPLAIN QUERY PLAN ${query.pageSql}`).all(query.pageParameters) as { detail: string }[]).map((row) => row.detail).join(' | ');
      expect(plan, JSON.stringify(filter)).toMatch(/(SCAN|SEARCH) oa USING INDEX outbound_acks_/);
      expect(plan, JSON.stringify(filter)).not.toMatch(/TEMP B-TREE/);
    }
  });
});
