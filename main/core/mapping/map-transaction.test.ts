import { describe, expect, it } from 'vitest';
import { compileMap, type CompiledMap } from './compile.js';
import type { MapDefinition, Rule } from './format.js';
import { mapTransaction } from './map-transaction.js';
import { edifactMessage, type Parsed, x12Transaction } from './testing/edi-builders.js';

function compiled(rules: Rule[], source: MapDefinition['source'] = { standard: 'x12', type: '850' }, tables?: MapDefinition['tables']): CompiledMap {
  const result = compileMap({ format: 'crossdock-map/1', kind: 'order', source, rules, ...(tables ? { tables } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

function map(parsed: Parsed, rules: Rule[], source?: MapDefinition['source']) {
  return mapTransaction(compiled(rules, source), parsed.transaction, { envelope: { interchange: parsed.interchange, group: parsed.group } });
}

const order850 = x12Transaction('850', [
  'BEG*00*SA*PO-1**20261120',
  'CUR*BY*USD',
  'REF*DP*042',
  'REF*IA*V-1',
  'REF*IA*V-2',
  'DTM*002*20261201',
  'N1*BY*Buyer Co*1*123456789',
  'N1*ST*Store 9*92*ST9',
  'N3*9 Main St*Unit B',
  'N4*Dayton*OH*45402*US',
  'PO1*1*10*CA*12.50*PE*VN*V-100*BP*B-100*UP*012345678905',
  'PID*F****Widget',
  'PO1*2*5*EA*3*PE*BP*B-200',
  'CTT*2',
]);

describe('X12 paths in mapTransaction', () => {
  it('reads elements, qualifiers, repeated segments and the n-th match', () => {
    const { document } = map(order850, [
      { id: 'po', target: 'poNumber', from: 'BEG03' },
      { id: 'vendor-ref', target: 'x.first', from: 'REF[REF01=IA].REF02' },
      { id: 'vendor-refs', target: 'x.all[]', from: 'REF[REF01=IA].REF02' },
      { id: 'second', target: 'x.second', from: 'REF[REF01=IA][2].REF02' },
      { id: 'not-ia', target: 'x.notIa', from: 'REF[REF01!=IA].REF01' },
      { id: 'alternatives', target: 'x.alternatives[]', from: 'N1[N101=ST|BY].N101' },
      { id: 'ship-to-name', target: 'x.shipTo', from: 'N1[N101=ST].N102' },
      { id: 'missing', target: 'x.missing', from: 'REF[REF01=ZZ].REF02' },
      { id: 'street-from-root', target: 'x.streetFromRoot', from: 'N3.N301' },
      { id: 'street', target: 'x.street', from: 'loop(N1)[N101=ST]/N3.N302' },
      { id: 'first-of', target: 'x.firstOf', from: ['REF[REF01=ZZ].REF02', 'REF[REF01=DP].REF02'] },
    ]);
    expect(document.poNumber).toBe('PO-1');
    expect(document.x).toEqual({ first: 'V-1', all: ['V-1', 'V-2'], second: 'V-2', notIa: 'DP', alternatives: ['BY', 'ST'], shipTo: 'Store 9', street: 'Unit B', firstOf: '042' });
  });

  it('iterates loops with relative and absolute paths, picks ids by qualifier preference', () => {
    const { document } = map(order850, [
      {
        id: 'lines', target: 'lines[]', each: 'loop(PO1)', rules: [
          { id: 'n', target: 'n', from: 'PO101' },
          { id: 'part', target: 'part', from: 'PO1.qualified(PO106..PO125, UP|BP)' },
          { id: 'vendor', target: 'vendor', from: 'PO1.qualified(PO106..PO125, VN)' },
          { id: 'description', target: 'description', from: 'PID[PID01=F].PID05' },
          { id: 'currency', target: 'currency', from: '/CUR02' },
          { id: 'header-from-line', target: 'header', from: 'BEG03' },
        ],
      },
    ]);
    expect(document.lines).toEqual([
      { n: '1', part: '012345678905', vendor: 'V-100', description: 'Widget', currency: 'USD' },
      { n: '2', part: 'B-200', currency: 'USD' },
    ]);
  });

  it('filters occurrences with when, fills one object from the first occurrence of a non-array each', () => {
    const { document } = map(order850, [
      { id: 'ship-to', target: 'shipTo', each: 'loop(N1)', when: { path: 'N101', equals: 'ST' }, rules: [{ id: 'name', target: 'name', from: 'N102' }] },
      { id: 'ship-to-city', target: 'shipTo', each: 'loop(N1)[N101=ST]', rules: [{ id: 'city', target: 'city', from: 'N4.N401' }] },
      { id: 'not-buyer', target: 'others[]', each: 'N1', when: { not: { path: 'N101', in: ['BY'] } }, rules: [{ id: 'code', target: 'code', from: 'N104' }] },
      { id: 'both', target: 'flags.both', value: true, when: { all: [{ path: 'CUR02', equals: 'USD' }, { path: 'CTT01', exists: true }] } },
      { id: 'none', target: 'flags.none', value: true, when: { any: [{ path: 'REF[REF01=ZZ]' }, { path: 'BEG01', notEquals: '00' }] } },
      { id: 'absent', target: 'flags.absent', value: true, when: { path: 'REF[REF01=ZZ]', exists: false } },
    ]);
    expect(document.shipTo).toEqual({ name: 'Store 9', city: 'Dayton' });
    expect(document.others).toEqual([{ code: 'ST9' }]);
    expect(document.flags).toEqual({ both: true, absent: true });
  });

  it('reports a failing rule with its segment: tag, index, byte offset, position in the set', () => {
    const parsed = x12Transaction('850', ['BEG*00*SA*PO-1**20261331', 'PO1*1*10*EA']);
    const result = map(parsed, [
      { id: 'po-date', target: 'documentDate', from: 'BEG05', transform: [{ op: 'date', format: 'CCYYMMDD' }] },
      { id: 'needs-ref', target: 'contractNumber', from: 'REF[REF01=CT].REF02', required: true },
    ]);
    const dateIssue = result.issues.find((issue) => issue.ruleId === 'po-date');
    expect(dateIssue).toMatchObject({ severity: 'error', segment: { tag: 'BEG', position: 2 } });
    expect(dateIssue?.message).toContain('20261331');
    const segment = dateIssue?.segment;
    expect(segment && parsed.transaction.segments?.find((item) => item.offset === segment.offset)?.tag).toBe('BEG');
    expect(result.issues.find((issue) => issue.ruleId === 'needs-ref')).toMatchObject({ severity: 'error', message: 'required: REF[REF01=CT].REF02 gave no value for contractNumber' });
    expect(result.ok).toBe(false);
  });

  it('validates the document: schema issues carry the canonical path, the rule and the segment', () => {
    const parsed = x12Transaction('850', ['BEG*00*SA*PO-1**20261120', 'CUR*BY*usd', 'PO1*1*10*EA', 'PO1*2**EA']);
    const result = map(parsed, [
      { id: 'role', target: 'role', value: 'purchase-order' },
      { id: 'po', target: 'poNumber', from: 'BEG03' },
      { id: 'currency', target: 'currency', from: 'CUR02' },
      { id: 'lines', target: 'lines[]', each: 'loop(PO1)', rules: [{ id: 'qty', target: 'quantity.value', from: 'PO102' }, { id: 'uom', target: 'quantity.uom', from: 'PO103' }] },
    ]);
    const currency = result.issues.find((issue) => issue.path === 'currency');
    expect(currency).toMatchObject({ severity: 'error', ruleId: 'currency', segment: { tag: 'CUR' } });
    const quantity = result.issues.find((issue) => issue.path?.startsWith('lines[1].quantity'));
    expect(quantity).toMatchObject({ ruleId: 'lines', segment: { tag: 'PO1', position: 5 } });
    expect(result.coverage.unmappedRequired).toEqual(['lines[].quantity.value']);
  });

  it('reports coverage: unused segments (framing excluded), unmapped required paths, hits per rule', () => {
    const result = map(order850, [
      { id: 'po', target: 'poNumber', from: 'BEG03' },
      { id: 'unused-rule', target: 'releaseNumber', from: 'BEG04' },
    ]);
    expect(result.coverage.ruleHits).toEqual({ po: 1, 'unused-rule': 0 });
    expect(result.coverage.unusedSegments.map((segment) => segment.tag)).toEqual(['CUR', 'REF', 'REF', 'REF', 'DTM', 'N1', 'N1', 'N3', 'N4', 'PO1', 'PID', 'PO1', 'CTT']);
    expect(result.coverage.unmappedRequired).toEqual(expect.arrayContaining(['role', 'lines[].quantity.value', 'lines[].quantity.uom']));
    expect(result.coverage.unmappedRequired).not.toContain('poNumber');
  });

  it('fills the header from the transaction and context values from the envelope', () => {
    const result = map(order850, [
      { id: 'sender', target: 'notes[]', from: '@interchange.sender' },
      { id: 'group', target: 'notes[]', from: '@group.controlNumber' },
      { id: 'control', target: 'notes[]', from: '@controlNumber' },
    ]);
    expect(result.document.notes).toEqual(['SENDER', '101', '0001']);
    expect(result.document.source).toMatchObject({ kind: 'edi', standard: 'x12', type: '850', version: '004010', controlNumber: '0001', byteStart: order850.transaction.range.start });
    expect(result.document).toMatchObject({ kind: 'order', channel: 'edi' });
  });

  it('warns when the map is for another type', () => {
    const parsed = x12Transaction('855', ['BAK*00*AC*PO-1*20261120']);
    const result = map(parsed, [{ id: 'po', target: 'poNumber', from: 'BAK03' }]);
    expect(result.issues[0]).toMatchObject({ severity: 'warning', message: 'the map is for 850; this transaction is a 855' });
    expect(result.document.poNumber).toBe('PO-1');
  });
});

describe('EDIFACT paths in mapTransaction', () => {
  const segments = [
    'BGM+220+PO-9+9',
    'DTM+2:20261203:102',
    'DTM+137:202611201015:203',
    'NAD+BY+5412345000013::9++Buyer SA',
    'NAD+DP+5412345000020::9++Depot',
    'LIN+1++4006381333931:EN',
    'PIA+1+B-1:IN+S-1:SA',
    'QTY+21:12:PCE',
    'PRI+AAA:1.5',
    'LIN+2++4006381333948:EN',
    'PIA+5+X-9:SA',
    'PIA+1+B-2:BP',
    'QTY+21:3',
    'UNS+S',
    'CNT+2:2',
  ];
  const rules: Rule[] = [
    { id: 'po', target: 'poNumber', from: 'BGM02.1' },
    { id: 'date', target: 'documentDate', from: 'DTM[DTM01.1=137].DTM01.2', transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }] },
    { id: 'buyer', target: 'x.buyerGln', from: 'NAD[NAD01=BY].NAD02.1' },
    { id: 'depot-by-group', target: 'x.depot', from: 'loop(NAD)[NAD01=DP].NAD04' },
    {
      id: 'lines', target: 'lines[]', each: 'loop(LIN)', rules: [
        { id: 'ean', target: 'ean', from: 'LIN03.1', when: { path: 'LIN03.2', equals: 'EN' } },
        { id: 'buyer-part', target: 'buyerPart', from: 'PIA.composite(PIA02..PIA06, 2=IN|BP)' },
        { id: 'supplier-part', target: 'supplierPart', from: 'PIA.composite(PIA02..PIA06, 2=SA)' },
        { id: 'qty', target: 'qty', from: 'QTY[QTY01.1=21].QTY01.2' },
        { id: 'unit', target: 'unit', from: 'QTY[QTY01.1=21].QTY01.3', default: 'PCE' },
        { id: 'price', target: 'price', from: 'PRI[PRI01.1=AAA].PRI01.2' },
      ],
    },
    { id: 'count', target: 'declaredLineCount', from: 'CNT[CNT01.1=2].CNT01.2', transform: [{ op: 'integer' }] },
  ];

  it.each([['D:96A:UN'], ['D:01B:UN']])('reads composites, qualified composites and LIN groups by trigger in %s', (version) => {
    const parsed = edifactMessage('ORDERS', segments, version);
    expect(parsed.transaction.tree).toBeDefined();
    const { document } = map(parsed, rules, { standard: 'edifact', type: 'ORDERS' });
    expect(document).toMatchObject({
      poNumber: 'PO-9',
      documentDate: { value: '2026-11-20T10:15', precision: 'minute' },
      x: { buyerGln: '5412345000013', depot: 'Depot' },
      declaredLineCount: 2,
      lines: [
        { ean: '4006381333931', buyerPart: 'B-1', supplierPart: 'S-1', qty: '12', unit: 'PCE', price: '1.5' },
        { ean: '4006381333948', buyerPart: 'B-2', supplierPart: 'X-9', qty: '3', unit: 'PCE' },
      ],
    });
  });
});

describe('856 hierarchy paths', () => {
  const asn = x12Transaction('856', [
    'BSN*00*ASN-1*20261125*1200',
    'HL*1**S',
    'TD5**2*UPSN',
    'HL*2*1*O',
    'PRF*PO-1',
    'HL*3*2*P',
    'MAN*GM*00006141410000000017',
    'HL*4*3*I',
    'LIN**UP*012345678905',
    'SN1**6*EA',
    'HL*5*3*I',
    'LIN**UP*012345678912',
    'SN1**4*EA',
    'HL*6*2*P',
    'MAN*GM*00006141410000000024',
    'HL*7*6*I',
    'LIN**UP*012345678905',
    'SN1**2*EA',
    'CTT*7',
  ]);

  it('walks shipment > order > pack > item and reads segments owned by each HL', () => {
    const { document } = map(asn, [
      { id: 'carrier', target: 'carrier', from: 'hl(S)/TD5.TD503' },
      { id: 'po', target: 'po', from: 'hl(O)/PRF01' },
      {
        id: 'packs', target: 'packs[]', each: 'hl(P)', rules: [
          { id: 'sscc', target: 'sscc', from: 'MAN[MAN01=GM].MAN02' },
          { id: 'items', target: 'items[]', each: 'hl(I)', rules: [{ id: 'upc', target: 'upc', from: 'LIN.qualified(LIN02..LIN31, UP)' }, { id: 'qty', target: 'qty', from: 'SN102' }] },
        ],
      },
      { id: 'all-items', target: 'itemCount[]', from: 'hl(I)/SN102' },
    ], { standard: 'x12', type: '856' });
    expect(document.carrier).toBe('UPSN');
    expect(document.po).toBe('PO-1');
    expect(document.packs).toEqual([
      { sscc: '00006141410000000017', items: [{ upc: '012345678905', qty: '6' }, { upc: '012345678912', qty: '4' }] },
      { sscc: '00006141410000000024', items: [{ upc: '012345678905', qty: '2' }] },
    ]);
    expect(document.itemCount).toEqual(['6', '4', '2']);
  });
});
