import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { cellText, evidenceLink, memberRefLink } from './evidence-view.js';
import { ComparisonTable, Timeline } from './ThreadParts.js';
import { threadDetail } from './test-data.js';

describe('evidence', () => {
  it('opens an EDI document in Documents at its bytes, and names a record by connector and id', () => {
    expect(evidenceLink({ label: '856 ASN-1', source: { kind: 'edi', documentId: 12, fileId: 3, byteStart: 340, byteEnd: 900, standard: 'x12', type: '856', controlNumber: '0001' } })).toEqual({
      text: '856 ASN-1',
      href: '#/documents/12?byte=340&end=900',
      detail: 'file 3 · X12 856 #0001 · bytes 340–900',
    });
    // without its document id, the thread member holding those bytes names it
    const members = [{ kind: 'document', documentId: 77, fileId: 9, byteStart: 100, byteEnd: 500 }] as const;
    const edi = { kind: 'edi', fileId: 9, byteStart: 168, byteEnd: 448, standard: 'x12', type: '850', controlNumber: '0001' } as const;
    expect(evidenceLink({ label: '850', source: edi }, members).href).toBe('#/documents/77?byte=168&end=448');
    expect(evidenceLink({ label: '850', source: { ...edi, fileId: 8 } }, members).href).toBeNull();
    expect(evidenceLink({ label: '850', source: { ...edi, byteStart: 500 } }, members).href).toBeNull();
    expect(evidenceLink({ label: 'ERP order', source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: 'SO-7' } })).toEqual({ text: 'ERP order', href: null, detail: 'erp · sales-orders · record SO-7' });
    expect(evidenceLink({ label: 'gap', source: { kind: 'ledger', fileIds: [1], documentIds: [] } }).href).toBeNull();
    expect(evidenceLink({ label: 'ack', source: { kind: 'ack-group', groupId: 2, fileId: 1, ackDocumentId: 44 } }).href).toBe('#/documents/44');
    expect(memberRefLink({ kind: 'record', recordId: 4, connector: 'wms', stream: 'shipments', externalId: 'SHP-9' })).toEqual({ text: 'wms · shipments', href: null, detail: 'record SHP-9' });
    expect(memberRefLink({ kind: 'document', documentId: 5, fileId: 2, byteStart: 0, byteEnd: 10 }).href).toBe('#/documents/5?byte=0&end=10');
  });

  it('writes a comparison cell as quantity, unit and price', () => {
    expect(cellText({ quantity: '40', uom: 'EA', price: '3.50', member: 0 })).toBe('40 EA @ 3.50');
    expect(cellText({ quantity: '36', uom: null, price: null, member: 0 })).toBe('36');
    expect(cellText({ quantity: null, uom: null, price: '2', member: 0 })).toBe('@ 2');
    expect(cellText({ quantity: null, uom: null, price: null, member: 0 })).toBe('—');
  });
});

describe('thread markup', () => {
  it('marks only the cells that differ from the order, and says so for screen readers', () => {
    const html = renderToStaticMarkup(createElement(ComparisonTable, { thread: threadDetail(), highlight: null }));
    const cells = html.match(/<td[^>]*data-column="[^"]+"[^>]*>/g) ?? [];
    expect(cells).toHaveLength(3);
    expect(cells.filter((cell) => cell.includes('recon-differs'))).toEqual([expect.stringContaining('data-column="asn"')]);
    expect(html).toContain('36 EA');
    expect(html).toContain('(differs from the order)');
  });

  it('shows each step with its status and time', () => {
    const html = renderToStaticMarkup(createElement(Timeline, { thread: threadDetail() }));
    expect(html.match(/data-testid="recon-step"/g)).toHaveLength(3);
    expect(html).toContain('data-status="missing"');
    expect(html).toContain('Ship notice');
  });
});
