/**
 * Conformance over the shared corpus of real EDIFACT files (../shared/corpus, absent in a plain clone): every file
 * gets a result quickly and without a crash, in one piece or byte by byte; [valid-looking] files have no errors at
 * the envelope level; each [invalid] file has at least one error, with the exceptions listed below.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EdiFileResult } from '../model.js';
import { allProblems, codes, delimitersOf } from './fixtures/build.js';
import { createEdifactStream, parseEdifact } from './index.js';

const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus');

interface CorpusFile {
  name: string;
  label: 'valid-looking' | 'quirky' | 'invalid';
  bytes: Uint8Array;
}

function corpusFiles(): CorpusFile[] {
  const rows = readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  const files: CorpusFile[] = [];
  for (const row of rows) {
    const [saved, , , , , notes] = row.split('\t');
    if (!saved?.startsWith('edifact/')) continue;
    const label = /\[(valid-looking|quirky|invalid)\]/.exec(notes ?? '')?.[1] as CorpusFile['label'] | undefined;
    if (!label) throw new Error(`no label for ${saved}`);
    files.push({ name: saved.slice('edifact/'.length), label, bytes: readFileSync(path.join(corpusDir, saved)) });
  }
  return files;
}

/** [invalid] files whose defect the envelope layer cannot (or by design does not) call an error. */
const INVALID_WITHOUT_ENVELOPE_ERROR: Record<string, string> = {
  'php-edifact__edifact__example_order_error.edi':
    "its defect is an unescaped ':' inside IMD free text that shifts the components: only spec validation can see it",
  'php-edifact__edifact__example_utf8.edi': 'UTF-8 bytes under UNOC are a charset-violation, which is a warning by design',
};

const envelope = (bytes: Uint8Array): EdiFileResult => parseEdifact(bytes, { validate: 'envelope' });

describe.skipIf(!existsSync(corpusDir))('EDIFACT corpus (../shared/corpus; skipped when absent, as in a plain clone)', () => {
  const files = existsSync(corpusDir) ? corpusFiles() : [];
  const byName = (name: string): Uint8Array => files.find((file) => file.name === name)!.bytes;
  const transaction = (result: EdiFileResult, message = 0) => result.interchanges[0]!.groups.flatMap((g) => g.transactions)[message]!;

  it('lists the corpus files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    describe(`${file.label} ${file.name}`, () => {
      it('gets a result in envelope and full mode, quickly', () => {
        for (const validate of ['envelope', 'full'] as const) {
          const started = performance.now();
          const result = parseEdifact(file.bytes, { validate });
          expect(performance.now() - started).toBeLessThan(2000);
          expect(result.standard).toBe('edifact');
          expect(['ok', 'warnings', 'errors']).toContain(result.verdict);
        }
      });

      it('reads the same fed one byte at a time', () => {
        const stream = createEdifactStream({ validate: 'envelope', keepSegments: true });
        for (let i = 0; i < file.bytes.length; i++) stream.write(file.bytes.subarray(i, i + 1));
        expect(stream.end()).toEqual(parseEdifact(file.bytes, { validate: 'envelope', keepSegments: true }));
      });

      if (file.label === 'valid-looking') {
        it('has no envelope errors', () => {
          expect(allProblems(envelope(file.bytes)).filter((p) => p.severity === 'error')).toEqual([]);
        });
      }
      if (file.label === 'invalid') {
        const exception = INVALID_WITHOUT_ENVELOPE_ERROR[file.name];
        it(exception ? `is an exception: ${exception}` : 'has at least one error', () => {
          const errors = codes(envelope(file.bytes), 'error');
          if (exception) expect(errors).toEqual([]);
          else expect(errors.length).toBeGreaterThan(0);
        });
      }
    });
  }

  it('finds the defects SOURCES.tsv describes', () => {
    expect(codes(envelope(byName('nerdocs__pydifact__order.edi')), 'error')).toEqual(['interchange-trailer-missing']);
    expect(codes(envelope(byName('nerdocs__pydifact__order2.edi')), 'error')).toEqual(['interchange-trailer-missing']);
    expect(codes(envelope(byName('nerdocs__pydifact__wikipedia_de.edi')), 'error')).toEqual(['interchange-control-mismatch']);
    expect(codes(envelope(byName('apimeister__edifact-types__d00b_iftsta.edi')), 'error')).toEqual(['interchange-control-mismatch']);
    expect(codes(envelope(byName('nerdocs__pydifact__v3-aperak.edi')), 'error')).toEqual(['transaction-count-mismatch']);
    expect(codes(envelope(byName('apimeister__edifact-types__d95b_coprar.edi')), 'error')).toEqual(['segment-outside-envelope', 'transaction-count-mismatch']);
    expect(codes(envelope(byName('php-edifact__edifact__example_multiline.edi')), 'error')).toEqual(['interchange-date-invalid', 'interchange-time-invalid', 'transaction-count-mismatch']);
    expect(codes(envelope(byName('php-edifact__edifact__example_utf8.edi')), 'warning')).toEqual(['charset-violation']);
  });

  it('skips the 362-byte preamble of sage_coala.ped and reads its UNOL group with decimal comma', () => {
    const result = envelope(byName('nerdocs__pydifact__sage_coala.ped'));
    expect(result.problems.map((p) => [p.code, p.position.offset])).toEqual([['junk-before-header', 0]]);
    expect(result.problems[0]!.message).toContain('362 bytes');
    const ic = result.interchanges[0]!;
    expect(ic).toMatchObject({ syntaxId: 'UNOL', charset: 'iso-8859-15', range: { start: 362 } });
    expect(delimitersOf(ic).decimal).toBe(',');
    expect(ic.groups[0]).toMatchObject({ explicit: true, functionalId: 'INFENT', controlNumber: '1' });
    expect(codes(result, 'error')).toEqual(['transaction-count-mismatch']);
  });

  it('decodes ISO-8859-5 under UNOE and ISO-8859-1 under UNOC', () => {
    const unoe = transaction(envelope(byName('BerryWorksSoftware__edireader__ORDERS-D01B-UNOE.edi')));
    expect(unoe.segments![1]!.elements[0]).toEqual(['1', '10', '100', 'Лорем ипсу']);
    const unoc = transaction(envelope(byName('BerryWorksSoftware__edireader__ORDERS-D01B-UNOC.edi')));
    expect(unoc.segments![1]!.elements[0]).toEqual(['1', '10', '100', 'Lörém ïpsü']);
    const tiny = transaction(envelope(byName('BerryWorksSoftware__edireader__tiny-UNOE.edi')));
    expect(tiny.segments![2]!.elements[3]).toEqual(['Рыба текст']);
  });

  it('reads patient1.edi: unknown syntax id, date and time as two elements, line breaks in FTX, released dots, ß', () => {
    const result = envelope(byName('nerdocs__pydifact__patient1.edi'));
    expect(codes(result)).toEqual(['interchange-header-invalid', 'syntax-id-unknown', 'charset-violation']);
    expect(result.verdict).toBe('warnings');
    const texts = transaction(result).segments!.filter((s) => s.tag === 'FTX').map((s) => s.elements[2]![0]);
    expect(texts).toContain('Beispielstraße. 13');
    expect(texts).toContain('Herr');
  });

  it('joins a value wrapped across lines (0T0000000015) and reads the custom UNA^*.? $ delimiters', () => {
    const wrapped = transaction(envelope(byName('bots-edi__bots-plugins__0T0000000015.edi')));
    expect(wrapped.segments!.find((s) => s.tag === 'DTM')!.elements[0]).toEqual(['137', '20050819', '102']);
    const variants = envelope(byName('BerryWorksSoftware__edireader__tiny-syntaxVariants-UNOA.edi'));
    expect(variants.interchanges[0]!.delimiters).toMatchObject({ component: '^', element: '*', segment: '$', segmentSuffix: '\n' });
  });

  it('reads the syntax 4 repetition separator (smooks invoic.txt: CUX+3*1)', () => {
    const cux = transaction(envelope(byName('smooks__smooks-edi-cartridge__invoic.txt'))).segments!.find((s) => s.tag === 'CUX')!;
    expect(cux.repeats).toEqual({ 0: [['3'], ['1']] });
  });

  it('reads the release-character torture test', () => {
    const texts = transaction(envelope(byName('php-edifact__edifact__example_release_character.edi'))).segments!.filter((s) => s.tag === 'IFT').map((s) => s.elements.slice(1));
    expect(texts).toContainEqual([["NO MORE ?' FLIGHTS 3"]]);
    expect(texts).toContainEqual([['FIELD 1?+FIELD 2']]);
    expect(texts).toContainEqual([['FIELD 1.1?', 'FIELD 1.2']]);
  });
});
