/**
 * X12 segment dictionary, code lists and transaction sets (004010 and 005010).
 *
 * `x12Dictionary.segments` is the merged view: each segment accepts what either release accepts (an element added in
 * 005010 is optional, lengths are the wider of the two). Use `x12SegmentsFor(version)` for the exact view of one
 * release, e.g. to flag a 005010-only element in a 004010 file.
 */
import type { SegmentSpec, StandardDictionary } from '../types.js';
import { X12_VERSIONS } from './builders.js';
import type { X12Version } from './builders.js';
import { x12CodeLists } from './code-lists/index.js';
import { segmentDefinitions } from './segments/index.js';
import { x12Transactions } from './transactions/index.js';
import { mergedSegment, segmentForVersion } from './versions.js';

export type { X12Version } from './builders.js';
export { X12_VERSIONS } from './builders.js';
export { COMPLETE_X12_CODE_LISTS } from './code-lists/index.js';

function mapSegments(build: (tag: string) => SegmentSpec): Record<string, SegmentSpec> {
  return Object.fromEntries(Object.keys(segmentDefinitions).map((tag) => [tag, build(tag)]));
}

const definition = (tag: string) => segmentDefinitions[tag] as NonNullable<(typeof segmentDefinitions)[string]>;

const segmentsByVersion = Object.fromEntries(
  X12_VERSIONS.map((version) => [version, mapSegments((tag) => segmentForVersion(definition(tag), version))]),
) as Record<X12Version, Record<string, SegmentSpec>>;

/** The segment dictionary exactly as one release defines it. */
export function x12SegmentsFor(version: X12Version): Record<string, SegmentSpec> {
  return segmentsByVersion[version];
}

export const x12Dictionary: StandardDictionary = {
  standard: 'x12',
  segments: mapSegments((tag) => mergedSegment(definition(tag))),
  codeLists: x12CodeLists,
  transactions: x12Transactions,
};
