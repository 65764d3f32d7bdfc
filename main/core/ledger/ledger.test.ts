import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { edifactInterchange, orderBody, orderInterchange, ordersBody, x12Interchange } from '../acks/test-fixtures.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { listLedger } from './ledger.js';
import { SENDER_SCAN_SQL } from './scan.js';
import type { LedgerEntry, LedgerFilter } from './types.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let fileCount = 0;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  core.context.settings.update({ company: { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACME' }], edifactIds: [{ qualifier: '14', id: '5098765000018' }], glns: [] } }, 'test');
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

function ingest(text: string): number {
  const outcome = receive(core.context, { name: `file-${++fileCount}`, path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
  if (outcome.kind !== 'ingested') throw new Error(`not ingested: ${outcome.kind}`);
  return outcome.processed.fileId;
}

const partnerId = (name: string) => core.context.workspace.db.prepare('SELECT id FROM partners WHERE name = ?').pluck().get(name) as number;
const list = (filter: LedgerFilter) => listLedger(core.context.workspace.db, filter).entries;
const summary = (entries: LedgerEntry[]) =>
  entries.map((entry) => `${entry.partnerName} ${entry.direction} ${entry.level} ${entry.kind} ${entry.range ? `${entry.range.from}-${entry.range.to}` : entry.controlNumber}`).sort();

describe('control-number ledger', () => {
  it('finds duplicates across files, gaps as ranges and late numbers per partner and direction', () => {
    const first = ingest(orderInterchange('BUYERCO', 'ACME', '1', '1'));
    ingest(orderInterchange('BUYERCO', 'ACME', '2', '2'));
    ingest(orderInterchange('BUYERCO', 'ACME', '3', '3'));
    ingest(orderInterchange('BUYERCO', 'ACME', '7', '7'));
    const repeat = ingest(orderInterchange('BUYERCO', 'ACME', '2', '8', '0001', 'PO-again'));
    // another partner reusing the same numbers is not a duplicate; nor are our own outbound numbers
    ingest(orderInterchange('OTHERCO', 'ACME', '1', '1'));
    ingest(orderInterchange('OTHERCO', 'ACME', '2', '2'));
    ingest(orderInterchange('ACME', 'BUYERCO', '1', '1'));
    ingest(orderInterchange('ACME', 'BUYERCO', '4', '4'));

    const interchangeLevel = list({ level: 'interchange' });
    expect(summary(interchangeLevel)).toEqual([
      'BUYERCO inbound interchange duplicate 000000002',
      'BUYERCO inbound interchange gap 4-6',
      'BUYERCO inbound interchange out-of-sequence 000000002',
      'BUYERCO outbound interchange gap 2-3',
    ]);
    const duplicate = interchangeLevel.find((entry) => entry.kind === 'duplicate')!;
    expect(duplicate.partnerId).toBe(partnerId('BUYERCO'));
    expect(duplicate.fileIds).toEqual([first + 1, repeat]);
    expect(duplicate.documentIds).toHaveLength(2);
    expect(duplicate.occurrenceCount).toBe(2);
    expect(duplicate.firstSeenAt <= duplicate.lastSeenAt).toBe(true);
    const late = interchangeLevel.find((entry) => entry.kind === 'out-of-sequence')!;
    expect(late.highestBefore).toBe(7);
    expect(late.fileIds).toEqual([repeat]);
    const gap = interchangeLevel.find((entry) => entry.kind === 'gap' && entry.direction === 'inbound')!;
    expect(gap.range).toEqual({ from: 4, to: 6, count: 3 });
    expect(gap.occurrences.map((occurrence) => occurrence.controlNumber)).toEqual(['000000003', '000000007']);

    // the group level has its own numbers: 1,2,3,7,8 → a gap, no duplicate
    expect(summary(list({ level: 'group', direction: 'inbound', partnerId: partnerId('BUYERCO') }))).toEqual(['BUYERCO inbound group gap 4-6']);
    expect(summary(list({ kind: 'duplicate' }))).toEqual(['BUYERCO inbound interchange duplicate 000000002']);
    expect(list({ partnerId: partnerId('OTHERCO') })).toEqual([]);
  });

  it('starts a new sequence after a reset instead of reporting the drop and the numbers in between', () => {
    for (const control of ['100', '101', '102', '5', '6', '8']) ingest(orderInterchange('BUYERCO', 'ACME', control, control));
    expect(summary(list({ level: 'interchange' }))).toEqual(['BUYERCO inbound interchange gap 7-7']);
    // a small drop is a late number, not a reset; the late number fills its gap
    for (const control of ['10', '11', '13', '12']) ingest(orderInterchange('LATECO', 'ACME', control, control));
    expect(summary(list({ level: 'interchange', partnerId: partnerId('LATECO') }))).toEqual(['LATECO inbound interchange out-of-sequence 000000012']);
  });

  it('compares transaction numbers per group for senders that restart them in every group, per sender otherwise', () => {
    // BUYERCO numbers every group's ST02 from 0001: the same ST02 in every file is normal
    for (const control of ['1', '2', '3']) ingest(orderInterchange('BUYERCO', 'ACME', control, control, '0001'));
    // UNIQUECO numbers transactions across files: 1001, 1002, 1004, 1002 again
    const st02 = ['1001', '1002', '1004', '1002'];
    st02.forEach((number, index) => ingest(orderInterchange('UNIQUECO', 'ACME', String(index + 1), String(index + 1), number)));
    // a group with 1, 2, 4 inside is a gap inside that group
    ingest(x12Interchange({ sender: 'BUYERCO', receiver: 'ACME', control: '4', groups: [{ functionalId: 'PO', control: '4', transactions: ['0001', '0002', '0004'].map((control) => ({ type: '850', control, body: orderBody(`P${control}`) })) }] }));

    expect(summary(list({ level: 'transaction' }))).toEqual([
      'BUYERCO inbound transaction gap 3-3',
      'UNIQUECO inbound transaction duplicate 1002',
      'UNIQUECO inbound transaction gap 1003-1003',
      'UNIQUECO inbound transaction out-of-sequence 1002',
    ]);
    const duplicate = list({ level: 'transaction', kind: 'duplicate' })[0]!;
    expect(duplicate.documentIds).toEqual(duplicate.occurrences.map((occurrence) => occurrence.documentId));
  });

  it('reports non-numeric EDIFACT references only as duplicates', () => {
    const orders = (reference: string) => edifactInterchange({ sender: '5412345000013', receiver: '5098765000018', reference, messages: [{ type: 'ORDERS', reference: 'M1', body: ordersBody(`PO-${reference}`) }] });
    ingest(orders('REF-A'));
    ingest(orders('REF-C'));
    ingest(`${orders('REF-A')}\n`);
    expect(summary(list({}))).toEqual(['5412345000013 inbound interchange duplicate REF-A']);
  });

  it('keeps a limit and says how many entries there were', () => {
    for (const control of ['1', '3', '5', '7']) ingest(orderInterchange('BUYERCO', 'ACME', control, control));
    const result = listLedger(core.context.workspace.db, { level: 'interchange', limit: 2 });
    expect(result.total).toBe(3);
    expect(result.entries).toHaveLength(2);
  });
});

describe('ledger reads', () => {
  it('walks each sender in receipt order on a covering index, without sorting rows', () => {
    const plan = (sql: string) => (core.context.workspace.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, 'inbound') as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan(SENDER_SCAN_SQL.interchange)).toMatch(/^SEARCH i USING COVERING INDEX interchanges_ledger \(partner_id=\? AND direction=\?\)$/);
    expect(plan(SENDER_SCAN_SQL.transaction)).toMatch(/^SEARCH d USING COVERING INDEX documents_ledger \(partner_id=\? AND direction=\?\)( \| USE TEMP B-TREE FOR group_concat\(ORDER BY\))?$/);
    // groups: each interchange's few groups are put in order, never the sender's whole list
    expect(plan(SENDER_SCAN_SQL.group)).toMatch(/^SEARCH i USING COVERING INDEX interchanges_ledger .*SEARCH g USING (COVERING )?INDEX/);
    expect(plan(SENDER_SCAN_SQL.group)).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  it('answers ledger.list through the contract and refuses unknown kinds', async () => {
    for (const control of ['1', '3']) ingest(orderInterchange('BUYERCO', 'ACME', control, control));
    const result = await core.invoke('ledger.list', { kind: 'gap', level: 'interchange' });
    expect(result.ok && result.value.entries.map((entry) => entry.range)).toEqual([{ from: 2, to: 2, count: 1 }]);
    const bad = await core.call('ledger.list', { kind: 'missing' });
    expect(bad.ok === false && bad.error.code).toBe('invalid-input');
  });
});
