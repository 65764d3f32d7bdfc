/**
 * Parsed segments as the viewer shows them: each element with its value as sent, its dictionary name and the
 * meaning of coded values; the loop tree and the HL hierarchy as indexes into the segment list.
 */
import { isLoopNode, type Delimiters, type HierarchyNode, type LoopNode, type Segment, type Standard } from '../../../parsers/index.js';
import { dictionaryFor } from '../../../parsers/specs/registry.js';
import type { ElementSpec, SegmentSpec, StandardDictionary } from '../../../parsers/specs/types.js';
import type { ElementView, HierarchyView, LoopView, SegmentDescription, SegmentView } from '../api/types-documents.js';

function codeName(dictionary: StandardDictionary, spec: ElementSpec | undefined, value: string): string | null {
  if (!spec?.codes || value === '') return null;
  return dictionary.codeLists[spec.codes]?.codes[value] ?? null;
}

function elementView(dictionary: StandardDictionary, segment: Segment, index: number, spec: ElementSpec | undefined, delimiters: Delimiters): ElementView {
  const repetitions = segment.repeats?.[index] ?? [segment.elements[index] ?? []];
  const first = repetitions[0] ?? [];
  const value = repetitions.map((components) => components.join(delimiters.component)).join(delimiters.repetition ?? '');
  const composite = spec?.components !== undefined || first.length > 1;
  const components = composite
    ? first.map((component, position) => {
        const componentSpec = spec?.components?.[position];
        return { position: position + 1, value: component, name: componentSpec?.name ?? null, codeName: codeName(dictionary, componentSpec, component) };
      })
    : null;
  return {
    position: index + 1,
    value,
    ref: spec?.id ?? null,
    name: spec?.name ?? null,
    codeName: composite ? null : codeName(dictionary, spec, first[0] ?? ''),
    components,
  };
}

export interface SegmentViews {
  segments: SegmentView[];
  names: Record<string, SegmentDescription>;
}

/**
 * `rawStart` is the absolute offset of the raw text's first byte; `limit` cuts very long transactions (the table
 * stays usable and the answer stays a few megabytes).
 */
export function segmentViews(standard: Standard, segments: Segment[], delimiters: Delimiters, rawStart: number, limit: number): SegmentViews {
  const dictionary = dictionaryFor(standard);
  const names: Record<string, SegmentDescription> = {};
  const views = segments.slice(0, limit).map((segment, index): SegmentView => {
    const spec: SegmentSpec | undefined = dictionary.segments[segment.tag];
    if (!(segment.tag in names)) names[segment.tag] = { name: spec?.name ?? 'Unknown segment', purpose: spec?.purpose ?? null };
    return {
      position: index + 1,
      tag: segment.tag,
      rawOffset: segment.offset - rawStart,
      rawLength: segment.end - segment.offset,
      elements: segment.elements.map((_, elementIndex) => elementView(dictionary, segment, elementIndex, spec?.elements[elementIndex], delimiters)),
      problems: [],
    };
  });
  return { segments: views, names };
}

/** Index of the segment that contains `offset` (segments sorted by offset), or null. */
export function segmentIndexAt(segments: Segment[], offset: number): number | null {
  let low = 0;
  let high = segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (segments[middle]!.offset <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found === -1) return null;
  // A problem just past the last segment (a missing trailer) belongs to that segment too.
  const segment = segments[found]!;
  return offset <= segment.end || found < segments.length - 1 ? found : null;
}

function indexFinder(segments: Segment[]): (segment: Segment) => number {
  const byObject = new Map(segments.map((segment, index) => [segment, index]));
  return (segment) => byObject.get(segment) ?? segmentIndexAt(segments, segment.offset) ?? 0;
}

export function loopView(root: LoopNode, segments: Segment[]): LoopView {
  const indexOf = indexFinder(segments);
  const build = (node: LoopNode): LoopView => {
    const items: LoopView['items'] = node.children.map((child) => (isLoopNode(child) ? { kind: 'loop', loop: build(child) } : { kind: 'segment', index: indexOf(child) }));
    const spans = items.map((item) => (item.kind === 'loop' ? [item.loop.first, item.loop.last] : [item.index, item.index]));
    const first = spans.length > 0 ? Math.min(...spans.map((span) => span[0]!)) : 0;
    const last = spans.length > 0 ? Math.max(...spans.map((span) => span[1]!)) : 0;
    return { id: node.id, name: node.name, first, last, items };
  };
  return build(root);
}

const HL_LEVELS: Record<string, string> = { S: 'Shipment', O: 'Order', T: 'Tare', P: 'Pack', I: 'Item', Q: 'Subpack', F: 'Component' };

export function hierarchyView(standard: Standard, nodes: HierarchyNode[], segments: Segment[]): HierarchyView[] {
  const indexOf = indexFinder(segments);
  const dictionary = dictionaryFor(standard);
  const levelSpec = dictionary.segments.HL?.elements[2];
  const build = (node: HierarchyNode): HierarchyView => ({
    id: node.id,
    parentId: node.parentId,
    level: node.level,
    levelName: codeName(dictionary, levelSpec, node.level) ?? HL_LEVELS[node.level] ?? null,
    segment: node.segments[0] ? indexOf(node.segments[0]) : 0,
    segments: node.segments.map(indexOf),
    children: node.children.map(build),
  });
  return nodes.map(build);
}
