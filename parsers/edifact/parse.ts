/** The EDIFACT entry points: whole-buffer parse and push stream. */
import type { EdiFileResult, EdiStream, ParseOptions } from '../model.js';
import { verdictOf } from '../verdict.js';
import type { ReaderOptions } from './envelope.js';
import { EnvelopeReader } from './envelope.js';
import { LineIndex } from './lines.js';
import { Reporter } from './report.js';
import { EdifactScanner } from './scanner.js';

/** Parses a whole file: segments kept and full validation unless the options say otherwise. */
export function parseEdifact(bytes: Uint8Array, options?: ParseOptions): EdiFileResult {
  const stream = createStream(options, true);
  stream.write(bytes);
  return stream.end();
}

/** The fastest path: envelopes and counts only, no Segment objects, no spec validation. */
export function scanEdifact(bytes: Uint8Array, options?: Omit<ParseOptions, 'validate'>): EdiFileResult {
  return parseEdifact(bytes, { keepSegments: false, ...options, validate: 'envelope' });
}

/**
 * A push parser for files of any size. Segments are dropped after each message unless `keepSegments`; when
 * `onTransaction` is given, each message goes to it and is not kept on its group, so memory stays flat.
 */
export function createEdifactStream(options?: ParseOptions): EdiStream {
  return createStream(options, false);
}

function createStream(options: ParseOptions | undefined, wholeBuffer: boolean): EdiStream {
  const reader = resolveOptions(options, wholeBuffer);
  const lines = new LineIndex();
  const envelope = new EnvelopeReader(reader, lines);
  const scanner = new EdifactScanner(envelope, lines);
  envelope.scanner = scanner;
  let size = 0;
  let ended = false;
  return {
    write(chunk: Uint8Array): void {
      if (ended) throw new Error('EDIFACT stream: write() after end()');
      size += chunk.length;
      scanner.write(chunk);
    },
    end(): EdiFileResult {
      if (ended) throw new Error('EDIFACT stream: end() called twice');
      ended = true;
      scanner.end();
      const result = envelope.finish(size);
      decideStandard(result, envelope, new Reporter(lines));
      result.verdict = verdictOf(result);
      return result;
    },
  };
}

function resolveOptions(options: ParseOptions | undefined, wholeBuffer: boolean): ReaderOptions {
  const onTransaction = options?.onTransaction;
  const resolved: ReaderOptions = {
    full: (options?.validate ?? 'full') === 'full',
    keepSegments: options?.keepSegments ?? wholeBuffer,
    retainTransactions: options?.keepTransactions ?? (wholeBuffer || onTransaction === undefined),
    segmentsForCallback: options?.segmentsForCallback === true && onTransaction !== undefined,
  };
  if (onTransaction) resolved.onTransaction = onTransaction;
  return resolved;
}

/**
 * EDIFACT when an interchange or message was found, or when the skipped bytes look like EDIFACT segments (a message
 * body without envelope); otherwise not EDI at all.
 */
function decideStandard(result: EdiFileResult, envelope: EnvelopeReader, reporter: Reporter): void {
  if (result.interchanges.length > 0 || envelope.startedOnly) {
    result.standard = 'edifact';
    return;
  }
  if (result.size === 0) {
    result.problems.push(reporter.error('empty-file', 'file', 'The file is empty', { offset: 0 }));
    return;
  }
  if (envelope.junkLooksLikeSegments) {
    result.standard = 'edifact';
    result.problems.splice(0, result.problems.length, ...result.problems.filter((problem) => problem.code !== 'junk-before-header'));
    result.problems.push(reporter.error('segment-outside-envelope', 'file',
      'The file holds EDIFACT-like segments but no UNB interchange and no UNH message; nothing could be read as a message', { offset: 0 }));
    return;
  }
  result.problems.push(reporter.error('not-edi', 'file', 'No UNA, UNB or UNH was found: this is not an EDIFACT file', { offset: 0 }));
}
