import { describe, expect, it } from 'vitest';
import type { HierarchyNode } from '../model.js';
import type { TransactionSpec } from '../specs/types.js';
import { validateTransaction } from './index.js';
import { contextFor, edifactText, x12Text } from './test-fixtures/edi-text.js';
import { miniDesadv, miniEdifact } from './test-fixtures/mini-edifact.js';
import { mini856, miniX12 } from './test-fixtures/mini-x12.js';
import { shapeOf } from './test-fixtures/tree-shape.js';

interface Summary {
  id: string;
  level: string;
  tags: string;
  children: Summary[];
}

function summarize(nodes: HierarchyNode[]): Summary[] {
  return nodes.map((node) => ({
    id: node.id,
    level: node.level,
    tags: node.segments.map((segment) => segment.tag).join(' '),
    children: summarize(node.children),
  }));
}

function validate856(body: string[], spec: TransactionSpec | null = mini856) {
  const text = ['ST*856*0001', 'BSN*00*SHIP1*20240115*1200', ...body, 'CTT*1', `SE*${body.length + 4}*0001`]
    .map((segment) => `${segment}~\n`)
    .join('');
  const parsed = x12Text(text);
  return validateTransaction(parsed.segments, spec ?? undefined, contextFor(parsed, miniX12));
}

const leaf = (id: string, level: string, tags: string): Summary => ({ id, level, tags, children: [] });

describe('HL hierarchy (X12 856)', () => {
  const SHIPMENT = [
    'HL*1**S',
    'HL*2*1*O',
    'HL*3*2*P', 'MAN*GM*00012345678901234567',
    'HL*4*3*I', 'LIN**VN*ABC', 'SN1**10*EA',
    'HL*5*3*I', 'LIN**VN*DEF', 'SN1**5*EA',
  ];

  it('builds shipment > order > pack > items with the segments of each level, outside the loop tree', () => {
    const { problems, hierarchy, tree } = validate856(SHIPMENT);
    expect(problems).toEqual([]);
    expect(summarize(hierarchy!)).toEqual([
      {
        id: '1', level: 'S', tags: 'HL', children: [
          {
            id: '2', level: 'O', tags: 'HL', children: [
              { id: '3', level: 'P', tags: 'HL MAN', children: [leaf('4', 'I', 'HL LIN SN1'), leaf('5', 'I', 'HL LIN SN1')] },
            ],
          },
        ],
      },
    ]);
    // the loop tree follows the spec: one HL loop repeated, summary segments outside it
    expect(shapeOf(tree!)).toEqual([
      'ST', 'BSN',
      { HL: ['HL'] }, { HL: ['HL'] }, { HL: ['HL', 'MAN'] }, { HL: ['HL', 'LIN', 'SN1'] }, { HL: ['HL', 'LIN', 'SN1'] },
      'CTT', 'SE',
    ]);
  });

  it('reports a parent id that no HL has, and keeps the orphan as a root', () => {
    const { problems, hierarchy } = validate856(['HL*1**S', 'HL*2*9*O', 'LIN**VN*ABC']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      code: 'hierarchy-invalid',
      level: 'segment',
      dataElementRef: '734',
      badValue: '9',
      message: 'HL "2" names parent "9", but no HL in this transaction has that id.',
      position: { line: 4, column: 6, element: 2, segmentTag: 'HL', segmentIndex: 3, segmentPositionInTransaction: 4, loopId: 'HL' },
    });
    expect(summarize(hierarchy!)).toEqual([leaf('1', 'S', 'HL'), leaf('2', 'O', 'HL LIN')]);
  });

  it('reports a duplicate id at the second HL that uses it', () => {
    const { problems, hierarchy } = validate856(['HL*1**S', 'HL*2*1*O', 'HL*2*1*O', 'HL*3*2*I']);
    expect(problems.map((problem) => [problem.code, problem.position.line, problem.position.element, problem.dataElementRef, problem.badValue]))
      .toEqual([['hierarchy-invalid', 5, 1, '628', '2']]);
    // the first HL with the id is the one children attach to
    expect(summarize(hierarchy!)).toEqual([
      { id: '1', level: 'S', tags: 'HL', children: [{ ...leaf('2', 'O', 'HL'), children: [leaf('3', 'I', 'HL')] }, leaf('2', 'O', 'HL')] },
    ]);
  });

  it('reports a parent that comes after its child, and a level that is its own parent', () => {
    const { problems } = validate856(['HL*1**S', 'HL*2*3*O', 'HL*3*1*P', 'HL*4*4*I']);
    expect(problems.map((problem) => [problem.position.line, problem.message])).toEqual([
      [4, 'HL "2" names parent "3", which comes only later; a parent must come before its children.'],
      [6, 'HL "4" names itself as its parent.'],
    ]);
  });

  it('without a spec, gives each HL everything up to the next HL except the trailer', () => {
    const { problems, hierarchy, tree } = validate856(['HL*1**S', 'HL*2*1*O', 'LIN**VN*ABC'], null);
    expect(problems).toEqual([]);
    expect(tree).toBeUndefined();
    expect(summarize(hierarchy!)).toEqual([{ ...leaf('1', 'S', 'HL'), children: [leaf('2', 'O', 'HL LIN CTT')] }]);
  });

  it('gives no hierarchy to a transaction without HL segments', () => {
    expect(validate856([]).hierarchy).toBeUndefined();
  });
});

describe('CPS hierarchy (EDIFACT DESADV)', () => {
  it('builds the packing hierarchy from CPS id and parent with the segment groups of each level', () => {
    const text = [
      'UNH+1+DESADV:D:96A:UN', 'BGM+351+ASN1+9', 'DTM+137:20240115:102',
      'CPS+1', 'PAC+2',
      'CPS+2+1', 'PAC+1', 'LIN+1++4000862141404:SRS', 'QTY+12:10',
      'CPS+3+1+1', 'LIN+2++4000862141411:SRS', 'QTY+12:5',
      'CNT+2:2', 'UNT+14+1',
    ].map((segment) => `${segment}'\n`).join('');
    const parsed = edifactText(text);
    const { problems, hierarchy, tree } = validateTransaction(parsed.segments, miniDesadv, contextFor(parsed, miniEdifact));
    expect(problems).toEqual([]);
    expect(summarize(hierarchy!)).toEqual([
      { ...leaf('1', '', 'CPS PAC'), children: [leaf('2', '', 'CPS PAC LIN QTY'), leaf('3', '1', 'CPS LIN QTY')] },
    ]);
    expect(shapeOf(tree!)).toEqual([
      'UNH', 'BGM', 'DTM',
      { SG10: ['CPS', { SG11: ['PAC'] }] },
      { SG10: ['CPS', { SG11: ['PAC'] }, { SG17: ['LIN', 'QTY'] }] },
      { SG10: ['CPS', { SG17: ['LIN', 'QTY'] }] },
      'CNT', 'UNT',
    ]);
  });

  it('reports an unknown CPS parent with the EDIFACT data element', () => {
    const text = ['UNH+1+DESADV:D:96A:UN', 'BGM+351+ASN1+9', 'DTM+137:20240115:102', 'CPS+1', 'CPS+2+7', 'UNT+6+1']
      .map((segment) => `${segment}'\n`).join('');
    const parsed = edifactText(text);
    const { problems } = validateTransaction(parsed.segments, miniDesadv, contextFor(parsed, miniEdifact));
    expect(problems.map((problem) => [problem.code, problem.dataElementRef, problem.position.line, problem.position.loopId])).toEqual([
      ['hierarchy-invalid', '7166', 5, 'SG10'],
    ]);
  });
});
