import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../model.js';
import type { TransactionSpec } from '../specs/types.js';
import { validateTransaction } from './index.js';
import { contextFor, edifactText, x12Text } from './test-fixtures/edi-text.js';
import { miniEdifact } from './test-fixtures/mini-edifact.js';
import { miniX12 } from './test-fixtures/mini-x12.js';
import { ref } from './test-fixtures/spec-builders.js';

/** A transaction of header, any number of the one segment under test, and trailer: only element checks can fail. */
function holding(tag: string, header: string, trailer: string): TransactionSpec {
  return {
    standard: header === 'ST' ? 'x12' : 'edifact', type: 'TEST', name: 'Test', functionalId: null, versions: ['004010'],
    body: [ref(header, 'M', 1), ref(tag, 'O', 0), ref(trailer, 'M', 1)],
  };
}

/** Validates one segment as line 2 of a transaction. */
function checkX12(segment: string) {
  const text = `ST*850*0001~\n${segment}~\nSE*3*0001~\n`;
  const parsed = x12Text(text);
  const spec = holding(segment.slice(0, segment.indexOf('*')), 'ST', 'SE');
  const { problems } = validateTransaction(parsed.segments, spec, contextFor(parsed, miniX12));
  return { problems, text, start: text.indexOf('\n') + 1 };
}

function checkEdifact(segment: string, decimalMark = '.') {
  const text = `UNH+1+ORDERS:D:96A:UN'\n${segment}'\nUNT+3+1'\n`;
  const parsed = edifactText(text);
  const spec = holding(segment.slice(0, 3), 'UNH', 'UNT');
  const { problems } = validateTransaction(parsed.segments, spec, contextFor(parsed, miniEdifact, { decimalMark }));
  return { problems, text, start: text.indexOf('\n') + 1 };
}

describe('elements: a valid segment', () => {
  it('accepts one valid value of every type, a composite and a repeated element', () => {
    expect(checkX12('TST*-1234**20240229*000229*235959*EA*ab*ZZ:12*A^B*\u0001x').problems).toEqual([]);
  });

  it('tolerates trailing empty elements and empty optional elements', () => {
    expect(checkX12('TST*1***********').problems).toEqual([]);
  });
});

interface Case {
  segment: string;
  code: ProblemCode;
  element: number;
  component?: number;
  repetition?: number;
  /** the bad value, also used to find the element's offset in the text */
  bad?: string;
  ref?: string;
}

const X12_CASES: Case[] = [
  { segment: 'TST*12A4', code: 'element-invalid-number', element: 1, bad: '12A4', ref: 'T1' },
  { segment: 'TST*-', code: 'element-invalid-number', element: 1, bad: '-', ref: 'T1' },
  { segment: 'TST*1234567', code: 'element-too-long', element: 1, bad: '1234567', ref: 'T1' },
  { segment: 'TST**1.2.3', code: 'element-invalid-number', element: 2, bad: '1.2.3', ref: 'T2' },
  { segment: 'TST**123456789', code: 'element-too-long', element: 2, bad: '123456789', ref: 'T2' },
  { segment: 'TST***20230229*230101', code: 'element-invalid-date', element: 3, bad: '20230229', ref: 'T3' },
  { segment: 'TST***2024-1-01*230101', code: 'element-invalid-date', element: 3, bad: '2024-1-01', ref: 'T3' },
  { segment: 'TST***240101*230101', code: 'element-too-short', element: 3, bad: '240101', ref: 'T3' },
  { segment: 'TST****241301', code: 'element-invalid-date', element: 4, bad: '241301', ref: 'T4' },
  { segment: 'TST*****2460', code: 'element-invalid-time', element: 5, bad: '2460', ref: 'T5' },
  { segment: 'TST*****12345', code: 'element-invalid-time', element: 5, bad: '12345', ref: 'T5' },
  { segment: 'TST*****12', code: 'element-too-short', element: 5, bad: '12', ref: 'T5' },
  { segment: 'TST*****1230:45', code: 'element-too-many-components', element: 5, component: 2, bad: '45', ref: 'T5' },
  { segment: 'TST******XX', code: 'element-invalid-code', element: 6, bad: 'XX', ref: 'T6' },
  { segment: 'TST******E', code: 'element-too-short', element: 6, bad: 'E', ref: 'T6' },
  { segment: 'TST*******a\u0007b', code: 'element-invalid-character', element: 7, bad: 'a\u0007b', ref: 'T7' },
  { segment: 'TST*******abcdef', code: 'element-too-long', element: 7, bad: 'abcdef', ref: 'T7' },
  { segment: 'TST********ZZ:12:9', code: 'element-too-many-components', element: 8, component: 3, bad: '9', ref: 'C9' },
  { segment: 'TST********ZZ:ABC', code: 'element-invalid-number', element: 8, component: 2, bad: 'ABC', ref: 'T8b' },
  { segment: 'TST*********A^B^CCC', code: 'element-too-many-repetitions', element: 9, repetition: 3, bad: 'CCC', ref: 'T9' },
  { segment: 'TST*********A^BBBBBBBBBBB', code: 'element-too-long', element: 9, repetition: 2, bad: 'BBBBBBBBBBB', ref: 'T9' },
  { segment: 'TST***********EXTRA', code: 'element-too-many', element: 11, bad: 'EXTRA' },
  { segment: 'TST*1*2.5', code: 'element-exclusion-violated', element: 2, bad: '2.5', ref: 'T2' },
  { segment: 'BEG*00*SA*PO1**20240115*', code: 'element-too-many', element: 6 },
];

describe('elements: X12 problems with exact positions', () => {
  it.each(X12_CASES)('$segment -> $code', ({ segment, code, element, component, repetition, bad, ref }) => {
    const { problems, text, start } = checkX12(segment);
    if (code === 'element-too-many' && bad === undefined) {
      // a trailing separator with no data is tolerated
      expect(problems).toEqual([]);
      return;
    }
    expect(problems).toHaveLength(1);
    const problem = problems[0]!;
    const offset = text.indexOf(bad!, start + 3);
    expect(problem).toMatchObject({ severity: 'error', code, level: 'element', badValue: bad });
    expect(problem.dataElementRef).toBe(ref);
    const position: Record<string, unknown> = {
      offset, line: 2, column: offset - start + 1, segmentIndex: 1, segmentTag: segment.slice(0, 3),
      element, segmentPositionInTransaction: 2,
    };
    if (component !== undefined) position.component = component;
    if (repetition !== undefined) position.repetition = repetition;
    expect(problem.position).toEqual(position);
  });

  it('reports a code outside a list of only the common codes as information', () => {
    const { problems } = checkX12('N1*ZZ*NAME');
    expect(problems.map((problem) => [problem.code, problem.severity, problem.position.element, problem.message])).toEqual([
      ['element-invalid-code', 'info', 1, 'N101 (Entity Identifier Code) "ZZ" is not among the known codes of the Entity Identifier Code list.'],
    ]);
  });

  it('reports a missing mandatory element at the place where it should be', () => {
    const { problems, start } = checkX12('BEG*00*SA***20240115');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'element-missing',
      message: 'BEG03 (Purchase Order Number) is mandatory but missing.',
      dataElementRef: '324',
      position: { offset: start + 'BEG*00*SA*'.length, element: 3 },
    });
    expect(problems[0]?.badValue).toBeUndefined();
  });

  it('reports mandatory elements missing after the last element at the segment terminator', () => {
    const { problems, start } = checkX12('BEG*00*SA');
    expect(problems.map((problem) => [problem.position.element, problem.position.offset])).toEqual([
      [3, start + 'BEG*00*SA'.length],
      [5, start + 'BEG*00*SA'.length],
    ]);
  });

  it('reports a mandatory component missing from a present composite', () => {
    const { problems, start } = checkX12('TST********:12');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'element-missing',
      dataElementRef: 'T8a',
      position: { element: 8, component: 1, offset: start + 'TST********'.length },
    });
  });
});

describe('elements: syntax rules', () => {
  const codesAt = (segment: string) =>
    checkX12(segment).problems.map((problem) => [problem.code, problem.position.element, problem.dataElementRef]);

  it('P: paired elements are used together', () => {
    expect(codesAt('N1*ST*NAME*92')).toEqual([['element-conditional-missing', 4, '67']]);
    expect(codesAt('N1*ST**92*0001')).toEqual([]);
  });

  it('R: at least one of the elements is required', () => {
    expect(codesAt('N1*ST')).toEqual([['element-conditional-missing', 2, '93']]);
  });

  it('C: when the first is present, the others are required', () => {
    expect(codesAt('DTM*002**1200')).toEqual([['element-conditional-missing', 2, '373']]);
    expect(codesAt('DTM*002*20240101')).toEqual([]);
  });

  it('L: when the first is present, at least one other is required', () => {
    expect(codesAt('TST***20240101')).toEqual([['element-conditional-missing', 4, 'T4']]);
    expect(codesAt('TST***20240101**0800')).toEqual([]);
  });

  it('E: only one of the elements may be present', () => {
    const { problems } = checkX12('TST*1*2');
    expect(problems[0]?.message).toBe('Only one of TST01, TST02 may be used, but TST01, TST02 are all present.');
  });
});

describe('elements: EDIFACT', () => {
  it('accepts the declared decimal mark and counts length without sign and mark', () => {
    expect(checkEdifact('QTY+21:-12,5:PCE', ',').problems).toEqual([]);
    expect(checkEdifact('QTY+21:123456789012345').problems).toEqual([]);
    expect(checkEdifact('QTY+21:12345678901234.5').problems).toEqual([]);
  });

  it('reports the other decimal mark as a decimal notation problem', () => {
    const comma = checkEdifact('QTY+21:12.5', ',');
    expect(comma.problems).toHaveLength(1);
    expect(comma.problems[0]).toMatchObject({
      code: 'element-invalid-decimal-mark',
      dataElementRef: '6060',
      badValue: '12.5',
      message: 'QTY element 1.2 (Quantity) "12.5" uses the wrong decimal mark: this interchange declared ",".',
      position: { element: 1, component: 2, offset: comma.start + 'QTY+21:'.length, line: 2, column: 8 },
    });
    expect(checkEdifact('QTY+21:12,5', '.').problems.map((problem) => problem.code)).toEqual(['element-invalid-decimal-mark']);
  });

  it('requires digits on both sides of a decimal mark and limits the digits', () => {
    expect(checkEdifact('QTY+21:1.').problems.map((problem) => problem.code)).toEqual(['element-invalid-number']);
    expect(checkEdifact('QTY+21:1234567890123456').problems.map((problem) => problem.code)).toEqual(['element-too-long']);
  });

  it('rejects digits in an alphabetic element and codes outside the list', () => {
    expect(checkEdifact('UNS+1').problems.map((problem) => [problem.code, problem.position.element])).toEqual([
      ['element-invalid-character', 1],
    ]);
    expect(checkEdifact('NAD+ZZ').problems.map((problem) => problem.code)).toEqual(['element-invalid-code']);
  });

  it('gives the element offset when the segment has no escapes, the segment offset when it has', () => {
    const plain = checkEdifact('NAD+ZZ+AB');
    expect(plain.problems[0]?.position).toMatchObject({ offset: plain.start + 4, column: 5 });
    const escaped = checkEdifact('NAD+ZZ+A?+B');
    expect(escaped.problems[0]?.position).toMatchObject({ offset: escaped.start, column: 1, element: 1 });
  });
});
