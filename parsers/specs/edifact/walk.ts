/** Walks message structures; shared by the tests and by anyone who needs every segment or group of a spec. */
import type { LoopSpec, SegmentRef, TransactionSpec } from '../types.js';

export function* segmentRefs(nodes: (SegmentRef | LoopSpec)[]): Generator<SegmentRef> {
  for (const node of nodes) {
    if (node.kind === 'segment') yield node;
    else yield* segmentRefs(node.children);
  }
}

/** Groups in directory order: depth first, parent before its children. */
export function* loops(nodes: (SegmentRef | LoopSpec)[]): Generator<LoopSpec> {
  for (const node of nodes) {
    if (node.kind === 'loop') {
      yield node;
      yield* loops(node.children);
    }
  }
}

export function segmentTagsOf(spec: TransactionSpec): Set<string> {
  return new Set(Array.from(segmentRefs(spec.body), (ref) => ref.tag));
}
