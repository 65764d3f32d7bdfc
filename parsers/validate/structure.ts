/**
 * Places each segment of a transaction in its spec's loop structure, building the LoopNode tree and reporting
 * order, repeat and presence problems. Segments that fit nowhere are reported and kept at the current level, so
 * the tree always holds every segment in file order.
 */
import type { LoopNode, ProblemCode, Segment } from '../model.js';
import type { StandardDictionary } from '../specs/types.js';
import type { CompiledChild, CompiledLoop, CompiledSegment, CompiledSpec } from './compiled-spec.js';
import type { ProblemSink, SegmentPlace } from './problem-sink.js';

interface Frame {
  loop: CompiledLoop;
  node: LoopNode;
  /** the child position the last placed segment matched */
  position: number;
  /** occurrences of the child at `position` (segment repeats or loop iterations) */
  count: number;
}

export class StructureWalker {
  readonly tree: LoopNode;
  private readonly stack: Frame[];
  private depth = 0;
  /** result of the last search: frame depth and child position */
  private foundDepth = -1;
  private foundPosition = -1;

  constructor(
    private readonly spec: CompiledSpec,
    private readonly dictionary: StandardDictionary,
    private readonly sink: ProblemSink,
  ) {
    this.tree = { id: spec.root.id, name: spec.root.name, children: [] };
    this.stack = [{ loop: spec.root, node: this.tree, position: 0, count: 0 }];
  }

  /** Places one segment and returns the id of the loop it ended up in (undefined at the transaction level). */
  place(segment: Segment, tagId: number, positionInTransaction: number): string | undefined {
    // a qualifier match anywhere (ahead, or behind = out of order) beats a tag-only match ahead
    if (this.findForward(segment, tagId, true)) return this.advance(segment, positionInTransaction);
    let earlierDepth = this.findEarlier(segment, tagId, true);
    if (earlierDepth < 0) {
      if (this.findForward(segment, tagId, false)) return this.advance(segment, positionInTransaction);
      earlierDepth = this.findEarlier(segment, tagId, false);
    }
    const top = this.frameAt(this.depth);
    top.node.children.push(segment);
    const loopId = this.loopIdAt(this.depth);
    this.reportUnplaceable(segment, earlierDepth, { segment, positionInTransaction, loopId });
    return loopId;
  }

  /** Reports what is still missing once every segment is placed (the trailer itself is the engine's business). */
  finish(segmentCount: number): LoopNode {
    for (let depth = this.depth; depth >= 0; depth--) {
      const frame = this.frameAt(depth);
      const end = depth === 0 ? frame.loop.children.length - 1 : frame.loop.children.length;
      this.reportMissing(frame, depth, this.nextPosition(frame), end, null, segmentCount + 1);
    }
    return this.tree;
  }

  private advance(segment: Segment, positionInTransaction: number): string | undefined {
    while (this.depth > this.foundDepth) {
      const closing = this.frameAt(this.depth);
      this.reportMissing(closing, this.depth, this.nextPosition(closing), closing.loop.children.length, segment, positionInTransaction);
      this.depth--;
    }
    const frame = this.frameAt(this.depth);
    const position = this.foundPosition;
    if (position !== frame.position || frame.count === 0) {
      this.reportMissing(frame, this.depth, this.nextPosition(frame), position, segment, positionInTransaction);
      frame.position = position;
      frame.count = 1;
    } else {
      frame.count++;
    }
    const child = frame.loop.children[position] as CompiledChild;
    if (child.kind === 'loop') return this.enterLoop(child, frame.count, segment, positionInTransaction);
    frame.node.children.push(segment);
    const loopId = this.loopIdAt(this.depth);
    if (frame.count > child.max) {
      this.sink.segment(
        'segment-over-max',
        `Segment ${child.tag} appears ${frame.count} times in a row here; a ${this.spec.type} allows at most ${child.max}.`,
        { segment, positionInTransaction, loopId },
        child.tag,
      );
    }
    return loopId;
  }

  /** Starts iteration `iteration` of `loop` with its trigger segment (descending into loops that open with a loop). */
  private enterLoop(loop: CompiledLoop, iteration: number, segment: Segment, positionInTransaction: number): string {
    if (iteration > loop.max) {
      this.sink.segment(
        'loop-over-max',
        `The ${loop.id} loop (${loop.name}) repeats ${iteration} times here; a ${this.spec.type} allows at most ${loop.max}.`,
        { segment, positionInTransaction, loopId: loop.id },
        segment.tag,
      );
    }
    const parent = this.frameAt(this.depth);
    const node: LoopNode = { id: loop.id, name: loop.name, children: [] };
    parent.node.children.push(node);
    this.depth++;
    const reused = this.stack[this.depth];
    if (reused) {
      reused.loop = loop;
      reused.node = node;
      reused.position = 0;
      reused.count = 1;
    } else {
      this.stack.push({ loop, node, position: 0, count: 1 });
    }
    const first = loop.children[0] as CompiledChild;
    if (first.kind === 'loop') return this.enterLoop(first, 1, segment, positionInTransaction);
    node.children.push(segment);
    return loop.id;
  }

  /**
   * Looks for the segment at or after the current position of each open loop, innermost first. A child that has
   * already reached its maximum only takes the segment when nothing else can.
   */
  private findForward(segment: Segment, tagId: number, strict: boolean): boolean {
    if (tagId < 0) return false;
    let fullDepth = -1;
    let fullPosition = -1;
    for (let depth = this.depth; depth >= 0; depth--) {
      const frame = this.frameAt(depth);
      const positions = frame.loop.positionsByTag[tagId];
      if (positions === undefined) continue;
      for (let index = 0; index < positions.length; index++) {
        const position = positions[index] as number;
        // a loop's trigger never repeats inside its own iteration: the parent starts a new iteration instead
        if (position < frame.position || (position === 0 && depth > 0)) continue;
        if (strict && !qualifies(frame.loop.leading[position] as CompiledSegment, segment)) continue;
        if (position === frame.position && frame.count >= (frame.loop.children[position] as CompiledChild).max) {
          if (fullDepth < 0) {
            fullDepth = depth;
            fullPosition = position;
          }
          continue;
        }
        return this.found(depth, position);
      }
    }
    return fullDepth >= 0 && this.found(fullDepth, fullPosition);
  }

  /** The innermost open loop where the segment fits before the current position (it is out of order), or -1. */
  private findEarlier(segment: Segment, tagId: number, strict: boolean): number {
    if (tagId < 0) return -1;
    for (let depth = this.depth; depth >= 0; depth--) {
      const frame = this.frameAt(depth);
      const positions = frame.loop.positionsByTag[tagId];
      if (positions === undefined) continue;
      for (let index = 0; index < positions.length; index++) {
        const position = positions[index] as number;
        if (position >= frame.position) break;
        if (!strict || qualifies(frame.loop.leading[position] as CompiledSegment, segment)) return depth;
      }
    }
    return -1;
  }

  private found(depth: number, position: number): true {
    this.foundDepth = depth;
    this.foundPosition = position;
    return true;
  }

  private reportUnplaceable(segment: Segment, earlierDepth: number, place: SegmentPlace): void {
    const { tag } = segment;
    const type = this.spec.type;
    let code: ProblemCode;
    let message: string;
    if (earlierDepth >= 0) {
      const frame = this.frameAt(earlierDepth);
      const after = (frame.loop.leading[frame.position] as CompiledSegment).tag;
      code = 'segment-out-of-order';
      message = `Segment ${tag} is out of order: in a ${type} it must come before ${after}.`;
    } else if (this.spec.tagsInSet.has(tag)) {
      const home = this.spec.homeLoopOf.get(tag);
      code = 'segment-unexpected';
      message = home
        ? `Segment ${tag} is not expected here: in a ${type} it belongs inside a ${home} loop, which has not started.`
        : `Segment ${tag} is not expected here in a ${type}.`;
    } else if (Object.hasOwn(this.dictionary.segments, tag)) {
      code = 'segment-not-in-set';
      message = `Segment ${tag} (${this.segmentName(tag)}) is not part of a ${type}.`;
    } else {
      code = 'segment-unrecognized';
      message = `Segment ${tag} is not a known ${this.dictionary.standard === 'x12' ? 'X12' : 'EDIFACT'} segment.`;
    }
    this.sink.segment(code, message, place, tag);
  }

  /** Mandatory children of `frame` between `from` and `to`, reported where they were expected: at `segment`, or past
   *  the end when it is null. */
  private reportMissing(
    frame: Frame,
    depth: number,
    from: number,
    to: number,
    segment: Segment | null,
    positionInTransaction: number,
  ): void {
    const nextMandatory = frame.loop.nextMandatory;
    for (let position = nextMandatory[from] as number; position < to; position = nextMandatory[position + 1] as number) {
      const child = frame.loop.children[position] as CompiledChild;
      const where = segment ? `before ${segment.tag}` : `at the end of the ${this.spec.type}`;
      const tag = (frame.loop.leading[position] as CompiledSegment).tag;
      if (child.kind === 'loop') {
        this.sink.segment(
          'segment-missing',
          `The mandatory ${child.id} loop (${child.name}, starting with ${tag}) is missing ${where}.`,
          { segment, positionInTransaction, loopId: child.id },
          tag,
        );
      } else {
        this.sink.segment(
          'segment-missing',
          `Mandatory segment ${tag} (${this.segmentName(tag)}) is missing ${where}.`,
          { segment, positionInTransaction, loopId: this.loopIdAt(depth) },
          tag,
        );
      }
    }
  }

  private nextPosition(frame: Frame): number {
    return frame.count > 0 ? frame.position + 1 : frame.position;
  }

  private frameAt(depth: number): Frame {
    return this.stack[depth] as Frame;
  }

  private loopIdAt(depth: number): string | undefined {
    return depth === 0 ? undefined : this.frameAt(depth).loop.id;
  }

  private segmentName(tag: string): string {
    return this.dictionary.segments[tag]?.name ?? tag;
  }
}

function qualifies(ref: CompiledSegment, segment: Segment): boolean {
  if (ref.qualifierValues === null) return true;
  return ref.qualifierValues.has(segment.elements[ref.qualifierIndex]?.[0] ?? '');
}
