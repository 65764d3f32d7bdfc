/**
 * Damaged input: random edits of a valid file (delimiters, UNA/UNB/UNH fragments, line breaks, high bytes) must
 * never throw, must keep every position inside the file, and must read the same in random chunks as in one piece.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdiFileResult } from '../model.js';
import { allProblems, interchange, latin1, message, ordersBody } from './fixtures/build.js';
import { createEdifactStream, parseEdifact } from './index.js';

const base = latin1(
  "UNA:+.? '\n" +
    interchange(['UNG+ORDERS+A+B+240131:1200+G1+UN+D:96A', ...message('1', [...ordersBody(), "FTX+AAI+++IT?'S?+OK"]), 'UNE+1+G1'], { suffix: '\n' }) +
    interchange(message('7', ordersBody()), { reference: 'R2', syntax: 'UNOA:4' }),
);

const fragments = ["'", '+', ':', '?', '*', '\n', '\r\n', 'UNA:+.? ', "UNB+UNOY:4+S+R+240131:1200+X'", "UNH+9+ORDERS:D:96A:UN'", "UNT+2+9'", "UNZ+1+X'", '\u00ff', '\u00c3', '\x1d', ''];

const edit = fc.record({
  at: fc.nat(),
  remove: fc.integer({ min: 0, max: 12 }),
  insert: fc.constantFrom(...fragments),
});

function applyEdits(bytes: Uint8Array, edits: { at: number; remove: number; insert: string }[]): Uint8Array {
  let text = String.fromCharCode(...bytes);
  for (const { at, remove, insert } of edits) {
    const position = at % (text.length + 1);
    text = text.slice(0, position) + insert + text.slice(position + remove);
  }
  return latin1(text);
}

function inChunks(bytes: Uint8Array, sizes: number[]): EdiFileResult {
  const stream = createEdifactStream({ validate: 'envelope', keepSegments: true });
  let offset = 0;
  for (let k = 0; offset < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    stream.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return stream.end();
}

describe('damaged input', () => {
  it('never throws, keeps positions inside the file, and is chunk-independent', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 8 }), (edits, sizes) => {
        const bytes = applyEdits(base, edits);
        const whole = parseEdifact(bytes, { validate: 'envelope', keepSegments: true });
        for (const problem of allProblems(whole)) {
          expect(problem.position.offset).toBeGreaterThanOrEqual(0);
          expect(problem.position.offset).toBeLessThanOrEqual(bytes.length);
          expect(problem.position.line).toBeGreaterThanOrEqual(1);
          expect(problem.message).not.toBe('');
        }
        expect(inChunks(bytes, sizes)).toEqual(whole);
        expect(() => parseEdifact(bytes)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('survives random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = parseEdifact(bytes);
        expect(['ok', 'warnings', 'errors', 'not-edi']).toContain(result.verdict);
      }),
      { numRuns: 300 },
    );
  });
});
