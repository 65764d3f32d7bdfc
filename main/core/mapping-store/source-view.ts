/**
 * The transaction as the mapping editor shows it: segments with element names from the standard's dictionary, the
 * loop tree and the HL hierarchy, all by 0-based segment index (ST / UNH = 0), the index mapping issues and
 * coverage use. Built once per sample (it does not depend on the map); the used-by marks are added per preview.
 */
import { isLoopNode, type HierarchyNode, type LoopNode, type Segment, type Standard, type Transaction } from '../../../parsers/index.js';
import { dictionaryFor } from '../../../parsers/specs/registry.js';
import type { PreviewHierarchyNode, PreviewLoop, PreviewSegment } from './types.js';

export interface SourceView {
  segments: PreviewSegment[];
  tree: PreviewLoop | null;
  hierarchy: PreviewHierarchyNode[];
}

function segmentView(dictionary: ReturnType<typeof dictionaryFor>, segment: Segment, index: number): PreviewSegment {
  const spec = dictionary.segments[segment.tag];
  return {
    index,
    tag: segment.tag,
    name: spec?.name ?? null,
    elements: segment.elements.map((components, position) => {
      const element = spec?.elements[position];
      const composite = element?.components !== undefined || components.length > 1;
      return {
        position: position + 1,
        value: components.join(':'),
        name: element?.name ?? null,
        ref: element?.id ?? null,
        components: composite ? components.map((value, at) => ({ position: at + 1, value, name: element?.components?.[at]?.name ?? null })) : null,
      };
    }),
    usedBy: [],
    used: false,
  };
}

export function buildSourceView(standard: Standard, transaction: Transaction): SourceView {
  const segments = transaction.segments ?? [];
  const dictionary = dictionaryFor(standard);
  const indexOf = new Map(segments.map((segment, index) => [segment, index]));
  const loop = (node: LoopNode): PreviewLoop => ({
    id: node.id,
    name: node.name,
    items: node.children.map((child) => (isLoopNode(child) ? { kind: 'loop', loop: loop(child) } : { kind: 'segment', index: indexOf.get(child) ?? 0 })),
  });
  const hl = (node: HierarchyNode): PreviewHierarchyNode => ({
    id: node.id,
    parentId: node.parentId,
    level: node.level,
    segments: node.segments.map((segment) => indexOf.get(segment) ?? 0),
    children: node.children.map(hl),
  });
  return {
    segments: segments.map((segment, index) => segmentView(dictionary, segment, index)),
    tree: transaction.tree ? loop(transaction.tree) : null,
    hierarchy: (transaction.hierarchy ?? []).map(hl),
  };
}
