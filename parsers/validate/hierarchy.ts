/**
 * The HL hierarchy of an X12 856/940 (HL01 id, HL02 parent, HL03 level) or the CPS hierarchy of an EDIFACT DESADV
 * (7164 id, 7166 parent, 7075 packaging level): the same three leading elements, so one builder serves both.
 * The loop tree (from the spec) decides which segments belong to each HL; without a spec, everything up to the
 * next HL does.
 */
import { type HierarchyNode, type LoopNode, type Segment, type Standard, elementValue, isLoopNode } from '../model.js';
import type { ProblemSink } from './problem-sink.js';

interface HierarchyTags {
  trigger: string;
  trailer: string;
  idRef: string;
  parentRef: string;
}

const TAGS: Record<Standard, HierarchyTags> = {
  x12: { trigger: 'HL', trailer: 'SE', idRef: '628', parentRef: '734' },
  edifact: { trigger: 'CPS', trailer: 'UNT', idRef: '7164', parentRef: '7166' },
};

export interface HierarchyInput {
  segments: Segment[];
  tree: LoopNode | undefined;
  /** loop id per segment (same order as segments), when the structure walk ran */
  loopIds: (string | undefined)[] | undefined;
  standard: Standard;
  sink: ProblemSink;
}

/** The hierarchy roots, or undefined when the transaction has no hierarchy segments. */
export function buildHierarchy(input: HierarchyInput): HierarchyNode[] | undefined {
  const tags = TAGS[input.standard];
  if (!input.segments.some((segment) => segment.tag === tags.trigger)) return undefined;
  const nodes: HierarchyNode[] = [];
  collect(input.tree ? input.tree.children : input.segments, null, nodes, tags);
  return link(nodes, input, tags);
}

function collect(
  children: (Segment | LoopNode)[],
  inherited: HierarchyNode | null,
  nodes: HierarchyNode[],
  tags: HierarchyTags,
): void {
  let owner = inherited;
  for (const child of children) {
    if (isLoopNode(child)) {
      collect(child.children, owner, nodes, tags);
    } else if (child.tag === tags.trigger) {
      owner = {
        id: elementValue(child, 1),
        parentId: elementValue(child, 2),
        level: elementValue(child, 3),
        segments: [child],
        children: [],
      };
      nodes.push(owner);
    } else if (owner && child.tag !== tags.trailer) {
      owner.segments.push(child);
    }
  }
}

function link(nodes: HierarchyNode[], input: HierarchyInput, tags: HierarchyTags): HierarchyNode[] {
  const roots: HierarchyNode[] = [];
  const byId = new Map<string, HierarchyNode>();
  for (const node of nodes) {
    const duplicate = byId.has(node.id);
    if (duplicate) {
      report(input, tags, node, 1, `${tags.trigger} id ${JSON.stringify(node.id)} is already used by an earlier ${tags.trigger} segment; ids must be unique.`);
    }
    const parent = node.parentId === '' ? undefined : byId.get(node.parentId);
    if (parent) {
      parent.children.push(node);
    } else {
      if (node.parentId !== '') report(input, tags, node, 2, orphanMessage(node, nodes, tags));
      roots.push(node);
    }
    if (!duplicate) byId.set(node.id, node);
  }
  return roots;
}

function orphanMessage(node: HierarchyNode, nodes: HierarchyNode[], tags: HierarchyTags): string {
  const name = `${tags.trigger} ${JSON.stringify(node.id)}`;
  const parent = JSON.stringify(node.parentId);
  if (node.parentId === node.id) return `${name} names itself as its parent.`;
  if (nodes.some((other) => other.id === node.parentId)) {
    return `${name} names parent ${parent}, which comes only later; a parent must come before its children.`;
  }
  return `${name} names parent ${parent}, but no ${tags.trigger} in this transaction has that id.`;
}

function report(input: HierarchyInput, tags: HierarchyTags, node: HierarchyNode, element: 1 | 2, message: string): void {
  const segment = node.segments[0] as Segment;
  const position = positionOf(input.segments, segment);
  input.sink.element(
    'hierarchy-invalid',
    message,
    { segment, positionInTransaction: position, loopId: input.loopIds?.[position - 1] },
    { element },
    element === 1 ? tags.idRef : tags.parentRef,
    element === 1 ? node.id : node.parentId,
    { level: 'segment', severity: 'error' },
  );
}

/** 1-based position of a segment in its transaction; segments of a transaction are consecutive in the interchange. */
function positionOf(segments: Segment[], segment: Segment): number {
  const first = segments[0];
  const guess = first ? segment.index - first.index : -1;
  if (segments[guess] === segment) return guess + 1;
  return segments.indexOf(segment) + 1;
}
