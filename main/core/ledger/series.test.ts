import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { orderBody, orderInterchange, x12Interchange } from '../acks/test-fixtures.js';
import { createCore, type Core } from '../core.js';
import { receive } from '../ingest/receive.js';
import { listLedgerCached } from './cache.js';
import { listLedger } from './ledger.js';
import { SERIES_SCAN_SQL, SERIES_SQL } from './scan.js';
import type { LedgerEntry, LedgerFilter } from './types.js';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let fileCount = 0;
beforeEach(() => {
  temp = makeTempDir();
  core = createCore({ workspaceDir: join(temp.path, 'ws'), create: true, mode: 'test' });
  core.context.settings.update(
    { company: { name: 'Acme', x12Ids: [{ qualifier: 'ZZ', id: 'ACME' }, { qualifier: 'ZZ', id: 'ACMEWEST' }], edifactIds: [], glns: [] } },
    'test',
  );
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

const db = () => core.context.workspace.db;
function ingest(text: string): number {
  const outcome = receive(core.context, { name: `file-${++fileCount}`, path: null, bytes: Buffer.from(text, 'latin1'), source: 'upload' });
  if (outcome.kind !== 'ingested') throw new Error(`not ingested: ${outcome.kind}`);
  return outcome.processed.fileId;
}
const partnerId = (name: string) => db().prepare('SELECT id FROM partners WHERE name = ?').pluck().get(name) as number;
const list = (filter: LedgerFilter = {}) => listLedger(db(), filter).entries;
const summary = (entries: LedgerEntry[]) =>
  entries
    .map((entry) => {
      const series = entry.series!;
      const ids = series.receiverId === null ? series.senderId : `${series.senderId}>${series.receiverId}`;
      return `${entry.partnerName} ${entry.direction} ${ids} ${entry.level} ${entry.kind} ${entry.range ? `${entry.range.from}-${entry.range.to}` : entry.controlNumber}`;
    })
    .sort();
async function merge(from: string, into: string): Promise<void> {
  const result = await core.invoke('partners.merge', { from: partnerId(from), into: partnerId(into) });
  if (!result.ok) throw new Error(result.error.message);
}
/** Interleaved, as files from a test and a production system arrive. */
function interleave(...series: (() => void)[][]): void {
  const longest = Math.max(...series.map((steps) => steps.length));
  for (let index = 0; index < longest; index++) for (const steps of series) steps[index]?.();
}
// each file has its own PO, so a repeated number is a new file, not the same bytes delivered again
const inbound = (sender: string, numbers: string[]) =>
  numbers.map((number, index) => () => void ingest(orderInterchange(sender, 'ACME', number, number, '0001', `${sender}-${index}`)));
const outbound = (receiver: string, numbers: string[], sender = 'ACME') =>
  numbers.map((number, index) => () => void ingest(orderInterchange(sender, receiver, number, number, '0001', `${sender}-${index}`)));

describe('ledger series after a partner merge', () => {
  it('keeps the two clean sequences of merged partners clean, inbound and outbound, at every level', async () => {
    interleave(inbound('BUYERPROD', ['1', '2', '3', '4']), inbound('BUYERTEST', ['1', '2', '3']), outbound('BUYERPROD', ['1', '2', '3']), outbound('BUYERTEST', ['1', '2']));
    expect(list()).toEqual([]);
    await merge('BUYERTEST', 'BUYERPROD');
    // both partners' envelopes now belong to one partner
    expect(db().prepare('SELECT count(DISTINCT partner_id) FROM interchanges').pluck().get()).toBe(1);
    expect(summary(list())).toEqual([]);
    // later files of either id continue their own sequence
    ingest(orderInterchange('BUYERTEST', 'ACME', '4', '4'));
    ingest(orderInterchange('ACME', 'BUYERTEST', '3', '3'));
    expect(summary(list())).toEqual([]);
  });

  it('still reports a real gap, duplicate and late number in one series, naming the sender that numbered it', async () => {
    interleave(inbound('BUYERPROD', ['1', '2', '3', '4', '5']), inbound('BUYERTEST', ['1', '2', '5', '3', '5']));
    await merge('BUYERTEST', 'BUYERPROD');
    const entries = list({ level: 'interchange' });
    expect(summary(entries)).toEqual([
      'BUYERPROD inbound BUYERTEST interchange duplicate 000000005',
      'BUYERPROD inbound BUYERTEST interchange gap 4-4',
      'BUYERPROD inbound BUYERTEST interchange out-of-sequence 000000003',
    ]);
    const gap = entries.find((entry) => entry.kind === 'gap')!;
    expect(gap.partnerId).toBe(partnerId('BUYERPROD'));
    expect(gap.series).toEqual({ senderQualifier: 'ZZ', senderId: 'BUYERTEST', receiverQualifier: null, receiverId: null });
    expect(gap.occurrences.map((occurrence) => occurrence.controlNumber)).toEqual(['000000003', '000000005']);
    // the other series' numbers are never used as evidence
    const testFiles = new Set(db().prepare("SELECT file_id FROM interchanges WHERE sender_id LIKE 'BUYERTEST%'").pluck().all() as number[]);
    for (const entry of entries) for (const fileId of entry.fileIds) expect(testFiles.has(fileId)).toBe(true);
    // groups follow their interchange's series
    expect(summary(list({ level: 'group' }))).toEqual([
      'BUYERPROD inbound BUYERTEST group duplicate 5',
      'BUYERPROD inbound BUYERTEST group gap 4-4',
      'BUYERPROD inbound BUYERTEST group out-of-sequence 3',
    ]);
  });

  it('splits transaction numbers by series too', async () => {
    // each sender numbers ST02 across files: 101, 102, 103...
    const st02 = (sender: string, numbers: string[]) =>
      numbers.map((number, index) => () => void ingest(orderInterchange(sender, 'ACME', String(index + 1), String(index + 1), number)));
    interleave(st02('BUYERPROD', ['101', '102', '103']), st02('BUYERTEST', ['101', '102', '104']));
    await merge('BUYERTEST', 'BUYERPROD');
    expect(summary(list({ level: 'transaction' }))).toEqual(['BUYERPROD inbound BUYERTEST transaction gap 103-103']);
  });

  it('numbers outbound per own sender id and partner id, and filters by sender id', () => {
    // two of our ids number independently for the same partner
    interleave(outbound('BUYERPROD', ['1', '2', '4']), outbound('BUYERPROD', ['1', '2', '3'], 'ACMEWEST'));
    expect(summary(list({ level: 'interchange' }))).toEqual(['BUYERPROD outbound ACME>BUYERPROD interchange gap 3-3']);
    expect(list({ level: 'interchange', senderId: ' acmewest ' })).toEqual([]);
    expect(list({ level: 'interchange', senderId: 'ACME' })).toHaveLength(1);
    // the cache keeps results per sender filter
    expect(listLedgerCached(db(), { level: 'interchange', senderId: 'ACMEWEST' }).total).toBe(0);
    expect(listLedgerCached(db(), { level: 'interchange', senderId: 'ACME' }).total).toBe(1);
  });

  it('accepts the sender filter through the contract', async () => {
    ingest(x12Interchange({ sender: 'BUYERPROD', receiver: 'ACME', control: '1', groups: [{ functionalId: 'PO', control: '1', transactions: [{ type: '850', control: '0001', body: orderBody('P1') }] }] }));
    ingest(orderInterchange('BUYERPROD', 'ACME', '3', '3'));
    const result = await core.invoke('ledger.list', { senderId: 'BUYERPROD', level: 'interchange' });
    expect(result.ok && result.value.entries.map((entry) => entry.series?.senderId)).toEqual(['BUYERPROD']);
    const bad = await core.call('ledger.list', { senderId: '' });
    expect(bad.ok === false && bad.error.code).toBe('invalid-input');
  });
});

describe('ledger series reads', () => {
  const plan = (sql: string) => (db().prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, 'inbound') as { detail: string }[]).map((row) => row.detail).join(' | ');

  it('lists a partner-direction\'s series from the ledger index', () => {
    expect(plan(SERIES_SQL)).toMatch(/^SEARCH i USING INDEX interchanges_(ledger|partner) \(partner_id=\? AND direction=\?\)/);
  });

  it('reads a partner with several series in receipt order: transactions from the covering index, envelope ids once per group', () => {
    expect(plan(SERIES_SCAN_SQL.interchange)).toMatch(/^SEARCH i USING INDEX interchanges_ledger \(partner_id=\? AND direction=\?\)$/);
    expect(plan(SERIES_SCAN_SQL.group)).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    const transaction = plan(SERIES_SCAN_SQL.transaction);
    expect(transaction).toMatch(/SEARCH d USING COVERING INDEX documents_ledger \(partner_id=\? AND direction=\?\)/);
    expect(transaction).toMatch(/SEARCH g USING INTEGER PRIMARY KEY/);
    expect(transaction).toMatch(/SEARCH i USING INTEGER PRIMARY KEY/);
    expect(transaction).not.toMatch(/TEMP B-TREE FOR (ORDER|GROUP) BY/);
  });
});
