import { describe, expect, it } from 'vitest';
import type { Standard } from '../model.js';
import { dictionaryFor, resolveTransactionSpec } from '../specs/registry.js';
import type { StandardDictionary } from '../specs/types.js';
import { validateTransaction } from './index.js';
import { specConventionProblems } from './spec-conventions.js';
import { contextFor, edifactText, x12Text } from './test-fixtures/edi-text.js';
import { miniEdifact } from './test-fixtures/mini-edifact.js';
import { miniX12 } from './test-fixtures/mini-x12.js';
import { loop, ref, segmentSpec } from './test-fixtures/spec-builders.js';

describe('spec conventions', () => {
  it.each(['x12', 'edifact'] as const)('hold for the real %s dictionary', (standard) => {
    expect(specConventionProblems(dictionaryFor(standard))).toEqual([]);
  });

  it('hold for the test dictionaries', () => {
    expect(specConventionProblems(miniX12)).toEqual([]);
    expect(specConventionProblems(miniEdifact)).toEqual([]);
  });

  it('name each broken convention', () => {
    const broken: StandardDictionary = {
      standard: 'x12',
      segments: {
        ST: segmentSpec('ST', 'Header', [{ id: '143', name: 'Code', usage: 'M', type: 'ID', min: 3, max: 3, codes: 'nope' }]),
        SE: segmentSpec('SE', 'Trailer', [], [{ kind: 'P', elements: [1, 2] }]),
      },
      codeLists: {},
      transactions: [{
        standard: 'x12', type: '850', name: 'PO', functionalId: 'PO', versions: ['004010'],
        body: [ref('ST', 'M', 1), loop('N1', 'Name', 'O', -1, [loop('N2', 'Inner', 'O', 1, [ref('N2', 'M', 1)])]), ref('SE', 'O', 1)],
      }],
    };
    expect(specConventionProblems(broken)).toEqual([
      'ST element 1 (143) uses code list "nope", which is not in the dictionary\'s codeLists.',
      'Segment SE: syntax rule P names element(s) 1, 2, which it does not have.',
      '850 (004010) must end with its mandatory trailer segment.',
      '850 (004010): loop N1 has max -1; use 0 for unbounded.',
      '850 (004010): loop N1 must start with its trigger segment.',
      '850 (004010) > N1 > N2: segment N2 is not in the segment dictionary.',
    ]);
  });
});

function validateReal(standard: Standard, type: string, version: string, segments: string[]) {
  const text = segments.map((segment) => `${segment}${standard === 'x12' ? '~' : "'"}\n`).join('');
  const parsed = standard === 'x12' ? x12Text(text) : edifactText(text);
  const resolved = resolveTransactionSpec(standard, type, version);
  const context = contextFor(parsed, dictionaryFor(standard), { versionFallback: resolved ? !resolved.exact : false });
  return { resolved, ...validateTransaction(parsed.segments, resolved?.spec, context) };
}

const hasRealSpecs = resolveTransactionSpec('x12', '850', '004010') !== undefined
  && resolveTransactionSpec('edifact', 'ORDERS', 'D96A') !== undefined;

describe.skipIf(!hasRealSpecs)('hand-written transactions against the real specs (skipped until the spec data exists)', () => {
  it('accepts a plain 004010 850 with header parties and two lines', () => {
    const { problems, tree } = validateReal('x12', '850', '004010VICS', [
      'ST*850*0001', 'BEG*00*SA*PO123**20240115', 'REF*DP*038', 'DTM*002*20240120',
      'N1*ST*ACME DC*92*0001', 'N3*1 MAIN ST', 'N4*SPRINGFIELD*IL*62701', 'N1*BT*ACME HQ',
      'PO1*1*10*EA*2.5**BP*ABC1*VN*V1', 'PID*F****WIDGET', 'PO1*2*5*CA*12**VN*XYZ', 'CTT*2', 'SE*13*0001',
    ]);
    expect(problems).toEqual([]);
    expect(tree?.children.filter((child) => 'children' in child).map((child) => (child as { id: string }).id))
      .toEqual(['N1', 'N1', 'PO1', 'PO1', 'CTT']);
  });

  it('builds the S > O > P > I hierarchy of a 856 with the real HL loop', () => {
    const { problems, hierarchy } = validateReal('x12', '856', '004010', [
      'ST*856*0001', 'BSN*00*SHIP1*20240115*1200', 'HL*1**S', 'TD5*B*2*UPSN', 'REF*BM*BOL123', 'HL*2*1*O', 'PRF*PO123',
      'HL*3*2*P', 'MAN*GM*00012345678901234567', 'HL*4*3*I', 'LIN**VN*ABC', 'SN1**10*EA', 'CTT*4', 'SE*14*0001',
    ]);
    expect(problems).toEqual([]);
    const levels = (nodes: typeof hierarchy): string => (nodes ?? []).map((node) => `${node.level}(${levels(node.children)})`).join('');
    expect(levels(hierarchy)).toBe('S(O(P(I())))');
    expect(hierarchy?.[0]?.segments.map((segment) => segment.tag)).toEqual(['HL', 'TD5', 'REF']);
  });

  it('accepts a D96A ORDERS with parties and lines without errors', () => {
    const { problems, tree } = validateReal('edifact', 'ORDERS', 'D:96A:UN', [
      'UNH+1+ORDERS:D:96A:UN', 'BGM+220+PO123+9', 'DTM+137:20240115:102', 'NAD+BY+5412345000013::9',
      'LIN+1++4000862141404:SRS', 'QTY+21:48', 'UNS+S', 'CNT+2:1', 'UNT+9+1',
    ]);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(tree?.id).toBe('UNH');
  });

  it('validates a D97A ORDERS against the D96A spec with warnings only', () => {
    const { resolved, problems } = validateReal('edifact', 'ORDERS', 'D:97A:UN', [
      'UNH+1+ORDERS:D:97A:UN', 'BGM+220+PO123+9', 'DTM+137:20240115:102', 'ZZZ+1', 'UNS+S', 'UNT+6+1',
    ]);
    expect(resolved).toMatchObject({ exact: false, specVersion: 'D96A' });
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([['segment-unrecognized', 'warning']]);
  });
});
