import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EdiFileResult, ParseOptions } from '../model.js';
import { concat, interchange, latin1, message, ordersBody, utf8 } from './fixtures/build.js';
import { createEdifactStream, parseEdifact } from './index.js';

const options: ParseOptions = { validate: 'envelope', keepSegments: true };

function parseInChunks(bytes: Uint8Array, sizes: (index: number) => number): EdiFileResult {
  const stream = createEdifactStream(options);
  let offset = 0;
  let index = 0;
  while (offset < bytes.length) {
    const size = Math.max(1, sizes(index++));
    stream.write(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return stream.end();
}

/** Inputs that exercise every state the scanner keeps across chunks. */
const samples: Record<string, Uint8Array> = {
  'release characters everywhere': latin1(
    "UNA:+.? '\r\n" +
      interchange(message('1', ['FTX+AAI+++A?+B?:C??D?\'E', 'FTX+AAI+++???\'??', 'NAD+BY+++Dr?. M?üller']), { suffix: '\r\n' }),
  ),
  'junk, BOM and two interchanges': concat(
    new Uint8Array([0xef, 0xbb, 0xbf]),
    latin1('#### preamble ####\n' + interchange(message('1', ordersBody())) + '\n@@junk@@\n' + interchange(message('2', ordersBody()), { reference: 'REF2', una: 'UNA:+,? \'' })),
  ),
  'line breaks inside data and lower case under UNOA': latin1(interchange(message('1', ['FTX+BFD++Herr\n', 'DTM+137:2005\n0819:102', 'FTX+AAI+++lower case']), { syntax: 'UNOA:3' })),
  'UTF-8 multi-byte characters and an invalid sequence': concat(
    utf8("UNB+UNOY:3+S+R+240131:1200+REF1'UNH+1+ORDERS:D:96A:UN'NAD+BY+++Ærøskøbing 北京'FTX+AAI+++€uro "),
    new Uint8Array([0xe2, 0x82]),
    utf8("X'UNT+4+1'UNZ+1+REF1'"),
  ),
  'syntax 4 repetitions and custom delimiters': latin1("UNA^*,!#$\nUNB*UNOC^4*S*R*20240131^1200*9$\nUNH*1*INVOIC^D^03B^UN$\nCUX*3!*X#3#1#4$\nUNT*3*1$\nUNZ*1*9$\n"),
  'a UNA with another terminator inside an unfinished interchange': latin1(
    interchange(message('1', ['BGM+220+1+9']), { trailer: false, suffix: '\n' }) + "UNA|*.! ~\nUNB*UNOC|3*S*R*240131|1200*R2~UNH*1*ORDERS|D|96A|UN~FTX*AAI***A!*B!~~UNT*3*1~UNZ*1*R2~",
  ),
  'truncated in a segment': latin1(interchange(message('1', ordersBody())).slice(0, -12) + 'QTY+21:1?'),
};

describe('chunked input gives the same result as the whole buffer', () => {
  for (const [name, bytes] of Object.entries(samples)) {
    it(`${name}: 1-byte chunks`, () => {
      const whole = parseEdifact(bytes, options);
      expect(whole.interchanges.length).toBeGreaterThan(0);
      expect(parseInChunks(bytes, () => 1)).toEqual(whole);
    });

    it(`${name}: every split point (release character at every chunk boundary)`, () => {
      const whole = parseEdifact(bytes, options);
      for (let split = 1; split < bytes.length; split++) {
        expect(parseInChunks(bytes, (index) => (index === 0 ? split : bytes.length)), `split at ${split}`).toEqual(whole);
      }
    });

    it(`${name}: random chunk sizes`, () => {
      const whole = parseEdifact(bytes, options);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 50 }), (sizes) => {
          expect(parseInChunks(bytes, (index) => sizes[index % sizes.length]!)).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('keeps a released segment terminator that is split from its release character', () => {
    const bytes = latin1(interchange(message('1', ["FTX+AAI+++IT?'S"])));
    const releaseAt = bytes.indexOf(0x3f);
    const result = parseInChunks(bytes, (index) => (index === 0 ? releaseAt + 1 : bytes.length));
    const ftx = result.interchanges[0]!.groups[0]!.transactions[0]!.segments![1]!;
    expect(ftx.elements[3]).toEqual(["IT'S"]);
    expect(result.verdict).toBe('ok');
  });
});
