/** The X12 entry points: whole-buffer parse, push stream, and the envelope-only scan. */
import type { EdiFileResult, EdiStream, ParseOptions } from '../model.js';
import { X12Assembler } from './assembler.js';
import { LineIndex } from './line-index.js';
import { X12Tokenizer } from './tokenizer.js';
import { resolveOptions } from './transactions.js';

/** Parses a whole file. Keeps segments and validates against the specs unless options say otherwise. */
export function parseX12(bytes: Uint8Array, options?: ParseOptions): EdiFileResult {
  const stream = createStream(options, true);
  stream.write(bytes);
  return stream.end();
}

/**
 * A push parser for files of any size: memory stays flat because segments are dropped after each transaction
 * (unless `keepSegments`); hand them to `onTransaction` with `segmentsForCallback`.
 */
export function createX12Stream(options?: ParseOptions): EdiStream {
  return createStream(options, false);
}

/** The fastest path: envelopes and counts only, no Segment objects, no spec validation. */
export function scanX12(bytes: Uint8Array, options?: Omit<ParseOptions, 'validate'>): EdiFileResult {
  return parseX12(bytes, { keepSegments: false, ...options, validate: 'envelope' });
}

function createStream(options: ParseOptions | undefined, keepByDefault: boolean): EdiStream {
  const lines = new LineIndex();
  const assembler = new X12Assembler(resolveOptions(options, keepByDefault), lines);
  const tokenizer = new X12Tokenizer(assembler, lines);
  let ended = false;
  return {
    write(chunk: Uint8Array): void {
      if (ended) throw new Error('X12 stream: write() after end()');
      tokenizer.write(chunk);
    },
    end(): EdiFileResult {
      if (ended) throw new Error('X12 stream: end() called twice');
      ended = true;
      return assembler.finish(tokenizer.finish());
    },
  };
}
