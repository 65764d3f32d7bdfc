import { describe, expect, it } from 'vitest';
import { DASHBOARD_HASH, DEFAULT_SORT, isFiltered, normalizeFilter, parseReconHash, queueHash, threadHash, toggledSort } from './queue-route.js';
import type { QueueFilter } from './recon-types.js';

describe('queue filter → core query', () => {
  it('drops empty parts, bad amounts and out-of-range days, and sorts lists so equal filters are equal', () => {
    const filter: QueueFilter = {
      statuses: [],
      types: ['qty-mismatch', 'asn-late', 'qty-mismatch'],
      partnerIds: [7, 3, -1, 3],
      warehouses: [' EAST ', ''],
      text: '  PO-1 ',
      minMoney: '12.5.0',
      minAgeDays: 0,
      maxAgeDays: 9999,
      assignee: '   ',
      chargebackRisk: false,
    };
    expect(normalizeFilter(filter)).toEqual({ types: ['asn-late', 'qty-mismatch'], partnerIds: [3, 7], warehouses: ['EAST'], text: 'PO-1' });
    expect(normalizeFilter({ minMoney: '250', minAgeDays: 3, maxAgeDays: 0, chargebackRisk: true })).toEqual({ minMoney: '250', minAgeDays: 3, maxAgeDays: 0, chargebackRisk: true });
    expect(normalizeFilter({ minMoney: '0' })).toEqual({});
  });

  it('round-trips every field through the address', () => {
    const filter: QueueFilter = {
      statuses: ['open', 'resolved'],
      types: ['price-mismatch'],
      partnerIds: [2, 5],
      channels: ['edi'],
      warehouses: ['EAST', 'WEST'],
      owners: ['finance'],
      severities: ['critical', 'high'],
      assignee: 'Ana',
      minMoney: '99.95',
      minAgeDays: 7,
      maxAgeDays: 30,
      chargebackRisk: true,
      text: 'PO 1/2 & more',
      threadKey: 'order:2:PO-1',
      includeCleared: true,
    };
    const sort = { field: 'money', direction: 'asc' } as const;
    const route = parseReconHash(queueHash(filter, sort, 4));
    expect(route).toEqual({ view: 'queue', filter: normalizeFilter(filter), sort, viewId: 4 });
  });

  it('keeps the plain address for the default queue, and ignores what it does not know', () => {
    expect(queueHash({}, DEFAULT_SORT)).toBe('#/reconciliation');
    expect(parseReconHash('#/reconciliation')).toEqual({ view: 'queue', filter: {}, sort: DEFAULT_SORT, viewId: null });
    expect(parseReconHash('#/reconciliation?type=bogus,qty-mismatch&severity=urgent&partner=x,4&minAge=-2&view=abc')).toEqual({
      view: 'queue',
      filter: { types: ['qty-mismatch'], partnerIds: [4] },
      sort: DEFAULT_SORT,
      viewId: null,
    });
  });

  it('gives each sort field its natural first direction and reverses on a second click', () => {
    expect(parseReconHash('#/reconciliation?sort=partner')).toMatchObject({ sort: { field: 'partner', direction: 'asc' } });
    expect(parseReconHash('#/reconciliation?sort=money')).toMatchObject({ sort: { field: 'money', direction: 'desc' } });
    expect(toggledSort(DEFAULT_SORT, 'severity')).toEqual({ field: 'severity', direction: 'asc' });
    expect(toggledSort(DEFAULT_SORT, 'type')).toEqual({ field: 'type', direction: 'asc' });
    expect(toggledSort(DEFAULT_SORT, 'age')).toEqual({ field: 'age', direction: 'desc' });
  });

  it('says whether anything narrows the default queue', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ types: [], text: ' ' })).toBe(false);
    expect(isFiltered({ owners: ['edi'] })).toBe(true);
  });
});

describe('thread and dashboard addresses', () => {
  it('carries any thread key (colons, slashes, spaces) and the chosen mismatch', () => {
    const key = 'order:12:PO 55/811';
    expect(parseReconHash(threadHash(key, 'mm-0123456789abcdef'))).toEqual({ view: 'thread', key, mismatchId: 'mm-0123456789abcdef' });
    expect(parseReconHash(threadHash(key))).toEqual({ view: 'thread', key, mismatchId: null });
    expect(parseReconHash('#/reconciliation/thread/order%3A1%3APO-1?m=DROP TABLE')).toEqual({ view: 'thread', key: 'order:1:PO-1', mismatchId: null });
    expect(parseReconHash('#/reconciliation/thread/%E0%A4%A')).toMatchObject({ view: 'thread', key: '%E0%A4%A' });
  });

  it('knows the dashboard', () => {
    expect(parseReconHash(DASHBOARD_HASH)).toEqual({ view: 'dashboard' });
  });
});
