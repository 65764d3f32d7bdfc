import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { purchaseOrder } from '../../../test/helpers/x12-samples.js';
import { parseEdi, type Segment } from '../../../parsers/index.js';
import { createCore, type Core } from '../core.js';
import { archiveBytes } from '../ingest/archive.js';
import { runBatchAsync, sourcesFromBuffers } from '../ingest/batch.js';
import { receive, receiveArchived } from '../ingest/receive.js';
import { listSentAcks } from './sent.js';
import { edifactInterchange, functionalAck, invoiceBody, orderBody, ordersBody, x12Interchange } from './test-fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
const workspaceDir = () => join(temp.path, 'ws');
const company = { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACMESUPPLY' }], edifactIds: [{ qualifier: '14', id: '5098765000018' }], glns: [] };

function open(): Core {
  const opened = createCore({ workspaceDir: workspaceDir(), create: true, mode: 'test' });
  opened.context.settings.update({ company }, 'test');
  return opened;
}

beforeEach(() => {
  temp = makeTempDir();
  core = open();
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function ingest(text: string, name = 'file.edi'): number {
  const outcome = receive(core.context, { name, path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
  if (outcome.kind !== 'ingested') throw new Error(`not ingested: ${outcome.kind}`);
  return outcome.processed.fileId;
}

const outbox = () => core.context.workspace.folders.outbox;
const outboxFiles = () => readdirSync(outbox()).sort();
const sentRows = () => core.context.workspace.db.prepare('SELECT * FROM acknowledgments_sent ORDER BY id').all() as Record<string, unknown>[];
const partnerId = (name: string) => core.context.workspace.db.prepare('SELECT id FROM partners WHERE name = ?').pluck().get(name) as number;

/** The ack file parsed back: envelope ids and the segments of its one transaction. */
function readAck(name: string) {
  const result = parseEdi(readFileSync(join(outbox(), name)));
  const interchange = result.interchanges[0]!;
  const group = interchange.groups[0]!;
  const segments = group.transactions[0]?.segments ?? [];
  const values = (tag: string): string[][] => segments.filter((segment: Segment) => segment.tag === tag).map((segment) => segment.elements.map((element) => element.join(':')));
  return { result, interchange, group, segments, values };
}

describe('acknowledgments we send', () => {
  it('writes a 997 for an inbound 004010 850, named after what it answers, with AK5 and AK9 accepting it', () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 2 }));
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12']);
    const ack = readAck('997_BUYERCO_000000101_101.x12');
    expect(ack.result.verdict).toBe('ok');
    expect(ack.interchange.sender.id.trim()).toBe('ACMESUPPLY');
    expect(ack.interchange.receiver.id.trim()).toBe('BUYERCO');
    expect(ack.group.functionalId).toBe('FA');
    expect(ack.group.transactions[0]!.type).toBe('997');
    expect(ack.values('AK1')).toEqual([['PO', '101']]);
    expect(ack.values('AK2')).toEqual([['850', '0001']]);
    expect(ack.values('AK5')).toEqual([['A']]);
    expect(ack.values('AK9')).toEqual([['A', '1', '1', '1']]);
    expect(sentRows()).toEqual([
      expect.objectContaining({
        kind: '997', status: 'written', outcome: 'accepted', acknowledged_interchange: '000000101', acknowledged_group: '101', functional_id: 'PO',
        interchange_control: ack.interchange.controlNumber, group_control: ack.group.controlNumber, transaction_control: ack.group.transactions[0]!.controlNumber,
        file_name: '997_BUYERCO_000000101_101.x12', interchange_ordinal: 0, group_ordinal: 0,
      }),
    ]);
    // no temporary files left behind
    expect(readdirSync(outbox()).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('writes a 999 (IK5) for a 005010 group, and rejects a transaction set whose trailer count is wrong', () => {
    const good = { type: '850', control: '0001', body: orderBody('PO-A') };
    const text = x12Interchange({ sender: 'BUYERCO', receiver: 'ACMESUPPLY', control: '300', version: '00501', groups: [{ functionalId: 'PO', control: '300', version: '005010', transactions: [good, { type: '850', control: '0002', body: orderBody('PO-B') }] }] });
    ingest(text.replace('SE*6*0002', 'SE*9*0002'));
    const [name] = outboxFiles();
    expect(name).toBe('999_BUYERCO_000000300_300.x12');
    const ack = readAck(name!);
    expect(ack.group.transactions[0]!.type).toBe('999');
    expect(ack.values('IK5').map((element) => element[0])).toEqual(['A', 'R']);
    expect(ack.values('AK9')[0]!.slice(0, 4)).toEqual(['P', '2', '2', '1']);
    expect(sentRows()[0]).toMatchObject({ kind: '999', outcome: 'accepted-with-errors' });
  });

  it('writes a CONTRL for an inbound EDIFACT ORDERS', () => {
    ingest(edifactInterchange({ sender: '5412345000013', receiver: '5098765000018', reference: 'ORD42', messages: [{ type: 'ORDERS', reference: 'M1', body: ordersBody('PO-42') }] }));
    expect(outboxFiles()).toEqual(['CONTRL_5412345000013_ORD42.edi']);
    const ack = readAck('CONTRL_5412345000013_ORD42.edi');
    expect(ack.interchange.sender.id).toBe('5098765000018');
    expect(ack.group.transactions[0]!.type).toBe('CONTRL');
    expect(ack.values('UCI')).toEqual([['ORD42', '5412345000013:14', '5098765000018:14', '7']]);
    expect(ack.values('UCM')).toEqual([['M1', 'ORDERS:D:96A:UN', '7']]);
    expect(sentRows()[0]).toMatchObject({ kind: 'CONTRL', group_ordinal: -1, outcome: 'accepted', acknowledged_interchange: 'ORD42' });
  });

  it('writes nothing for our outbound interchanges, for inbound acks, or for a partner whose policy says no', async () => {
    ingest(x12Interchange({ sender: 'ACMESUPPLY', receiver: 'BUYERCO', control: '900', groups: [{ functionalId: 'IN', control: '900', transactions: [{ type: '810', control: '0001', body: invoiceBody('INV-1', 'PO-1') }] }] }));
    ingest(functionalAck({ sender: 'BUYERCO', receiver: 'ACMESUPPLY', control: '77', ackedFunctionalId: 'IN', ackedGroup: '900', groupStatus: 'A', sets: [{ type: '810', control: '0001', status: 'A' }] }));
    ingest(edifactInterchange({ sender: '5412345000013', receiver: '5098765000018', reference: 'C1', messages: [{ type: 'CONTRL', reference: '1', body: ['UCI+OUR1+5098765000018:14+5412345000013:14+7'] }] }));
    expect(outboxFiles()).toEqual([]);
    const policy = await core.invoke('partners.ackPolicy.set', { partnerId: partnerId('BUYERCO'), policy: { generate: false } });
    expect(policy.ok && policy.value.policy.generate).toBe(false);
    ingest(purchaseOrder({ po: 'PO-9', control: '000000009', lines: 1 }));
    expect(outboxFiles()).toEqual([]);
    expect(sentRows()).toEqual([]);
  });

  it('follows the policy: 997 forced for a 005010 group, TA1 always', async () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    await core.invoke('partners.ackPolicy.set', { partnerId: partnerId('BUYERCO'), policy: { kind: '997', ta1: 'always' } });
    ingest(x12Interchange({ sender: 'BUYERCO', receiver: 'ACMESUPPLY', control: '2', version: '00501', groups: [{ functionalId: 'PO', control: '2', version: '005010', transactions: [{ type: '850', control: '0001', body: orderBody('P2') }] }] }));
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000001_1.x12', '997_BUYERCO_000000002_2.x12', 'TA1_BUYERCO_000000002.x12']);
    expect(readAck('997_BUYERCO_000000002_2.x12').group.transactions[0]!.type).toBe('997');
    const ta1 = readFileSync(join(outbox(), 'TA1_BUYERCO_000000002.x12'), 'latin1');
    expect(ta1).toMatch(/TA1\*000000002\*\d{6}\*\d{4}\*A\*000/);
  });

  it('never acknowledges a group twice when its file is re-processed', async () => {
    const fileId = ingest(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-2', control: '000000102', lines: 1 }));
    const before = sentRows();
    const done = new Promise<void>((resolve) => core.on('task.progress', (progress) => progress.state === 'finished' && resolve()));
    const started = await core.invoke('files.reprocess', { fileIds: [fileId] });
    expect(started.ok).toBe(true);
    await done;
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12', '997_BUYERCO_000000102_102.x12']);
    const after = sentRows();
    expect(after.map((row) => row.id)).toEqual(before.map((row) => row.id));
    expect(after.map((row) => row.interchange_control)).toEqual(before.map((row) => row.interchange_control));
    // the ack still points at the group as stored now (re-inserted with a new id)
    const groupId = core.context.workspace.db.prepare('SELECT g.id FROM groups g JOIN interchanges i ON i.id = g.interchange_id WHERE i.file_id = ?').pluck().get(fileId);
    expect(after[0]!.group_id).toBe(groupId);
    expect(after[0]!.group_id).not.toBe(before[0]!.group_id);
  });

  it('continues control numbers per partner after the workspace is reopened, never reusing one', () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1, sender: 'OTHERCO' }));
    core.close();
    core = open();
    ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    const numbers = sentRows().map((row) => [row.acknowledged_interchange, row.interchange_control, row.group_control, row.transaction_control, row.partner_id]);
    const buyer = numbers.filter((row) => row[4] === partnerId('BUYERCO'));
    const other = numbers.filter((row) => row[4] === partnerId('OTHERCO'));
    expect(buyer.map((row) => row[1])).toEqual(['000000001', '000000002']);
    expect(buyer.map((row) => row[2])).toEqual(['1', '2']);
    expect(buyer.map((row) => row[3])).toEqual(['0001', '0002']);
    expect(other.map((row) => row[1])).toEqual(['000000001']);
    // what is in the files agrees with what was recorded
    const written = outboxFiles().map((name) => readAck(name).interchange.controlNumber);
    expect(written.sort()).toEqual(['000000001', '000000001', '000000002']);
  });

  it('names a second ack for a reused interchange and group number apart instead of overwriting the first', () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000005', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-2', control: '000000005', lines: 2 }));
    expect(outboxFiles()).toHaveLength(2);
    expect(outboxFiles()[0]).toBe('997_BUYERCO_000000005_5.x12');
    expect(outboxFiles()[1]).toMatch(/^997_BUYERCO_000000005_5_\d{9}\.x12$/);
    for (const name of outboxFiles()) expect(existsSync(join(outbox(), name))).toBe(true);
  });

  it('lists the acks it sent through the contract, newest first, by partner', async () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-3', control: '000000003', lines: 1, sender: 'OTHERCO' }));
    const all = await core.invoke('acks.sent', { limit: 2 });
    expect(all.ok && all.value.total).toBe(3);
    expect(all.ok && all.value.items.map((item) => item.fileName)).toEqual(['997_OTHERCO_000000003_3.x12', '997_BUYERCO_000000002_2.x12']);
    const buyer = await core.invoke('acks.sent', { partnerId: partnerId('BUYERCO'), offset: 1 });
    expect(buyer.ok && buyer.value).toMatchObject({ total: 2, items: [{ fileName: '997_BUYERCO_000000001_1.x12', kind: '997', status: 'written', outcome: 'accepted', acknowledgedInterchange: '000000001', acknowledgedGroup: '1', functionalId: 'PO', interchangeControl: '000000001', partnerName: 'BUYERCO' }] });
  });

  it('emits acks.changed when it writes acks', () => {
    const seen: unknown[] = [];
    core.on('acks.changed', (payload) => seen.push(payload));
    ingest(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    expect(seen).toEqual([{ partnerIds: [partnerId('BUYERCO')], sent: 1, statusChanges: 0 }]);
  });
});

describe('ack control numbers', () => {
  it('start again at 1 after 999999999 instead of writing a number ISA13 cannot hold', () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    core.context.workspace.db.prepare('UPDATE ack_counters SET last_interchange = 999999999, last_group = 999999998').run();
    ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    ingest(purchaseOrder({ po: 'PO-3', control: '000000003', lines: 1 }));
    expect(sentRows().map((row) => [row.interchange_control, row.group_control])).toEqual([
      ['000000001', '1'],
      ['000000001', '999999999'],
      ['000000002', '1'],
    ]);
  });
});

describe('ack files and crashes', () => {
  it('writes the same ack again, with the same numbers and name, when a crash lost the transaction that recorded it', () => {
    ingest(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    const [first] = sentRows();
    const original = readFileSync(join(outbox(), '997_BUYERCO_000000101_101.x12'), 'latin1');
    // what a kill before the commit leaves: the ack file, but neither its record nor the counters nor the file's rows
    core.context.workspace.db.exec(`DELETE FROM acknowledgments_sent; UPDATE ack_counters SET last_interchange = 0, last_group = 0, last_transaction = 0;
      DELETE FROM outbound_acks; DELETE FROM documents; DELETE FROM groups; DELETE FROM interchanges; UPDATE files SET state = 'received'`);
    core.close();
    core = open();
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12']);
    const [again] = sentRows();
    expect([again!.interchange_control, again!.group_control, again!.transaction_control]).toEqual([first!.interchange_control, first!.group_control, first!.transaction_control]);
    // the same ack but for its time stamp
    const stamp = /\*\d{6}\*\d{4}\*|\*\d{8}\*\d{4}\*/g;
    expect(readFileSync(join(outbox(), '997_BUYERCO_000000101_101.x12'), 'latin1').replace(stamp, '*')).toBe(original.replace(stamp, '*'));
  });

  it('records a failed write and writes the ack with the next file once outbox/ is usable again', () => {
    rmSync(outbox(), { recursive: true });
    writeFileSync(outbox(), 'not a folder');
    ingest(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    expect(sentRows()).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringMatching(/ENOTDIR|EEXIST|not a directory/i) })]);
    rmSync(outbox());
    ingest(purchaseOrder({ po: 'PO-2', control: '000000002', lines: 1 }));
    expect(sentRows().map((row) => [row.file_name, row.status])).toEqual([
      ['997_BUYERCO_000000001_1.x12', 'written'],
      ['997_BUYERCO_000000002_2.x12', 'written'],
    ]);
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000001_1.x12', '997_BUYERCO_000000002_2.x12']);
  });

  /** What a kill between the storing commit and the ack write leaves: the file stored, its ack recorded, no ack file. */
  function storeWithoutWritingAcks(text: string): void {
    const bytes = Buffer.from(text, 'latin1');
    const archived = archiveBytes(core.context.workspace.folders.archive, bytes);
    const outcome = receiveArchived(core.context, { name: 'f', path: null, bytes, source: 'upload' }, archived);
    expect(outcome.kind).toBe('ingested');
  }

  it('writes an ack recorded before a crash that came before its file was written, once, when the workspace opens again', () => {
    storeWithoutWritingAcks(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    expect(sentRows().map((row) => row.status)).toEqual(['pending']);
    expect(outboxFiles()).toEqual([]);
    core.close();
    core = open();
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12']);
    expect(sentRows().map((row) => [row.file_name, row.status])).toEqual([['997_BUYERCO_000000101_101.x12', 'written']]);
    expect(readFileSync(join(outbox(), '997_BUYERCO_000000101_101.x12'), 'latin1')).toBe(sentRows()[0]!.content);
    // opening again finds nothing left to write and leaves the file alone
    core.close();
    core = open();
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12']);
  });

  it('shows no written time until the ack is written, and marking it written keeps the row the same size', () => {
    storeWithoutWritingAcks(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    const db = core.context.workspace.db;
    const rowBytes = () => core.context.workspace.db.prepare('SELECT length(written_at) + length(status) + ifnull(length(error), 0) FROM acknowledgments_sent').pluck().get() as number;
    const pending = listSentAcks(db, { offset: 0, limit: 10 }).items;
    expect(pending.map((ack) => [ack.status, ack.writtenAt])).toEqual([['pending', null]]);
    const before = rowBytes();
    core.close();
    core = open();
    const [written] = listSentAcks(core.context.workspace.db, { offset: 0, limit: 10 }).items;
    expect(written!.status).toBe('written');
    expect(Date.parse(written!.writtenAt ?? '')).toBeGreaterThanOrEqual(Date.parse(written!.createdAt));
    expect(rowBytes()).toBe(before);
  });

  it('rewrites the same bytes under the same name when the crash came after the file was written but before it was marked', () => {
    storeWithoutWritingAcks(purchaseOrder({ po: 'PO-1', control: '000000101', lines: 1 }));
    const [row] = sentRows();
    writeFileSync(join(outbox(), row!.file_name as string), row!.content as string, 'latin1');
    core.close();
    core = open();
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000101_101.x12']);
    expect(readFileSync(join(outbox(), '997_BUYERCO_000000101_101.x12'), 'latin1')).toBe(row!.content);
    expect(sentRows().map((entry) => entry.status)).toEqual(['written']);
  });

  it('writes acks left pending by an earlier crash with the next batch, and its own after each commit', async () => {
    storeWithoutWritingAcks(purchaseOrder({ po: 'PO-1', control: '000000001', lines: 1 }));
    const seen: { sent: number }[] = [];
    core.on('acks.changed', (payload) => seen.push(payload));
    const files = [2, 3, 4].map((n) => ({ name: `po${n}`, bytes: Buffer.from(purchaseOrder({ po: `PO-${n}`, control: `00000000${n}`, lines: 1 })) }));
    const summary = await runBatchAsync(core.context, sourcesFromBuffers(files), 'upload');
    expect(summary.ingested).toBe(3);
    expect(outboxFiles()).toEqual(['997_BUYERCO_000000001_1.x12', '997_BUYERCO_000000002_2.x12', '997_BUYERCO_000000003_3.x12', '997_BUYERCO_000000004_4.x12']);
    expect(sentRows().every((row) => row.status === 'written')).toBe(true);
    expect(seen.reduce((sum, event) => sum + event.sent, 0)).toBe(4);
    expect(readdirSync(outbox(), { withFileTypes: true }).filter((entry) => entry.name.endsWith('.partial'))).toEqual([]);
  });
});
