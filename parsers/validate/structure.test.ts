import { describe, expect, it } from 'vitest';
import type { TransactionSpec } from '../specs/types.js';
import { validateTransaction } from './index.js';
import { contextFor, x12Text } from './test-fixtures/edi-text.js';
import { mini850, miniX12 } from './test-fixtures/mini-x12.js';
import { loop, ref } from './test-fixtures/spec-builders.js';
import { segmentsOf, shapeOf } from './test-fixtures/tree-shape.js';

function validate850(text: string, spec: TransactionSpec | null = mini850, versionFallback = false) {
  const parsed = x12Text(text);
  const result = validateTransaction(parsed.segments, spec ?? undefined, contextFor(parsed, miniX12, { versionFallback }));
  return { ...result, parsed };
}

const lines = (...segments: string[]): string => segments.map((segment) => `${segment}~\n`).join('');

const VALID_850 = lines(
  'ST*850*0001',
  'BEG*00*SA*PO123**20240115',
  'REF*DP*038',
  'DTM*002*20240120',
  'N1*ST*ACME DC*92*0001',
  'N3*1 MAIN ST',
  'N4*SPRINGFIELD*IL*62701',
  'N1*BT*ACME HQ',
  'PO1*1*10*EA*2.5**BP*ABC1',
  'PID*F****WIDGET',
  'N1*SF*VENDOR',
  'PO1*2*5*CA*12**VN*XYZ',
  'CTT*2',
  'SE*14*0001',
);

/** offset and line of the n-th (0-based) segment of a one-segment-per-line text */
function at(text: string, segmentIndex: number): { offset: number; line: number } {
  let offset = 0;
  for (let index = 0; index < segmentIndex; index++) offset = text.indexOf('\n', offset) + 1;
  return { offset, line: segmentIndex + 1 };
}

describe('structure: a valid transaction', () => {
  it('has no problems and builds header loops, line loops and nested loops in spec order', () => {
    const { problems, tree, parsed } = validate850(VALID_850);
    expect(problems).toEqual([]);
    expect(tree?.id).toBe('ST');
    expect(tree?.name).toBe('Purchase Order');
    expect(shapeOf(tree!)).toEqual([
      'ST', 'BEG', 'REF', 'DTM',
      { N1: ['N1', 'N3', 'N4'] },
      { N1: ['N1'] },
      { PO1: ['PO1', 'PID', { N1: ['N1'] }] },
      { PO1: ['PO1'] },
      'CTT', 'SE',
    ]);
    expect(segmentsOf(tree!)).toEqual(parsed.segments);
  });

  it('reuses the compiled spec: a second transaction gives the same tree', () => {
    const first = validate850(VALID_850);
    const second = validate850(VALID_850);
    expect(shapeOf(second.tree!)).toEqual(shapeOf(first.tree!));
  });
});

describe('structure: missing segments and loops', () => {
  it('reports a missing mandatory segment at the segment where it was expected', () => {
    const text = lines('ST*850*0001', 'REF*DP*038', 'PO1*1*10*EA', 'SE*4*0001');
    const { problems } = validate850(text);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'segment-missing',
        level: 'segment',
        message: 'Mandatory segment BEG (Beginning Segment for Purchase Order) is missing before REF.',
        position: { ...at(text, 1), column: 1, segmentIndex: 1, segmentTag: 'BEG', segmentPositionInTransaction: 2 },
      },
    ]);
  });

  it('reports a missing mandatory loop by its trigger segment and loop id', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20240115', 'CTT*0', 'SE*4*0001');
    const { problems } = validate850(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('segment-missing');
    expect(problems[0]?.message).toContain('PO1 loop');
    expect(problems[0]?.position).toEqual({
      ...at(text, 2), column: 1, segmentIndex: 2, segmentTag: 'PO1', segmentPositionInTransaction: 3, loopId: 'PO1',
    });
  });

  it('reports what is missing at the end of a transaction without trailer, but not the trailer itself', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20240115');
    const { problems, tree, parsed } = validate850(text);
    // where the next segment would have started: right after the last terminator
    const end = parsed.segments[1]!.end;
    expect(problems.map((problem) => problem.position)).toEqual([
      { offset: end, line: 2, column: end - text.indexOf('BEG') + 1, segmentTag: 'PO1', segmentPositionInTransaction: 3, loopId: 'PO1' },
    ]);
    expect(shapeOf(tree!)).toEqual(['ST', 'BEG']);
  });

  it('reports a mandatory segment missing inside a loop when the loop ends', () => {
    const spec: TransactionSpec = {
      ...mini850,
      body: [ref('ST', 'M', 1), loop('PO1', 'Line', 'M', 0, [ref('PO1', 'M', 1), ref('PID', 'M', 1)]), ref('SE', 'M', 1)],
    };
    const text = lines('ST*850*0001', 'PO1*1*1*EA', 'PO1*2*1*EA', 'PID*F****WIDGET', 'PO1*3*1*EA', 'SE*6*0001');
    const { problems } = validate850(text, spec);
    expect(problems.map((problem) => [problem.code, problem.position.segmentTag, problem.position.line, problem.position.loopId]))
      .toEqual([
        ['segment-missing', 'PID', 3, 'PO1'],
        ['segment-missing', 'PID', 6, 'PO1'],
      ]);
  });
});

describe('structure: segments that do not fit', () => {
  it('tells an unknown tag, a known tag from another transaction, and a tag outside its loop apart', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20240115', 'ZZZ*1', 'BAK*00', 'N1*ST*ACME', 'PID*F****LOST', 'PO1*1*1*EA', 'SE*8*0001');
    const { problems, tree, parsed } = validate850(text);
    expect(problems.map((problem) => [problem.code, problem.position.segmentTag, problem.position.line, problem.position.loopId]))
      .toEqual([
        ['segment-unrecognized', 'ZZZ', 3, undefined],
        ['segment-not-in-set', 'BAK', 4, undefined],
        ['segment-unexpected', 'PID', 6, 'N1'],
      ]);
    expect(problems[2]?.message).toBe('Segment PID is not expected here: in a 850 it belongs inside a PO1 loop, which has not started.');
    // kept where they were found, so nothing is lost and order is preserved
    expect(shapeOf(tree!)).toEqual(['ST', 'BEG', 'ZZZ', 'BAK', { N1: ['N1', 'PID'] }, { PO1: ['PO1'] }, 'SE']);
    expect(segmentsOf(tree!)).toEqual(parsed.segments);
  });

  it('reports a segment that belongs earlier as out of order and keeps the walk where it was', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20240115', 'DTM*002*20240120', 'REF*DP*038', 'DTM*002*20240121', 'PO1*1*1*EA', 'SE*7*0001');
    const { problems } = validate850(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'segment-out-of-order',
      message: 'Segment REF is out of order: in a 850 it must come before DTM.',
      position: { ...at(text, 3), segmentIndex: 3, segmentTag: 'REF', segmentPositionInTransaction: 4 },
    });
  });

  it('reports a header segment found inside the line loops as out of order', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20240115', 'PO1*1*1*EA', 'REF*DP*038', 'SE*5*0001');
    const { problems, tree } = validate850(text);
    expect(problems.map((problem) => [problem.code, problem.position.line, problem.position.loopId])).toEqual([
      ['segment-out-of-order', 4, 'PO1'],
    ]);
    expect(shapeOf(tree!)).toEqual(['ST', 'BEG', { PO1: ['PO1', 'REF'] }, 'SE']);
  });
});

describe('structure: repeats', () => {
  it('reports a segment repeated beyond its maximum at the first extra occurrence', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO1**20240115', 'BEG*00*SA*PO2**20240115', 'REF*DP*1', 'REF*DP*2', 'REF*DP*3', 'REF*DP*4', 'PO1*1*1*EA', 'SE*9*0001');
    const { problems } = validate850(text);
    expect(problems.map((problem) => [problem.code, problem.position.segmentTag, problem.position.line])).toEqual([
      ['segment-over-max', 'BEG', 3],
      ['segment-over-max', 'REF', 7],
    ]);
    expect(problems[1]?.message).toBe('Segment REF appears 4 times in a row here; a 850 allows at most 3.');
  });

  it('reports a loop repeated beyond its maximum at the trigger of the first extra iteration', () => {
    const parties = ['N1*ST*A', 'N1*BT*B', 'N1*SF*C', 'N1*VN*D'];
    const text = lines('ST*850*0001', 'BEG*00*SA*PO1**20240115', ...parties, 'PO1*1*1*EA', 'SE*8*0001');
    const { problems, tree } = validate850(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'loop-over-max',
      position: { ...at(text, 5), segmentTag: 'N1', loopId: 'N1', segmentPositionInTransaction: 6 },
    });
    expect(shapeOf(tree!).filter((child) => typeof child !== 'string')).toHaveLength(5);
  });
});

describe('structure: qualified loops', () => {
  const qualified: TransactionSpec = {
    ...mini850,
    body: [
      ref('ST', 'M', 1),
      loop('N1ST', 'Ship to', 'M', 1, [ref('N1', 'M', 1, { element: 1, values: ['ST'] }), ref('N3', 'O', 2)]),
      loop('N1BT', 'Bill to', 'O', 1, [ref('N1', 'M', 1, { element: 1, values: ['BT'] }), ref('N3', 'O', 2)]),
      ref('SE', 'M', 1),
    ],
  };

  it('starts the loop whose qualifier matches', () => {
    const text = lines('ST*850*0001', 'N1*ST*A', 'N3*X', 'N1*BT*B', 'SE*5*0001');
    const { problems, tree } = validate850(text, qualified);
    expect(problems).toEqual([]);
    expect(shapeOf(tree!)).toEqual(['ST', { N1ST: ['N1', 'N3'] }, { N1BT: ['N1'] }, 'SE']);
  });

  it('reports a qualified segment that comes after the loop of a later qualifier as out of order', () => {
    const text = lines('ST*850*0001', 'N1*BT*B', 'N1*ST*A', 'SE*4*0001');
    const { problems } = validate850(text, qualified);
    expect(problems.map((problem) => [problem.code, problem.position.line])).toEqual([
      ['segment-missing', 2],
      ['segment-out-of-order', 3],
    ]);
  });

  it('places a segment whose qualifier no loop names by its tag alone', () => {
    const text = lines('ST*850*0001', 'N1*VN*V', 'SE*3*0001');
    const { problems, tree } = validate850(text, qualified);
    expect(problems).toEqual([]);
    expect(shapeOf(tree!)).toEqual(['ST', { N1ST: ['N1'] }, 'SE']);
  });
});

describe('structure: severity and missing specs', () => {
  it('has nothing to say about a transaction without segments', () => {
    expect(validateTransaction([], mini850, contextFor(x12Text(''), miniX12))).toEqual({ problems: [] });
  });

  it('downgrades structure and element problems to warnings when the spec stands in for another version', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20241315', 'ZZZ*1', 'SE*4*0001');
    const { problems } = validate850(text, mini850, true);
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ['element-invalid-date', 'warning'],
      ['segment-unrecognized', 'warning'],
      ['segment-missing', 'warning'],
    ]);
  });

  it('without a spec checks only the elements of segments the dictionary knows, as warnings, and builds no tree', () => {
    const text = lines('ST*850*0001', 'BEG*00*SA*PO123**20241315', 'ZZZ*1', 'SE*4*0001');
    const result = validate850(text, null);
    expect(result.problems.map((problem) => [problem.code, problem.severity])).toEqual([['element-invalid-date', 'warning']]);
    expect(result.tree).toBeUndefined();
    expect(result.hierarchy).toBeUndefined();
  });
});
