import { describe, expect, it } from 'vitest';
import { documentRangeHash, listHash, parseDocumentsHash, toggledSort } from './documents-route.js';

describe('documents route', () => {
  it('round-trips every filter and the sort through the address', () => {
    const filter = { partnerId: 7, type: '850', status: 'rejected' as const, direction: 'inbound' as const, from: '2026-11-01', to: '2026-11-30', text: 'PO 1&2' };
    const sort = { column: 'partner' as const, direction: 'desc' as const };
    const hash = listHash(filter, sort);
    expect(parseDocumentsHash(hash)).toEqual({ view: 'list', filter, sort });
  });

  it('keeps the default list address short and reads documents and the quarantine', () => {
    expect(listHash({}, { column: 'receivedAt', direction: 'desc' })).toBe('#/documents');
    expect(parseDocumentsHash('#/documents')).toEqual({ view: 'list', filter: {}, sort: { column: 'receivedAt', direction: 'desc' } });
    expect(parseDocumentsHash('#/documents/123')).toEqual({ view: 'document', id: 123 });
    expect(parseDocumentsHash('#/documents/quarantine')).toEqual({ view: 'quarantine' });
  });

  it('reads the bytes an evidence link names, and drops a range it cannot read', () => {
    expect(parseDocumentsHash('#/documents/12?byte=340&end=900')).toEqual({ view: 'document', id: 12, bytes: { start: 340, end: 900 } });
    expect(parseDocumentsHash(documentRangeHash(12, { start: 0, end: 5 }))).toEqual({ view: 'document', id: 12, bytes: { start: 0, end: 5 } });
    // the byte alone (older links): one byte
    expect(parseDocumentsHash('#/documents/12?byte=340')).toEqual({ view: 'document', id: 12, bytes: { start: 340, end: 341 } });
    // an end before the start is the start
    expect(parseDocumentsHash('#/documents/12?byte=340&end=20')).toEqual({ view: 'document', id: 12, bytes: { start: 340, end: 340 } });
    expect(parseDocumentsHash('#/documents/12?byte=-4')).toEqual({ view: 'document', id: 12 });
    expect(parseDocumentsHash('#/documents/12?byte=x&end=9')).toEqual({ view: 'document', id: 12 });
    expect(documentRangeHash(12)).toBe('#/documents/12');
  });

  it('ignores values it does not know instead of passing them to the core', () => {
    expect(parseDocumentsHash('#/documents?status=lost&direction=up&from=yesterday&partner=x&sort=color')).toEqual({ view: 'list', filter: {}, sort: { column: 'receivedAt', direction: 'desc' } });
  });

  it('reverses a sorted column and starts a new one A-first (time newest-first)', () => {
    expect(toggledSort({ column: 'type', direction: 'asc' }, 'type')).toEqual({ column: 'type', direction: 'desc' });
    expect(toggledSort({ column: 'type', direction: 'asc' }, 'partner')).toEqual({ column: 'partner', direction: 'asc' });
    expect(toggledSort({ column: 'type', direction: 'asc' }, 'receivedAt')).toEqual({ column: 'receivedAt', direction: 'desc' });
  });
});
