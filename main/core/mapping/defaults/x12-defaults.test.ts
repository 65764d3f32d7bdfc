/**
 * The X12 default maps for 855, 856, 810, 846, 860, 940, 945 and 180 on our own fixtures (golden canonical outputs,
 * reviewed field by field against the fixtures: `npx vitest run main/core/mapping/defaults -u` rewrites them), and
 * the structural choices each map makes (credit memos, pack nesting, implied line statuses) on small variants.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEdi } from '../../../../parsers/index.js';
import { shipmentLines, validateCanonical, type Shipment } from '../../canonical/index.js';
import { compileMap, type CompiledMap } from '../compile.js';
import { mapTransaction } from '../map-transaction.js';
import type { MappingResult } from '../result.js';
import { x12Transaction } from '../testing/edi-builders.js';
import { defaultMaps } from './index.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');

function compiled(type: string): CompiledMap {
  const result = compileMap(defaultMaps.get('x12', type));
  if (!result.ok) throw new Error(`x12 ${type}: ${JSON.stringify(result.errors)}`);
  return result.map;
}

/** Every transaction of a fixture file, mapped with the registered default map of its type. */
function mapFixture(type: string, text?: string): MappingResult[] {
  const bytes = text === undefined ? readFileSync(path.join(fixtures, `x12-${type}`, `crossdock-${type}.edi`)) : new TextEncoder().encode(text);
  const parsed = parseEdi(bytes);
  expect(parsed.problems.filter((problem) => problem.severity !== 'info')).toEqual([]);
  const map = compiled(type);
  return parsed.interchanges.flatMap((interchange) =>
    interchange.groups.flatMap((group) =>
      group.transactions.map((transaction) => {
        // info problems are codes the spec's code lists do not know (N9*LI): not wrong, just unlisted
        expect(transaction.problems.filter((problem) => problem.severity !== 'info')).toEqual([]);
        return mapTransaction(map, transaction, { envelope: { interchange, group } });
      }),
    ),
  );
}

const fixtureText = (type: string): string => readFileSync(path.join(fixtures, `x12-${type}`, `crossdock-${type}.edi`), 'latin1');

const cases = [
  { type: '855', kinds: ['order-ack'] },
  { type: '856', kinds: ['shipment'] },
  { type: '810', kinds: ['invoice', 'credit'] },
  { type: '846', kinds: ['inventory'] },
  { type: '860', kinds: ['order-change'] },
  { type: '940', kinds: ['order'] },
  { type: '945', kinds: ['shipment'] },
  { type: '180', kinds: ['return'] },
];

describe('X12 default maps on our fixtures', () => {
  it.each(cases)('x12 $type maps to the reviewed canonical documents', async ({ type, kinds }) => {
    const results = mapFixture(type);
    expect(results.map((result) => result.document.kind)).toEqual(kinds);
    for (const result of results) {
      expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
      expect(result.ok).toBe(true);
      expect(validateCanonical(result.document).ok).toBe(true);
    }
    const golden = results.map((result) => ({ document: result.document, unusedSegments: result.coverage.unusedSegments.map((segment) => `${segment.tag}@${segment.position ?? '?'}`) }));
    await expect(`${JSON.stringify(golden, null, 2)}\n`).toMatchFileSnapshot(path.join(fixtures, `x12-${type}`, `crossdock-${type}.expected.json`));
  });
});

describe('X12 810: credit and debit memos are credits', () => {
  it('a BIG07 CR memo is a credit with the credited invoice, never an invoice', () => {
    const [invoice, memo] = mapFixture('810');
    expect(invoice?.document).toMatchObject({ kind: 'invoice', invoiceNumber: 'INV-90017', totals: { total: { amount: '246.88' } } });
    expect(memo?.document).toMatchObject({ kind: 'credit', adjustment: 'credit', creditNumber: 'CM-1207', invoiceNumber: 'INV-90017', returnNumber: 'RMA-3318' });
    expect(memo?.document).not.toHaveProperty('purpose');
  });

  it('a BIG07 DR memo is a debit adjustment; DI stays an invoice', () => {
    const text = fixtureText('810').replace('***CR***INV-90017~', '***DR***INV-90017~');
    const [invoice, memo] = mapFixture('810', text);
    expect(invoice?.document.kind).toBe('invoice');
    expect(memo?.document).toMatchObject({ kind: 'credit', adjustment: 'debit' });
    expect(memo?.ok).toBe(true);
  });
});

describe('X12 856: the HL hierarchy as nested packs', () => {
  it('tare > packs > items, with every shipped quantity reachable once', () => {
    const [result] = mapFixture('856');
    const shipment = result?.document as unknown as Shipment;
    expect(shipment.packs?.map((pack) => [pack.level, pack.sscc, pack.packs?.map((inner) => inner.sscc)])).toEqual([['tare', '006141410000001236', ['006141411234567906', '006141411234567913']]]);
    const flat = shipmentLines(shipment).map(({ line, packPath }) => [line.product?.buyerPart, line.quantity.value, line.poNumber, packPath.length]);
    expect(flat).toEqual([['NW-88812', '6', '4500012345', 2], ['NW-88812', '4', '4500012345', 2], ['NW-88813', '12', '4500012345', 2]]);
  });

  it('S/O/I without packs: items are shipment lines with their order', () => {
    const { transaction } = x12Transaction('856', ['BSN*00*ASN-7*20261126*1635', 'HL*1**S', 'HL*2*1*O', 'PRF*PO-7', 'HL*3*2*I', 'LIN*1*UP*614141123469', 'SN1**5*EA', 'HL*4*2*I', 'LIN*2*VN*CD-WID-10', 'SN1**2*CA**4*CA']);
    const result = mapTransaction(compiled('856'), transaction);
    expect(result.ok).toBe(true);
    expect(result.document.packs).toBeUndefined();
    expect(result.document.lines).toEqual([
      { lineNumber: '1', poNumber: 'PO-7', poLineNumber: '1', product: { upc: '614141123469' }, quantity: { value: '5', uom: 'EA' } },
      { lineNumber: '2', poNumber: 'PO-7', poLineNumber: '2', product: { vendorPart: 'CD-WID-10' }, quantity: { value: '2', uom: 'CA' }, orderedQuantity: { value: '4', uom: 'CA' } },
    ]);
  });

  it('S/O/P/I with two orders: packs at the top, the PO from LIN*PO (an item cannot read its O level)', () => {
    const { transaction } = x12Transaction('856', [
      'BSN*00*ASN-8*20261126*1635', 'HL*1**S', 'HL*2*1*O', 'PRF*PO-A', 'HL*3*2*P', 'MAN*GM*00006141411234567906', 'HL*4*3*I', 'LIN*1*UP*614141123469*PO*PO-A', 'SN1**5*EA',
      'HL*5*1*O', 'PRF*PO-B', 'HL*6*5*P', 'MAN*GM*00006141411234567913', 'HL*7*6*I', 'LIN*1*UP*614141123476', 'SN1**1*EA',
    ]);
    const result = mapTransaction(compiled('856'), transaction);
    expect(result.ok).toBe(true);
    expect(result.document.orders).toEqual([{ poNumber: 'PO-A' }, { poNumber: 'PO-B' }]);
    const lines = shipmentLines(result.document as unknown as Shipment).map(({ line, packPath }) => [packPath, line.poNumber]);
    expect(lines).toEqual([[['006141411234567906'], 'PO-A'], [['006141411234567913'], undefined]]);
  });
});

describe('X12 855: every line has a status', () => {
  it('lines without ACK take the status BAK02 implies (after the answered lines)', () => {
    const [result] = mapFixture('855');
    const lines = result?.document.lines as { lineNumber: string; statuses: { status: string; quantity?: { value: string } }[] }[];
    expect(lines.map((line) => [line.lineNumber, line.statuses.map((status) => `${status.status}${status.quantity ? ` ${status.quantity.value}` : ''}`)])).toEqual([
      ['1', ['accepted 10']], ['2', ['accepted 12', 'backordered 12']], ['3', ['rejected 6']], ['4', ['changed 2']], ['5', ['accepted']],
    ]);
  });

  it('a rejected order (BAK02 RD) rejects the lines it does not detail', () => {
    const { transaction } = x12Transaction('855', ['BAK*00*RD*PO-9*20261120', 'PO1*1*4*EA*2.00**VN*CD-X', 'PO1*2*1*EA*9.00**VN*CD-Y', 'ACK*IR*1*EA']);
    const result = mapTransaction(compiled('855'), transaction);
    expect(result.ok).toBe(true);
    expect(result.document).toMatchObject({ status: 'rejected', statusCode: 'RD' });
    expect((result.document.lines as { lineNumber: string; statuses: unknown[] }[]).map((line) => [line.lineNumber, line.statuses])).toEqual([
      ['2', [{ status: 'rejected', code: 'IR', quantity: { value: '1', uom: 'EA' } }]],
      ['1', [{ status: 'rejected' }]],
    ]);
  });
});

describe('X12 945: cartons only when the LX loops carry SSCCs', () => {
  it('without MAN*GM the W12 lines are shipment lines', () => {
    const text = fixtureText('945').replace(/MAN\*GM\*\d+~\n/g, '').replace('SE*24*0311', 'SE*21*0311');
    const [result] = mapFixture('945', text);
    expect(result?.ok).toBe(true);
    expect(result?.document.packs).toBeUndefined();
    expect((result?.document.lines as { quantity: { value: string } }[]).map((line) => line.quantity.value)).toEqual(['10', '12', '2']);
  });
});

describe('X12 846, 860, 940: codes and fallbacks', () => {
  it('846: QTY01 by the 673 list (02 is cumulative, not on order), per-location QTY inside N1 loops', () => {
    const { transaction } = x12Transaction('846', ['BIA*00*DD*R-1*20261127*0600', 'LIN*1*VN*CD-WID-10', 'QTY*02*500*CA', 'QTY*63*300*CA', 'LIN*2*VN*CD-GAD-02', 'N1*WH*West*92*WEST', 'QTY*33*18*EA']);
    const result = mapTransaction(compiled('846'), transaction);
    expect(result.ok).toBe(true);
    const lines = result.document.lines as { location?: string; quantities: { type: string; code: string }[] }[];
    expect(lines.map((line) => [line.location, line.quantities.map((quantity) => `${quantity.code}=${quantity.type}`)])).toEqual([
      [undefined, ['02=other', '63=on-order']],
      ['WEST', ['33=available']],
    ]);
  });

  it('860: POC02 change codes in words, the code kept', () => {
    const { transaction } = x12Transaction('860', ['BCH*04*SA*PO-5**3*20261120', 'POC*1*QI*12*12*EA', 'POC*2*XX*1*1*EA', 'POC*3*PQ*4*4*CA*9.10']);
    const result = mapTransaction(compiled('860'), transaction);
    expect(result.ok).toBe(true);
    expect((result.document.lines as { change: string; changeCode: string }[]).map((line) => `${line.changeCode}=${line.change}`)).toEqual(['QI=quantity', 'XX=other', 'PQ=quantity-and-price']);
  });

  it('940: without W0503 the order is keyed by the depositor order number', () => {
    const { transaction } = x12Transaction('940', ['W05*N*DEP-77', 'LX*1', 'W01*3*EA**SK*WID-10']);
    const result = mapTransaction(compiled('940'), transaction);
    expect(result.ok).toBe(true);
    expect(result.document).toMatchObject({ role: 'warehouse-order', poNumber: 'DEP-77', orderNumber: 'DEP-77', lines: [{ quantity: { value: '3', uom: 'EA' }, product: { sku: 'WID-10' } }] });
  });
});
