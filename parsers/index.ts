/**
 * The EDI engine's public entry: detects the standard and dispatches to the X12 or EDIFACT engine, for whole
 * buffers and for streams, and writes acknowledgments. Callers (ingest, CLI, mapping) import from here only.
 */
import { describeNonEdi, detectStandard, DETECTION_WINDOW } from './detect.js';
import { createEdifactStream, parseEdifact } from './edifact/index.js';
import type { EdiFileResult, EdiStream, ParseOptions, Problem } from './model.js';
import { createX12Stream, parseX12 } from './x12/index.js';

export * from './model.js';
export { PROBLEM_CODES, problemDefinition } from './problems.js';
export type { ProblemDefinition } from './problems.js';
export { detectStandard, describeNonEdi } from './detect.js';
export { generateAcknowledgments, whyNoAcknowledgment } from './acks.js';
export type { Acknowledgment, AcknowledgmentKind, AcknowledgmentOptions, ControlNumberSource } from './acks.js';
export { parseX12, createX12Stream, serializeX12 } from './x12/index.js';
/** EBCDIC code page 037 to Latin-1, byte for byte: for showing the original bytes of an EBCDIC interchange. */
export { CP037_TO_LATIN1 } from './x12/ebcdic.js';
export { parseEdifact, createEdifactStream, serializeEdifact } from './edifact/index.js';

/** Parses a whole file of either standard. Bytes that are not EDI get verdict 'not-edi' with one problem saying why. */
export function parseEdi(bytes: Uint8Array, options?: ParseOptions): EdiFileResult {
  const standard = detectStandard(bytes);
  if (standard === 'x12') return parseX12(bytes, options);
  if (standard === 'edifact') return parseEdifact(bytes, options);
  return notEdi(bytes, bytes.length);
}

/**
 * A push parser for either standard: buffers the first chunks until the standard is known (an interchange header
 * is found, or 64 KiB show none), then hands everything to that engine's stream.
 */
export function createEdiStream(options?: ParseOptions): EdiStream {
  const head = new GrowingBytes();
  let nextDetection = 128;
  let engine: EdiStream | null = null;
  let notEdiHead: Uint8Array | null = null;
  let size = 0;
  let ended = false;

  /** Detection rescans the head, so it runs at doubling sizes, not on every (possibly 1-byte) chunk. */
  const decide = (final: boolean): void => {
    if (!final && head.length < nextDetection && head.length < DETECTION_WINDOW) return;
    nextDetection = head.length * 2;
    const bytes = head.bytes();
    const standard = detectStandard(bytes);
    if (standard === null && !final && head.length < DETECTION_WINDOW) return;
    if (standard === null) notEdiHead = bytes.subarray(0, Math.min(bytes.length, DETECTION_WINDOW));
    else {
      engine = standard === 'x12' ? createX12Stream(options) : createEdifactStream(options);
      engine.write(bytes);
    }
  };

  return {
    write(chunk) {
      if (ended) throw new Error('EDI stream: write() after end()');
      size += chunk.length;
      if (engine) return engine.write(chunk);
      if (notEdiHead) return;
      head.append(chunk);
      decide(false);
    },
    end() {
      if (ended) throw new Error('EDI stream: end() called twice');
      ended = true;
      if (!engine && !notEdiHead) decide(true);
      if (engine) return (engine as EdiStream).end();
      return notEdi(notEdiHead ?? new Uint8Array(0), size);
    },
  };
}

function notEdi(head: Uint8Array, size: number): EdiFileResult {
  const problem: Problem = {
    severity: 'error',
    code: size === 0 ? 'empty-file' : 'not-edi',
    message: describeNonEdi(head),
    level: 'file',
    position: { offset: 0, line: 1, column: 1 },
  };
  return { standard: null, verdict: 'not-edi', size, interchanges: [], problems: [problem] };
}

/** The undecided head of a stream, copied (the caller may reuse its chunk buffers) into one doubling buffer. */
class GrowingBytes {
  private buffer = new Uint8Array(4096);
  length = 0;

  append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
