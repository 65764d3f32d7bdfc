/**
 * Structure and element validation of one transaction against its spec. Shared by both standards: the X12 and
 * EDIFACT engines call validateTransaction once per transaction in full-validation mode.
 */
import type { HierarchyNode, LoopNode, Problem, Segment, Standard } from '../model.js';
import type { StandardDictionary, TransactionSpec } from '../specs/types.js';
import { segmentSpecsOf } from './compiled-segments.js';
import { compileTransactionSpec } from './compiled-spec.js';
import { type ElementCheckContext, validateElements } from './elements.js';
import { buildHierarchy } from './hierarchy.js';
import { ProblemSink, type SegmentPlace } from './problem-sink.js';
import { StructureWalker } from './structure.js';
import { tagIdOf } from './tag-ids.js';

export interface ValidationContext {
  standard: Standard;
  dictionary: StandardDictionary;
  /** EDIFACT decimal mark from UNA ('.' or ','); X12 always '.' */
  decimalMark: string;
  /** byte offset -> 1-based line and column in the original file */
  locate: (offset: number) => { line: number; column: number };
  /**
   * true when the spec is a stand-in for another version (resolveTransactionSpec returned `exact: false`):
   * structure and element problems are then reported as warnings, since the real version may differ.
   */
  versionFallback?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  tree?: LoopNode;
  hierarchy?: HierarchyNode[];
}

/**
 * segments: the whole transaction, header (ST/UNH) to trailer (SE/UNT) inclusive when present. Without a spec
 * (unsupported type) there is no loop tree and no structure check, but segments the dictionary knows still get
 * their element checks (as warnings), and HL/CPS segments still give a hierarchy.
 */
export function validateTransaction(
  segments: Segment[],
  spec: TransactionSpec | undefined,
  context: ValidationContext,
): ValidationResult {
  if (segments.length === 0) return { problems: [] };
  // a stand-in version, or no spec at all (the dictionary's segment layouts may not be this message's), cannot
  // prove the file wrong: its findings are warnings
  const sink = new ProblemSink(context, context.versionFallback || !spec ? 'warning' : 'error', segments);
  const walker = spec ? new StructureWalker(compileTransactionSpec(spec), context.dictionary, sink) : undefined;
  const loopIds: (string | undefined)[] | undefined = walker ? new Array(segments.length) : undefined;
  const elementContext: ElementCheckContext = { sink, standard: context.standard, decimalMark: context.decimalMark };
  // one place object reused for every segment: the sink copies what it needs
  const place: SegmentPlace & { segment: Segment } = { segment: segments[0] as Segment, positionInTransaction: 0, loopId: undefined };

  const segmentSpecs = segmentSpecsOf(context.dictionary);

  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as Segment;
    const tagId = tagIdOf(segment.tag);
    const loopId = walker ? walker.place(segment, tagId, index + 1) : undefined;
    if (loopIds) loopIds[index] = loopId;
    const segmentSpec = segmentSpecs.get(tagId, segment.tag);
    if (segmentSpec === null) continue;
    place.segment = segment;
    place.positionInTransaction = index + 1;
    place.loopId = loopId;
    validateElements(segmentSpec, place, elementContext);
  }

  const result: ValidationResult = { problems: sink.problems };
  if (walker) result.tree = walker.finish(segments.length);
  const hierarchy = buildHierarchy({ segments, tree: result.tree, loopIds, standard: context.standard, sink });
  if (hierarchy) result.hierarchy = hierarchy;
  sortByOffset(sink.problems);
  return result;
}

/** Problems come out per segment; hierarchy problems are found afterwards, so put everything in file order. */
function sortByOffset(problems: Problem[]): void {
  for (let index = 1; index < problems.length; index++) {
    if ((problems[index] as Problem).position.offset < (problems[index - 1] as Problem).position.offset) {
      problems.sort((a, b) => a.position.offset - b.position.offset);
      return;
    }
  }
}
