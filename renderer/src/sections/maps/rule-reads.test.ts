import { describe, expect, it } from 'vitest';
import { segmentsReadBy, tagsInPath, tagsReadBy } from './rule-reads.js';
import { preview } from './test-data.js';

describe('segments a rule reads', () => {
  it('finds the segment tags in source paths', () => {
    expect(tagsInPath('BEG03')).toEqual(['BEG']);
    expect(tagsInPath('N104')).toEqual(['N1']);
    expect(tagsInPath('REF[REF01=IA].REF02')).toEqual(['REF']);
    expect(tagsInPath('loop(N1)[N101=ST]/N3.N301').sort()).toEqual(['N1', 'N3']);
    expect(tagsInPath('PO1.qualified(PO106..PO125, BP|IN)')).toEqual(['PO1']);
    expect(tagsInPath('DTM[DTM01.1=137].DTM01.2')).toEqual(['DTM']);
    expect(tagsInPath('/CUR02')).toEqual(['CUR']);
    expect(tagsInPath('SG2')).toEqual([]);
    expect(tagsInPath('@interchange.sender')).toEqual([]);
    expect(tagsInPath('order_id')).toEqual([]);
  });

  it('includes the rules nested in an each', () => {
    expect([...tagsReadBy({ id: 'lines', each: 'loop(PO1)', rules: [{ id: 'd', from: 'PID[PID01=F].PID05' }] })].sort()).toEqual(['PID', 'PO1']);
  });

  it("uses the engine's usedBy when it reports it, the tags otherwise", () => {
    const reported = preview('PO-1').source;
    expect([...segmentsReadBy(reported, new Set(['po-number']), { id: 'po-number', from: 'CTT01' })]).toEqual([1]);
    const silent = { ...reported, segments: reported.segments.map((segment) => ({ ...segment, usedBy: [] })) };
    expect([...segmentsReadBy(silent, new Set(['po-number']), { id: 'po-number', from: 'CTT01' })]).toEqual([3]);
  });
});
