import { describe, expect, it } from 'vitest';
import { validateTransaction } from './index.js';
import { contextFor, edifactText } from './test-fixtures/edi-text.js';
import { miniEdifact, miniOrders } from './test-fixtures/mini-edifact.js';
import { segmentsOf, shapeOf } from './test-fixtures/tree-shape.js';

function validateOrders(segments: string[], decimalMark = ',') {
  const text = segments.map((segment) => `${segment}'\n`).join('');
  const parsed = edifactText(text);
  return { ...validateTransaction(parsed.segments, miniOrders, contextFor(parsed, miniEdifact, { decimalMark })), parsed };
}

const HEADER = ['UNH+1+ORDERS:D:96A:UN', 'BGM+220+PO123+9', 'DTM+137:20240115:102'];
const PARTIES = ['NAD+BY+5412345000013::9', 'LOC+7', 'NAD+SU+4012345500004::9'];
const LINES = ['LIN+1++4000862141404:SRS', 'PIA+1', 'QTY+21:48', 'LIN+2++4000862141411:SRS', 'QTY+21:12,5'];

describe('EDIFACT segment groups (ORDERS)', () => {
  it('builds SG2 and SG25 groups for a valid message with a decimal comma', () => {
    const { problems, tree, parsed } = validateOrders([...HEADER, ...PARTIES, ...LINES, 'UNS+S', 'CNT+2:2', 'UNT+14+1']);
    expect(problems).toEqual([]);
    expect(tree?.id).toBe('UNH');
    expect(shapeOf(tree!)).toEqual([
      'UNH', 'BGM', 'DTM',
      { SG2: ['NAD', 'LOC'] }, { SG2: ['NAD'] },
      { SG25: ['LIN', 'PIA', 'QTY'] }, { SG25: ['LIN', 'QTY'] },
      'UNS', 'CNT', 'UNT',
    ]);
    expect(segmentsOf(tree!)).toEqual(parsed.segments);
  });

  it('reports the missing section separator where the summary section starts', () => {
    const { problems } = validateOrders([...HEADER, ...LINES, 'CNT+2:2', 'UNT+10+1']);
    expect(problems.map((problem) => [problem.code, problem.position.segmentTag, problem.position.line, problem.position.segmentPositionInTransaction]))
      .toEqual([['segment-missing', 'UNS', 9, 9]]);
  });

  it('reports a segment of a group whose trigger is missing, and one from another message', () => {
    const { problems, tree } = validateOrders([...HEADER, 'QTY+21:1', 'ERC+100', ...LINES, 'UNS+S', 'UNT+11+1']);
    expect(problems.map((problem) => [problem.code, problem.position.segmentTag, problem.position.line])).toEqual([
      ['segment-unexpected', 'QTY', 4],
      ['segment-not-in-set', 'ERC', 5],
    ]);
    expect(problems[0]?.message).toContain('SG25');
    expect(shapeOf(tree!).slice(0, 5)).toEqual(['UNH', 'BGM', 'DTM', 'QTY', 'ERC']);
  });

  it('reports a group trigger found after a later group as out of order', () => {
    const { problems } = validateOrders([...HEADER, ...LINES, 'NAD+BY+5412345000013::9', 'UNS+S', 'UNT+11+1']);
    expect(problems.map((problem) => [problem.code, problem.position.line, problem.position.loopId])).toEqual([
      ['segment-out-of-order', 9, 'SG25'],
    ]);
  });

  it('reports element problems with the group they sit in', () => {
    const { problems } = validateOrders([...HEADER, 'NAD+XX', 'UNS+S', 'UNT+6+1']);
    expect(problems.map((problem) => [problem.code, problem.position.loopId, problem.position.segmentPositionInTransaction]))
      .toEqual([['element-invalid-code', 'SG2', 4]]);
  });
});
