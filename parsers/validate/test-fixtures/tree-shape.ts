/** Test-only: compact views of a LoopNode tree for assertions. */
import { type LoopNode, type Segment, isLoopNode } from '../../model.js';

export type Shape = string | { [loopId: string]: Shape[] };

/** Segments as their tags, loops as { id: [children] }. */
export function shapeOf(node: LoopNode): Shape[] {
  return node.children.map((child) => (isLoopNode(child) ? { [child.id]: shapeOf(child) } : child.tag));
}

/** Every segment of the tree in depth-first order. */
export function segmentsOf(node: LoopNode): Segment[] {
  return node.children.flatMap((child) => (isLoopNode(child) ? segmentsOf(child) : [child]));
}
