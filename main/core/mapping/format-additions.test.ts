/**
 * The format additions of FORMAT.md "Additions": '../' (enclosing scope), hl(*), `nest`, `notIn`, a date's format
 * code read beside the winning `from` alternative, schema issues naming the rule meant to write a missing path, and
 * coverage by the kind the rules produced.
 */
import { describe, expect, it } from 'vitest';
import { compileMap, type CompiledMap, type CompileError } from './compile.js';
import type { MapDefinition, MapKind, Rule } from './format.js';
import { mapCsv, mapJson } from './map-tabular.js';
import { mapTransaction } from './map-transaction.js';
import { edifactMessage, type Parsed, x12Transaction } from './testing/edi-builders.js';

function compiled(rules: Rule[], source: MapDefinition['source'], kind: MapKind = 'order'): CompiledMap {
  const result = compileMap({ format: 'crossdock-map/1', kind, source, rules });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

function errorsOf(rules: unknown[], source: MapDefinition['source'] = { standard: 'edifact', type: 'ORDRSP' }): CompileError[] {
  const result = compileMap({ format: 'crossdock-map/1', kind: 'order', source, rules });
  if (result.ok) throw new Error('expected compile errors');
  return result.errors;
}

function map(parsed: Parsed, rules: Rule[], source: MapDefinition['source'], kind?: MapKind) {
  return mapTransaction(compiled(rules, source, kind), parsed.transaction, { envelope: { interchange: parsed.interchange, group: parsed.group } });
}

const EDIFACT_ORDRSP = { standard: 'edifact', type: 'ORDRSP' } as const;

const response = edifactMessage('ORDRSP', [
  'BGM+231+R-1+4+AC',
  'DTM+137:20261120:102',
  'LIN+1+5+4000862141404:EN',
  'QTY+21:10',
  'QTY+113:10',
  'DTM+2:20261201:102',
  'LIN+2+3+4000862141411:EN',
  'QTY+21:5',
  'QTY+113:3:PCE',
  'DTM+2:202612031400:203',
  'LIN+3+7+4000862141428:EN',
  'QTY+21:2',
]);

describe("'../': reading the enclosing scope from inside an each", () => {
  it('puts the line status, the quantity and the date of a LIN group into one element', () => {
    const { document, issues } = map(response, [
      {
        id: 'lines', target: 'lines[]', each: 'loop(LIN)', rules: [
          { id: 'n', target: 'n', from: 'LIN01' },
          {
            id: 'status', target: 'statuses[]', each: 'LIN', rules: [
              { id: 'code', target: 'code', from: 'LIN02' },
              { id: 'qty', target: 'quantity', from: '../QTY[QTY01.1=113].QTY01.2' },
              { id: 'uom', target: 'uom', from: '../QTY[QTY01.1=113].QTY01.3', default: 'PCE', when: { path: '../QTY[QTY01.1=113]' } },
              {
                id: 'date', target: 'date', from: '../DTM[DTM01.1=2].DTM01.2',
                transform: [{ op: 'date', format: '102', formatFrom: '../DTM[DTM01.1=2].DTM01.3' }],
              },
            ],
          },
        ],
      },
    ], EDIFACT_ORDRSP);
    expect(issues.filter((issue) => issue.severity === 'error' && !issue.path)).toEqual([]);
    expect(document.lines).toEqual([
      { n: '1', statuses: [{ code: '5', quantity: '10', uom: 'PCE', date: { value: '2026-12-01', precision: 'day' } }] },
      { n: '2', statuses: [{ code: '3', quantity: '3', uom: 'PCE', date: { value: '2026-12-03T14:00', precision: 'minute' } }] },
      { n: '3', statuses: [{ code: '7' }] },
    ]);
  });

  it('climbs several scopes, filters an each by the enclosing scope, and works for CSV', () => {
    const { document } = map(response, [
      {
        id: 'lines', target: 'lines[]', each: 'loop(LIN)', rules: [
          {
            id: 'qty', target: 'quantities[]', each: 'QTY', when: { path: '../LIN02', notEquals: '7' }, rules: [
              { id: 'qty-value', target: 'value', from: 'QTY01.2' },
              { id: 'qty-response', target: 'response', from: '../../BGM02.1' },
            ],
          },
        ],
      },
    ], EDIFACT_ORDRSP);
    const lines = document.lines as { quantities?: unknown[] }[];
    expect(lines[0]?.quantities).toEqual([{ value: '10', response: 'R-1' }, { value: '10', response: 'R-1' }]);
    expect(lines[2]?.quantities).toBeUndefined();

    const csv = compiled([
      { id: 'lines', target: 'lines[]', each: 'rows()', rules: [{ id: 'sku', target: 'sku', from: 'sku' }, { id: 'first-order', target: 'order', from: '../order' }] },
    ], { standard: 'csv', header: true, groupBy: 'order' });
    const result = mapCsv(csv, 'order,sku\nA,s1\nA,s2\n');
    expect(result.ok && result.documents[0]?.document.lines).toEqual([{ sku: 's1', order: 'A' }, { sku: 's2', order: 'A' }]);

    const json = compiled([
      { id: 'lines', target: 'lines[]', each: '$.items[*]', rules: [{ id: 'sku', target: 'sku', from: '$.sku' }, { id: 'order', target: 'order', from: '../$.number' }] },
    ], { standard: 'json', documents: '$.orders[*]' });
    const fromJson = mapJson(json, { orders: [{ number: 'J-1', items: [{ sku: 'a' }, { sku: 'b' }] }] });
    expect(fromJson.ok && fromJson.documents[0]?.document.lines).toEqual([{ sku: 'a', order: 'J-1' }, { sku: 'b', order: 'J-1' }]);
  });

  it('refuses a path that climbs above the document, or climbs and starts at the document', () => {
    expect(errorsOf([{ id: 'r', target: 'x', from: '../BGM02.1' }])[0]).toMatchObject({ ruleId: 'r', at: 'rules[0].from', message: expect.stringContaining("not inside an 'each'") });
    expect(errorsOf([{ id: 'l', target: 'l[]', each: 'loop(LIN)', rules: [{ id: 'r', target: 'x', from: '../../LIN01' }] }])[0]?.message).toContain("only 1 'each' rule encloses it");
    expect(errorsOf([{ id: 'l', target: 'l[]', each: 'loop(LIN)', rules: [{ id: 'r', target: 'x', from: '..//BGM02.1' }] }])[0]?.message).toContain('not both');
    expect(errorsOf([{ id: 'l', target: 'l[]', each: 'loop(LIN)', rules: [{ id: 'r', target: 'x', from: '../@partner' }] }])[0]?.message).toContain('same in every scope');
    expect(errorsOf([{ id: 'l', target: 'l[]', each: '../loop(LIN)', rules: [{ id: 'r', target: 'x', from: 'LIN01' }] }])[0]?.at).toBe('rules[0].each');
    // an each's `when` is evaluated inside the occurrence: one level deeper than the each path
    expect(compileMap({ format: 'crossdock-map/1', kind: 'order', source: EDIFACT_ORDRSP, rules: [{ id: 'l', target: 'l[]', each: 'loop(LIN)', when: { path: '../BGM01.1' }, rules: [{ id: 'r', target: 'x', from: 'LIN01' }] }] }).ok).toBe(true);
  });
});

describe('hl(*) and nest', () => {
  const asn = x12Transaction('856', [
    'BSN*00*ASN-1*20261120*0930',
    'HL*1**S',
    'HL*2*1*O',
    'PRF*PO-1',
    'HL*3*2*T',
    'MAN*GM*00006141410000000017',
    'HL*4*3*P',
    'MAN*GM*00006141410000000024',
    'HL*5*4*I',
    'LIN**UP*012345678905',
    'SN1**6*EA',
    'HL*6*3*P',
    'MAN*GM*00006141410000000031',
    'HL*7*2*P',
    'MAN*GM*00006141410000000048',
    'CTT*7',
  ]);

  it('hl(*) visits every HL node whatever its level', () => {
    const { document } = map(asn, [{ id: 'levels', target: 'levels[]', from: 'hl(*)/HL03' }], { standard: 'x12', type: '856' });
    expect(document.levels).toEqual(['S', 'O', 'T', 'P', 'I', 'P', 'P']);
  });

  it('nests the elements of an each by id and parent id, climbing past levels it filtered out', () => {
    const { document } = map(asn, [
      {
        id: 'packs', target: 'packs[]', each: 'hl(*)', when: { path: 'HL03', in: ['T', 'P'] },
        nest: { id: 'HL01', parent: 'HL02', into: 'packs[]' },
        rules: [{ id: 'sscc', target: 'sscc', from: 'MAN[MAN01=GM].MAN02' }, { id: 'level', target: 'level', from: 'HL03' }],
      },
    ], { standard: 'x12', type: '856' });
    expect(document.packs).toEqual([
      { sscc: '00006141410000000017', level: 'T', packs: [{ sscc: '00006141410000000024', level: 'P' }, { sscc: '00006141410000000031', level: 'P' }] },
      { sscc: '00006141410000000048', level: 'P' },
    ]);
  });

  it('nests EDIFACT CPS levels whose 7075 level is empty, keeping each pack once', () => {
    const desadv = edifactMessage('DESADV', [
      'BGM+351+D-1+9',
      'CPS+1',
      'CPS+2+1',
      'PAC+1++201',
      'CPS+3+2',
      'PAC+1++CT',
      'LIN+1++4000862141404:EN',
      'CPS+4+2',
      'LIN+2++4000862141411:EN',
      'CPS+5+9',
    ]);
    const { document } = map(desadv, [
      {
        id: 'packs', target: 'packs[]', each: 'loop(CPS)', when: { path: 'CPS02' }, nest: { id: 'CPS01', parent: 'CPS02', into: 'children[]' },
        rules: [{ id: 'id', target: 'id', from: 'CPS01' }, { id: 'line', target: 'lines[]', from: 'loop(LIN)/LIN03.1' }],
      },
    ], { standard: 'edifact', type: 'DESADV' });
    expect(document.packs).toEqual([
      { id: '2', children: [{ id: '3', lines: ['4000862141404'] }, { id: '4', lines: ['4000862141411'] }] },
      { id: '5' },
    ]);
  });

  it('refuses nest on a rule that is not an appending each, and paths that select segments', () => {
    expect(errorsOf([{ id: 'r', target: 'x', from: 'BGM01', nest: { id: 'CPS01', parent: 'CPS02', into: 'packs[]' } }])[0]?.message).toContain("arranges the elements of an 'each'");
    expect(errorsOf([{ id: 'r', target: 'x', each: 'loop(CPS)', nest: { id: 'CPS01', parent: 'CPS02', into: 'packs[]' }, rules: [{ id: 'i', target: 'i', from: 'CPS01' }] }])[0]?.message).toContain('appends');
    expect(errorsOf([{ id: 'r', target: 'x[]', each: 'loop(CPS)', nest: { id: 'CPS', parent: 'CPS02', into: 'packs[]' }, rules: [{ id: 'i', target: 'i', from: 'CPS01' }] }])[0]?.at).toBe('rules[0].nest.id');
    expect(errorsOf([{ id: 'r', target: 'x[]', each: 'loop(CPS)', nest: { id: 'CPS01', parent: 'CPS02', into: 'packs' }, rules: [{ id: 'i', target: 'i', from: 'CPS01' }] }])[0]?.at).toBe('rules[0].nest.into');
  });
});

describe('conditions and date formats', () => {
  const invoice = edifactMessage('INVOIC', ['BGM+380+I-1+9', 'DTM+3:202611201030:203', 'DTM+137:20261121:102', 'DTM+35:20261125:102']);

  it('reads the format code of the DTM the winning from-alternative came from', () => {
    const { document, issues } = map(invoice, [
      { id: 'issued', target: 'issued', from: ['DTM[DTM01.1=137].DTM01.2', 'DTM[DTM01.1=3].DTM01.2'], transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=3|137].DTM01.3' }] },
      { id: 'invoiced', target: 'invoiced', from: ['DTM[DTM01.1=9].DTM01.2', 'DTM[DTM01.1=3].DTM01.2'], transform: [{ op: 'date', format: '102', formatFrom: 'DTM[DTM01.1=137].DTM01.3' }] },
    ], { standard: 'edifact', type: 'INVOIC' });
    expect(issues.filter((issue) => issue.severity === 'error' && issue.ruleId !== undefined && !issue.path)).toEqual([]);
    expect(document.issued).toEqual({ value: '2026-11-21', precision: 'day' });
    expect(document.invoiced).toEqual({ value: '2026-11-20T10:30', precision: 'minute' });
  });

  it('notIn holds when no value of the path is listed (an absent path included)', () => {
    const { document } = map(invoice, [
      { id: 'other-dates', target: 'other[]', each: 'DTM', when: { path: 'DTM01.1', notIn: ['3', '137'] }, rules: [{ id: 'code', target: 'code', from: 'DTM01.1' }] },
      { id: 'absent', target: 'absent', value: 'yes', when: { path: 'RFF01.1', notIn: ['ON'] } },
      { id: 'present', target: 'present', value: 'yes', when: { path: 'BGM01.1', notIn: ['380', '381'] } },
    ], { standard: 'edifact', type: 'INVOIC' });
    expect(document.other).toEqual([{ code: '35' }]);
    expect(document.absent).toBe('yes');
    expect(document.present).toBeUndefined();
    expect(errorsOf([{ id: 'r', target: 'x', from: 'BGM01', when: { path: 'BGM01', in: ['1'], notIn: ['2'] } }])[0]?.message).toContain('one of equals, in, notEquals, notIn');
  });
});

describe('issues and coverage', () => {
  it('names the rule meant to write a path the schema misses when nothing was written there', () => {
    const order = x12Transaction('850', ['BEG*00*SA*PO-1**20261120']);
    const { issues } = map(order, [
      { id: 'po', target: 'poNumber', from: 'BEG03' },
      { id: 'order-lines', target: 'lines[]', each: 'loop(PO1)', rules: [{ id: 'qty', target: 'quantity.value', from: 'PO102' }] },
    ], { standard: 'x12', type: '850' });
    expect(issues.find((issue) => issue.path === 'lines')).toMatchObject({ severity: 'error', ruleId: 'order-lines' });
  });

  it('prefers a required rule among several that target the path, and lists no rule when none does', () => {
    const result = compiled([
      { id: 'a', target: 'poNumber', from: 'BEG03' },
      { id: 'b', target: 'poNumber', from: 'BEG06', required: true },
      { id: 'l', target: 'lines[]', each: 'loop(PO1)', rules: [{ id: 'q', target: 'quantity.value', from: 'PO102' }] },
    ], { standard: 'x12', type: '850' });
    expect(result.targetRules).toMatchObject({ poNumber: 'b', lines: 'l', 'lines.quantity.value': 'q' });
    const { issues } = mapTransaction(result, x12Transaction('850', ['BEG*00*SA']).transaction);
    expect(issues.find((issue) => issue.path === 'poNumber')?.ruleId).toBe('b');
    expect(issues.find((issue) => issue.path === 'documentDate' || issue.path === 'purpose')?.ruleId).toBeUndefined();
  });

  it('lists unmapped required paths of the kind the rules produced (a credit from an invoice map)', () => {
    const rules: Rule[] = [
      { id: 'kind', target: 'kind', value: 'credit', when: { path: 'BGM01.1', equals: '381' } },
      { id: 'number', target: 'invoiceNumber', from: 'BGM02.1', when: { path: 'BGM01.1', equals: '380' } },
      { id: 'credit-number', target: 'creditNumber', from: 'BGM02.1', when: { path: 'BGM01.1', equals: '381' } },
    ];
    const credit = map(edifactMessage('INVOIC', ['BGM+381+CN-1+9']), rules, { standard: 'edifact', type: 'INVOIC' }, 'invoice');
    expect(credit.document.kind).toBe('credit');
    expect(credit.coverage.unmappedRequired).not.toContain('invoiceNumber');
    expect(credit.coverage.unmappedRequired).not.toContain('creditNumber');
    const invoiceResult = map(edifactMessage('INVOIC', ['BGM+380+I-1+9']), rules, { standard: 'edifact', type: 'INVOIC' }, 'invoice');
    expect(invoiceResult.coverage.unmappedRequired).not.toContain('invoiceNumber');
    expect(map(edifactMessage('INVOIC', ['BGM+999+X-1+9']), rules, { standard: 'edifact', type: 'INVOIC' }, 'invoice').coverage.unmappedRequired).toContain('invoiceNumber');
  });
});
