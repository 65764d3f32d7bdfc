import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentSortColumn } from '../api/types-documents.js';
import { listDocuments, type ListRequest } from './list.js';
import type { DocumentFilter, DocumentSort } from './list-plan.js';
import { filledWorkspace, type TestWorkspace } from './test-workspace.js';

let workspace: TestWorkspace;
const db = () => workspace.core.context.workspace.db;

interface Reference {
  id: number;
  partner_id: number;
  partner_name: string;
  type: string;
  status: string;
  direction: string;
  received_at: string;
  control_number: string;
  po_number: string | null;
  reference: string | null;
}

beforeAll(() => {
  workspace = filledWorkspace(60);
  // Spread the receipt times over two months so date filters and time order have something to tell apart.
  const ids = db().prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[];
  const update = db().prepare('UPDATE documents SET received_at = ? WHERE id = ?');
  ids.forEach((id, index) => update.run(new Date(Date.UTC(2026, 9, 1) + Math.floor(index / 2) * 86_400_000 + (index % 2) * 3_600_000).toISOString(), id));
});
afterAll(() => workspace.cleanup());

function everything(): Reference[] {
  return db().prepare('SELECT d.*, p.name AS partner_name FROM documents d JOIN partners p ON p.id = d.partner_id').all() as Reference[];
}

/** The list's contract written out plainly: filter, then order (ties newest first, then by id). */
function expected(filter: DocumentFilter, sort: DocumentSort): number[] {
  const to = filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z` : filter.to;
  const prefix = (value: string | null) => value !== null && filter.text !== undefined && (value.startsWith(filter.text) || value.startsWith(filter.text.toUpperCase()));
  const rows = everything().filter(
    (row) =>
      (filter.partnerId === undefined || row.partner_id === filter.partnerId) &&
      (filter.type === undefined || row.type === filter.type) &&
      (filter.status === undefined || row.status === filter.status) &&
      (filter.direction === undefined || row.direction === filter.direction) &&
      (filter.from === undefined || row.received_at >= filter.from) &&
      (to === undefined || row.received_at <= to) &&
      (filter.text === undefined || prefix(row.po_number) || prefix(row.reference) || prefix(row.control_number)),
  );
  const sign = sort.direction === 'asc' ? 1 : -1;
  const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
  const newestFirst = (a: Reference, b: Reference) => -compare(a.received_at, b.received_at) || -compare(a.id, b.id);
  const pinned = (sort.column === 'partner' && filter.partnerId !== undefined) || (sort.column === 'type' && filter.type !== undefined) || (sort.column === 'status' && filter.status !== undefined);
  rows.sort((a, b) => {
    if (pinned) return newestFirst(a, b);
    switch (sort.column) {
      case 'receivedAt':
        return sign * (compare(a.received_at, b.received_at) || compare(a.id, b.id));
      case 'controlNumber':
        return sign * (compare(a.control_number, b.control_number) || compare(a.received_at, b.received_at) || compare(a.id, b.id));
      case 'partner':
        return sign * (compare(a.partner_name, b.partner_name) || compare(a.partner_id, b.partner_id)) || newestFirst(a, b);
      default:
        return sign * compare(a[sort.column], b[sort.column]) || newestFirst(a, b);
    }
  });
  return rows.map((row) => row.id);
}

const SORTS: DocumentSort[] = (['receivedAt', 'type', 'status', 'partner', 'controlNumber'] as DocumentSortColumn[]).flatMap((column) =>
  (['asc', 'desc'] as const).map((direction) => ({ column, direction })),
);

/** Partner ids exist only once the workspace is filled; PARTNER stands for SOUTHBUY's. */
const PARTNER = -1;
const withPartner = (filter: DocumentFilter): DocumentFilter =>
  filter.partnerId === PARTNER ? { ...filter, partnerId: db().prepare("SELECT id FROM partners WHERE name = 'SOUTHBUY'").pluck().get() as number } : filter;

function filters(): [string, DocumentFilter][] {
  const partnerId = PARTNER;
  return [
    ['no filter', {}],
    ['partner', { partnerId }],
    ['type', { type: '850' }],
    ['status', { status: 'rejected' }],
    ['direction', { direction: 'inbound' }],
    ['date range', { from: '2026-10-05', to: '2026-10-12' }],
    ['text', { text: 'gen-00' }],
    ['partner + status', { partnerId, status: 'accepted' }],
    ['type + direction + range', { type: '850', direction: 'inbound', from: '2026-10-10' }],
    ['text + status', { text: 'GEN-001', status: 'rejected' }],
  ];
}

const ids = (request: ListRequest, options?: Parameters<typeof listDocuments>[2]) => listDocuments(db(), request, options).rows.map((row) => row.id);

describe('documents.list', () => {
  it('holds every stored transaction and says nothing about the quarantined text file', () => {
    const page = listDocuments(db(), { filter: {}, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 500 });
    expect(page.total).toBe(everything().length);
    expect(page.total).toBe(66);
    expect(page.totalIsLowerBound).toBe(false);
    expect(page.rows.map((row) => row.type)).toEqual(expect.arrayContaining(['856', '810', 'ORDERS', '850']));
  });

  it.each(filters())('filters by %s and sorts every way, the same whichever plan runs', (_name, placeholder) => {
    const filter = withPartner(placeholder);
    expect(expected(filter, SORTS[0]!).length, 'the filter matches something').toBeGreaterThan(0);
    for (const sort of SORTS) {
      const want = expected(filter, sort);
      const request = { filter, sort, offset: 0, limit: 500 };
      // boundedRows 0: every probe counts as "many", so the ordered index walks run; a huge one: the bounded reads.
      expect(ids(request, { boundedRows: 1_000_000 }), `bounded ${sort.column} ${sort.direction}`).toEqual(want);
      if (filter.text === undefined) expect(ids(request, { boundedRows: 0 }), `ordered ${sort.column} ${sort.direction}`).toEqual(want);
    }
  });

  it('pages without gaps or repeats, and counts the same total on every page', () => {
    const sort: DocumentSort = { column: 'partner', direction: 'asc' };
    const want = expected({}, sort);
    for (const boundedRows of [0, 1_000_000]) {
      const seen: number[] = [];
      for (let offset = 0; offset < want.length; offset += 7) {
        const page = listDocuments(db(), { filter: {}, sort, offset, limit: 7 }, { boundedRows });
        expect(page.total).toBe(want.length);
        seen.push(...page.rows.map((row) => row.id));
      }
      expect(seen).toEqual(want);
    }
  });

  it('stops counting at the cap and says the total is a lower bound, never below what was shown', () => {
    const page = listDocuments(db(), { filter: { type: '850' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 5 }, { boundedRows: 0, countCap: 10 });
    expect(page).toMatchObject({ total: 10, totalIsLowerBound: true });
    const deep = listDocuments(db(), { filter: { type: '850' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 20, limit: 5 }, { boundedRows: 0, countCap: 10 });
    expect(deep.total).toBeGreaterThanOrEqual(25);
    expect(deep.rows).toHaveLength(5);
  });

  it('searches business ids by prefix: PO number, reference, control number, in either case', () => {
    const byPo = listDocuments(db(), { filter: { text: 'po-5581' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 50 });
    // PO-55810 is the order the ASN (PRF01) and the invoice (BIG04) refer to.
    expect(byPo.rows.map((row) => `${row.poNumber} ${row.type}`).sort()).toEqual(['PO-55810 810', 'PO-55810 856', 'PO-55811 850', 'PO-55812 850', 'PO-55813 850']);
    const byReference = listDocuments(db(), { filter: { text: 'INV-3' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 50 });
    expect(byReference.rows.map((row) => row.type)).toEqual(['810']);
    const asn = listDocuments(db(), { filter: { text: 'ASN-77120' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 50 });
    expect(asn.rows.map((row) => row.type)).toEqual(['856']);
    expect(listDocuments(db(), { filter: { text: 'NOPE' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 50 }).total).toBe(0);
  });

  it('lists only the first matches of a search too short to be selective, and says so', () => {
    const page = listDocuments(db(), { filter: { text: '0' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 500 }, { boundedRows: 5 });
    expect(page.searchLimitedTo).toBeGreaterThan(0);
    expect(page.totalIsLowerBound).toBe(true);
    for (const row of page.rows) expect([row.poNumber, row.reference, row.controlNumber].some((value) => value?.startsWith('0'))).toBe(true);
  });

  it('describes each row: partner name, type name, envelope control numbers, first problem, file name', () => {
    const [broken] = listDocuments(db(), { filter: { text: 'PO-55813' }, sort: { column: 'receivedAt', direction: 'desc' }, offset: 0, limit: 5 }).rows;
    expect(broken).toMatchObject({
      partnerName: 'ORCHARDMKT',
      type: '850',
      typeName: 'Purchase Order',
      status: 'rejected',
      interchangeControlNumber: '000000319',
      groupControlNumber: '319',
      controlNumber: '0001',
      fileName: 'po-850-bad-se01.x12',
      direction: 'inbound',
    });
    expect(broken?.firstProblem).toMatch(/SE01 says "9" segments/);
  });
});
