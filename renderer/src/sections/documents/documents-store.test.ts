import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../api/contract-types.js';
import { createNoticesStore } from '../../store/notices-store.js';
import { eventually } from '../../test-support/eventually.js';
import { FakeClient } from '../../test-support/fake-client.js';
import { coreFilter, createDocumentsListStore, type DocumentRow } from './documents-store.js';

const row = (id: number): DocumentRow => ({
  id, fileId: 1, partnerId: 1, partnerName: 'ACME', direction: 'inbound', standard: 'x12', type: '850', typeName: 'Purchase Order', version: '004010',
  controlNumber: String(id), interchangeControlNumber: '1', groupControlNumber: '1', status: 'accepted', errorCount: 0, warningCount: 0, firstProblem: null,
  segmentCount: 5, receivedAt: '2026-11-20T10:00:00.000Z', fileName: 'a.x12', poNumber: `PO-${id}`, reference: null, documentDate: null, amount: null,
});

/** A core holding `total` documents with ids 1..total; answers can be held back to test ordering. */
function fakeCore(total: number) {
  const client = new FakeClient('http', true);
  const held: (() => void)[] = [];
  let hold = false;
  client
    .handle('documents.list', (input: InputOf<'documents.list'>) => {
      const offset = input.offset ?? 0;
      const limit = input.limit ?? 100;
      const matching = input.filter?.status === 'rejected' ? Math.floor(total / 10) : total;
      const rows = Array.from({ length: Math.max(0, Math.min(limit, matching - offset)) }, (_, index) => row(offset + index + 1));
      const answer = { ok: true as const, value: { rows, total: matching, totalIsLowerBound: false, searchLimitedTo: null } };
      if (!hold) return answer;
      return new Promise((resolve) => held.push(() => resolve(answer)));
    })
    .handle('documents.facets', () => ({ ok: true, value: { partners: [], types: [], statuses: { accepted: total, 'accepted-with-errors': 0, rejected: 0 }, directions: { inbound: total, outbound: 0 }, total } }))
    .handle('files.list', () => ({ ok: true, value: { rows: [], total: 2 } }));
  return { client, held, setHold: (value: boolean) => (hold = value) };
}

describe('documents list store', () => {
  it('loads the first page and the total, then the pages scrolled to, once each', async () => {
    const { client } = fakeCore(100_000);
    const store = createDocumentsListStore(client, createNoticesStore());
    store.getState().setQuery({}, { column: 'receivedAt', direction: 'desc' });
    await eventually(() => expect(store.getState()).toMatchObject({ status: 'ready', total: 100_000, quarantined: 2 }));
    expect(store.getState().rowAt(0)?.id).toBe(1);
    store.getState().showRange(50_000, 50_030);
    store.getState().showRange(50_000, 50_030);
    await eventually(() => expect(store.getState().rowAt(50_010)?.id).toBe(50_011));
    const offsets = client.callsTo('documents.list').map((input) => (input as { offset: number }).offset);
    expect(offsets.filter((offset) => offset === 50_000)).toHaveLength(1);
  });

  it('drops a late answer to a filter the user already changed', async () => {
    const core = fakeCore(1000);
    const store = createDocumentsListStore(core.client, createNoticesStore());
    core.setHold(true);
    store.getState().setQuery({}, { column: 'receivedAt', direction: 'desc' });
    core.setHold(false);
    store.getState().setQuery({ status: 'rejected' }, { column: 'receivedAt', direction: 'desc' });
    await eventually(() => expect(store.getState()).toMatchObject({ status: 'ready', total: 100 }));
    core.held.forEach((release) => release());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(store.getState().total).toBe(100);
  });

  it('sends calendar dates as the local day’s first and last instant', () => {
    const filter = coreFilter({ from: '2026-11-20', to: '2026-11-20' });
    expect(new Date(filter.from!).getTime()).toBe(new Date(2026, 10, 20).getTime());
    expect(new Date(filter.to!).getTime()).toBe(new Date(2026, 10, 20, 23, 59, 59, 999).getTime());
  });
});
