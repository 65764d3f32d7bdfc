import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_SORT_FIELDS, type QueueFilter, type QueueSort } from './types.js';
import { allMismatches, listMismatches, minorUnits, queueStatements } from './queue.js';
import { insertMismatches, SEED_NOW, seedPartners, syntheticMismatches, tempWorkspace, type StoredMismatch } from './review-fixtures.js';

let ws: ReturnType<typeof tempWorkspace>;
let seeded: StoredMismatch[];
let partnerIds: number[];
const db = () => ws.workspace.db;

beforeAll(() => {
  ws = tempWorkspace();
  partnerIds = seedPartners(db(), ['Northwind Retail', 'acme stores', 'Globex']);
  seeded = syntheticMismatches(3000, partnerIds);
  insertMismatches(db(), seeded);
});
afterAll(() => ws.cleanup());

const DAY = 86_400_000;
const open = (row: StoredMismatch) => row.present === 1 && (row.status === 'open' || row.status === 'assigned');

describe('mismatches.list filters', () => {
  const cases: [string, QueueFilter, (row: StoredMismatch) => boolean][] = [
    ['default: present open or assigned', {}, open],
    ['statuses', { statuses: ['resolved'] }, (row) => row.present === 1 && row.status === 'resolved'],
    ['include cleared', { includeCleared: true, statuses: ['open'] }, (row) => row.status === 'open'],
    ['types', { types: ['asn-missing', 'qty-mismatch'] }, (row) => open(row) && (row.type === 'asn-missing' || row.type === 'qty-mismatch')],
    ['partner', { partnerIds: [2] }, (row) => open(row) && row.partner_id === 2],
    ['channel', { channels: ['marketplace'] }, (row) => open(row) && row.channel === 'marketplace'],
    ['warehouse', { warehouses: ['WEST'] }, (row) => open(row) && row.warehouse === 'WEST'],
    ['owners', { owners: ['finance'] }, (row) => open(row) && row.owner === 'finance'],
    ['severities', { severities: ['high', 'critical'] }, (row) => open(row) && (row.severity === 'high' || row.severity === 'critical')],
    ['assignee', { assignee: 'ana' }, (row) => open(row) && row.assignee === 'ana'],
    ['min money', { minMoney: '2500.5' }, (row) => open(row) && row.money_at_risk !== null && minorUnits(row.money_at_risk) >= 250050],
    ['min age', { minAgeDays: 30 }, (row) => open(row) && Date.parse(row.first_seen_at) <= SEED_NOW - 30 * DAY],
    ['max age', { maxAgeDays: 2 }, (row) => open(row) && Date.parse(row.first_seen_at) >= SEED_NOW - 2 * DAY],
    ['chargeback', { chargebackRisk: true }, (row) => open(row) && row.chargeback_risk === 1],
    ['thread', { threadKey: seeded?.[1]?.thread_key ?? 'order:2:PO0000001' }, (row) => open(row) && row.thread_key === 'order:2:PO0000001'],
    ['text in thread key or summary', { text: 'PO000123' }, (row) => open(row) && (row.summary.includes('PO000123') || row.thread_key.includes('PO000123'))],
    ['text with LIKE wildcards is literal', { text: '%_' }, () => false],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, () => {
      const want = seeded.filter(expected).map((row) => row.id).sort();
      expect(want.length, 'the seed must exercise the filter').toBeGreaterThanOrEqual(name.includes('literal') ? 0 : 1);
      const page = listMismatches(db(), { filter, limit: 1000 }, SEED_NOW);
      expect(page.total).toBe(want.length);
      expect(allMismatches(db(), filter, undefined, 10_000, SEED_NOW).map((row) => row.id).sort()).toEqual(want);
    });
  }
});

describe('mismatches.list sorting and paging', () => {
  it('sorts by money descending, pages without overlap and joins partner names', () => {
    const sort: QueueSort = { field: 'money', direction: 'desc' };
    const first = listMismatches(db(), { sort, offset: 0, limit: 50 }, SEED_NOW);
    const second = listMismatches(db(), { sort, offset: 50, limit: 50 }, SEED_NOW);
    const rows = [...first.rows, ...second.rows];
    expect(new Set(rows.map((row) => row.id)).size).toBe(100);
    const minor = rows.map((row) => (row.moneyAtRisk ? minorUnits(row.moneyAtRisk.amount) : 0));
    expect(minor).toEqual([...minor].sort((a, b) => b - a));
    expect(second.offset).toBe(50);
    expect(rows.every((row) => row.partnerName !== null && ['Northwind Retail', 'acme stores', 'Globex'].includes(row.partnerName))).toBe(true);
  });

  it('sorts by partner name case-insensitively, by age oldest first, by severity', () => {
    const byPartner = listMismatches(db(), { sort: { field: 'partner', direction: 'asc' }, limit: 1000 }, SEED_NOW).rows.map((row) => row.partnerName);
    expect(byPartner[0]).toBe('acme stores');
    const lower = byPartner.map((name) => name!.toLowerCase());
    expect(lower).toEqual([...lower].sort());
    expect(new Set(byPartner).size).toBeGreaterThan(1);
    const byAge = listMismatches(db(), { sort: { field: 'age', direction: 'desc' }, limit: 1000 }, SEED_NOW).rows.map((row) => row.firstSeenAt);
    expect(byAge).toEqual([...byAge].sort());
    const bySeverity = listMismatches(db(), { sort: { field: 'severity', direction: 'desc' }, limit: 1000 }, SEED_NOW).rows;
    const ranks = bySeverity.map((row) => ['low', 'medium', 'high', 'critical'].indexOf(row.severity));
    expect(ranks[0]).toBe(3);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const byType = listMismatches(db(), { sort: { field: 'type', direction: 'asc' }, limit: 1000 }, SEED_NOW).rows.map((row) => row.type);
    expect(byType).toEqual([...byType].sort());
  });

  it('maps stored rows into queue rows', () => {
    const row = listMismatches(db(), { filter: { threadKey: seeded[2]!.thread_key, statuses: ['assigned'] } }, SEED_NOW).rows[0]!;
    expect(row).toMatchObject({ id: seeded[2]!.id, assignee: 'ana', status: 'assigned', present: true, expected: { text: '10 EA' }, actual: { value: { kind: 'quantity', value: '8' } } });
  });
});

/** One representative filter per field plus combinations, each with every sort. */
const PLAN_FILTERS: QueueFilter[] = [
  {},
  { includeCleared: true },
  { statuses: ['open', 'assigned', 'resolved', 'accepted'], includeCleared: true },
  { types: ['asn-missing'] },
  { partnerIds: [1, 2] },
  { channels: ['edi'] },
  { warehouses: ['EAST'] },
  { owners: ['finance'] },
  { severities: ['critical'] },
  { assignee: 'ana' },
  { minMoney: '100' },
  { minAgeDays: 7, maxAgeDays: 30 },
  { chargebackRisk: true },
  { threadKey: 'order:1:PO1' },
  { text: 'PO123' },
  { types: ['qty-mismatch'], partnerIds: [1], severities: ['high'], minMoney: '5' },
  { owners: ['warehouse'], assignee: 'bo', chargebackRisk: false, includeCleared: true },
];

describe('every filter and sort uses an index', () => {
  it('never scans the whole mismatches table', () => {
    const sorts: QueueSort[] = QUEUE_SORT_FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((direction) => ({ field, direction })));
    const scans: string[] = [];
    for (const filter of PLAN_FILTERS) {
      for (const sort of sorts) {
        const statements = queueStatements({ filter, sort }, SEED_NOW);
        for (const statement of [statements.count, statements.ids, ...(statements.partnerCounts ? [statements.partnerCounts] : []), ...(statements.partnerRows ? [statements.partnerRows] : [])]) {
          const plan = db().prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[];
          for (const step of plan) if (/^SCAN (m|mismatches)\b/.test(step.detail)) scans.push(`${JSON.stringify(filter)} ${sort.field} ${sort.direction}: ${step.detail}`);
        }
      }
    }
    expect(scans).toEqual([]);
  });

  it('searches free text in the covering index (migration 0010), never the full rows', () => {
    const sorts: QueueSort[] = QUEUE_SORT_FIELDS.map((field) => ({ field, direction: 'desc' }));
    for (const sort of sorts) {
      const statements = queueStatements({ filter: { text: 'PO12' }, sort }, SEED_NOW);
      for (const statement of [statements.count, statements.ids, ...(statements.partnerRows ? [statements.partnerRows] : [])]) {
        const plan = (db().prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as { detail: string }[]).map((step) => step.detail).join(' | ');
        expect(plan, `${sort.field}: ${statement.sql}`).toMatch(/COVERING INDEX mismatches_text/);
      }
    }
  });
});
