/**
 * A compact notation for message structures, close to the directory tables: M('BGM') is a mandatory segment
 * used once, C('DTM', 5) a conditional segment used up to 5 times, group('SG1', 'C', 10, 'RFF', ...) segment
 * group 1, conditional, repeated up to 10 times, triggered by RFF (the trigger is always mandatory within it).
 */
import type { LoopSpec, SegmentRef, TransactionSpec, Usage } from '../../types.js';
import { segmentNames } from '../segments/index.js';

export type StructureNode = SegmentRef | LoopSpec;

export function M(tag: string, max = 1): SegmentRef {
  return { kind: 'segment', tag, usage: 'M', max };
}

export function C(tag: string, max = 1): SegmentRef {
  return { kind: 'segment', tag, usage: 'C', max };
}

/** Group names are the trigger segment's name ('Name and address' for a NAD group), as the viewer shows them. */
export function group(id: string, usage: Usage, max: number, trigger: string, ...rest: StructureNode[]): LoopSpec {
  const name = segmentNames[trigger];
  if (name === undefined) throw new Error(`Group ${id} is triggered by ${trigger}, which the dictionary does not define`);
  return { kind: 'loop', id, name, usage, max, children: [M(trigger), ...rest] };
}

export function message(type: string, name: string, versions: string[], body: StructureNode[]): TransactionSpec {
  return { standard: 'edifact', type, name, functionalId: null, versions, body };
}
