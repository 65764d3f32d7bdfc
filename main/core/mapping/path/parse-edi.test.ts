import { describe, expect, it } from 'vitest';
import { parseEdiPath, PathSyntaxError } from './parse-edi.js';
import { parseJsonPath } from './parse-other.js';

describe('parseEdiPath', () => {
  it('reads an element shorthand as segment step + element', () => {
    expect(parseEdiPath('BEG03')).toMatchObject({ absolute: false, steps: [{ kind: 'segment', tag: 'BEG', filters: [] }], terminal: { kind: 'element', tag: 'BEG', element: 3, component: 1 } });
    expect(parseEdiPath('N104').terminal).toMatchObject({ tag: 'N1', element: 4 });
    expect(parseEdiPath('PO101').terminal).toMatchObject({ tag: 'PO1', element: 1 });
    expect(parseEdiPath('DTM01.2').terminal).toMatchObject({ tag: 'DTM', element: 1, component: 2 });
  });

  it('reads qualifier conditions, alternatives, negation, presence and occurrence filters', () => {
    const path = parseEdiPath('N1[N101=ST|BT,N103!=92][2].N104');
    expect(path.steps[0]?.filters).toEqual([
      { kind: 'condition', tag: 'N1', element: 1, component: 1, operator: '=', values: ['ST', 'BT'] },
      { kind: 'condition', tag: 'N1', element: 3, component: 1, operator: '!=', values: ['92'] },
      { kind: 'nth', n: 2 },
    ]);
    expect(parseEdiPath('REF[REF02]').steps[0]?.filters).toEqual([{ kind: 'condition', tag: 'REF', element: 2, component: 1, operator: 'present', values: [] }]);
    expect(parseEdiPath('DTM[DTM01.1=137].DTM01.2').steps[0]?.filters[0]).toMatchObject({ element: 1, component: 1, values: ['137'] });
  });

  it('reads loops, EDIFACT groups, HL scopes, descent and absolute paths', () => {
    expect(parseEdiPath('loop(N1)[N101=ST]/N3.N301')).toMatchObject({
      steps: [{ kind: 'loop', name: 'N1' }, { kind: 'segment', tag: 'N3' }],
      terminal: { kind: 'element', tag: 'N3', element: 1 },
    });
    expect(parseEdiPath('SG2').steps).toEqual([{ kind: 'loop', name: 'SG2', filters: [] }]);
    expect(parseEdiPath('hl(O)/PRF01').steps[0]).toEqual({ kind: 'hl', level: 'O', filters: [] });
    expect(parseEdiPath('hl(*)[HL03=T|P]').steps[0]).toMatchObject({ kind: 'hl', level: '*', filters: [{ element: 3, values: ['T', 'P'] }] });
    expect(parseEdiPath('/CUR02').absolute).toBe(true);
    expect(parseEdiPath('loop(N1)').terminal).toBeNull();
  });

  it('reads qualified() and composite()', () => {
    expect(parseEdiPath('PO1.qualified(PO106..PO125, UP|EN)').terminal).toEqual({ kind: 'qualified', tag: 'PO1', from: 6, to: 25, codes: ['UP', 'EN'] });
    expect(parseEdiPath('PIA.composite(PIA02..PIA06, 2=SA)').terminal).toEqual({ kind: 'composite', tag: 'PIA', from: 2, to: 6, qualifierComponent: 2, codes: ['SA'], valueComponent: 1 });
    expect(parseEdiPath('PIA.composite(PIA02..PIA06, 2=SA|IN, 3)').terminal).toMatchObject({ codes: ['SA', 'IN'], valueComponent: 3 });
  });

  it.each([
    ['', 'empty'],
    ['REF[REF01=IA].N102', 'not an element of REF'],
    ['REF[N101=ST]', 'not an element of REF'],
    ['REF[REF01=]', 'value is missing'],
    ['REF[REF01=IA', "'[' without ']'"],
    ['BEG03/N1', 'must be the last part'],
    ['PO1.qualified(PO106, BP)', 'starts with a range'],
    ['PO1.qualified(PO125..PO106, BP)', 'not a range'],
    ['PIA.composite(PIA02..PIA06, SA)', 'component=code'],
    ['beg03', 'should start with a segment tag'],
    ['N1[0]', 'count from 1'],
    ['loop(N1)//N3', 'empty step'],
    ['BEG00', 'count from 1'],
    ['hl(**)', 'should start with'],
  ])('rejects %j (%s)', (text, message) => {
    expect(() => parseEdiPath(text)).toThrow(PathSyntaxError);
    expect(() => parseEdiPath(text)).toThrow(message);
  });
});

describe('parseJsonPath', () => {
  it('reads keys, indexes, wildcards, quoted keys and the document root', () => {
    expect(parseJsonPath('$.lines[*].sku').accessors).toEqual([{ kind: 'key', key: 'lines' }, { kind: 'all' }, { kind: 'key', key: 'sku' }]);
    expect(parseJsonPath('$["Ship To"].name').accessors).toEqual([{ kind: 'key', key: 'Ship To' }, { kind: 'key', key: 'name' }]);
    expect(parseJsonPath('/$.items[2]')).toMatchObject({ absolute: true, accessors: [{ kind: 'key', key: 'items' }, { kind: 'index', index: 2 }] });
  });

  it('rejects paths that do not start with $ and stray characters', () => {
    expect(() => parseJsonPath('lines.sku')).toThrow('starts with $');
    expect(() => parseJsonPath('$.lines..sku')).toThrow('unexpected');
  });
});
