/**
 * Conformance over real files from other projects (../shared/corpus, not part of the repository). SOURCES.tsv marks
 * each file [valid-looking], [quirky] or [invalid].
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errors } from './fixtures/results.js';
import { createX12Stream, parseX12 } from './parse.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const x12Dir = path.join(corpusDir, 'x12');

/** [invalid] files whose problem is not an envelope problem and that the spec validator does not report yet. */
const INVALID_BEYOND_ENVELOPE: Record<string, string> = {
  'olmelabs__EdiEngine__940.W05.Only.edi':
    'SOURCES.tsv says GE and IEA are missing, but the file has them; the 940 is invalid only because its mandatory ' +
    'body (N1 loop, LX/W01 detail) is missing, which is the spec validator\'s finding, not the envelope\'s',
};

function classification(): Map<string, string> {
  const rows = readFileSync(path.join(corpusDir, 'SOURCES.tsv'), 'utf8').split('\n').slice(1);
  const map = new Map<string, string>();
  for (const row of rows) {
    const [file, , , , , notes] = row.split('\t');
    const label = /^\[([a-z-]+)\]/.exec(notes ?? '')?.[1];
    if (file?.startsWith('x12/') && label !== undefined) map.set(file.slice(4), label);
  }
  return map;
}

describe.skipIf(!existsSync(x12Dir))('X12 corpus (../shared/corpus/x12; skipped when the folder is absent)', () => {
  const labels = existsSync(x12Dir) ? classification() : new Map<string, string>();
  const files = existsSync(x12Dir) ? readdirSync(x12Dir).sort() : [];

  it('knows every file', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) expect(labels.has(file), file).toBe(true);
  });

  it.each(files)('%s gets a result quickly, the same in 1-byte chunks', (file) => {
    const bytes = new Uint8Array(readFileSync(path.join(x12Dir, file)));
    const started = performance.now();
    const full = parseX12(bytes);
    const envelope = parseX12(bytes, { validate: 'envelope' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(full.size).toBe(bytes.length);
    expect(['ok', 'warnings', 'errors', 'not-edi']).toContain(full.verdict);

    const stream = createX12Stream({ keepSegments: true, validate: 'envelope' });
    for (let i = 0; i < bytes.length; i++) stream.write(bytes.subarray(i, i + 1));
    expect(stream.end()).toEqual(envelope);

    const label = labels.get(file);
    if (label === 'valid-looking') {
      expect(errors(envelope), 'envelope errors in a valid-looking file').toEqual([]);
      expect(envelope.interchanges.length).toBeGreaterThan(0);
    }
    if (label === 'invalid') {
      const reason = INVALID_BEYOND_ENVELOPE[file];
      if (reason === undefined) {
        expect(errors(full).length, 'an invalid file must have at least one error').toBeGreaterThan(0);
      } else {
        // the exception, stated: the envelopes are complete and correct
        expect(errors(envelope), reason).toEqual([]);
        expect(envelope.interchanges[0]!.groups[0]!.transactions[0]!.status).toBe('accepted');
      }
    }
  });

  it('reads the mailbag: 8 interchanges with their own delimiters', () => {
    const result = parseX12(new Uint8Array(readFileSync(path.join(x12Dir, 'bots-edi__bots-plugins__mailbag01.x12'))), { validate: 'envelope' });
    expect(result.interchanges).toHaveLength(8);
    expect(result.interchanges.map((i) => i.delimiters.segment)).toEqual(['\x15', '\x15', '\x15', '\n', '~', '\x15', '~', '~']);
    expect(result.interchanges.map((i) => i.version)).toEqual(['00401', '00400', '00400', '00302', '00300', '00401', '00403', '00401']);
    const duplicated = result.interchanges[4]!;
    expect(duplicated.groups.map((g) => g.controlNumber)).toEqual(['5', '5']);
    expect(duplicated.groups[1]!.problems.map((p) => p.code)).toContain('group-control-duplicate');
  });

  it('decodes the EBCDIC file (80-byte records, NL terminators)', () => {
    const result = parseX12(new Uint8Array(readFileSync(path.join(x12Dir, 'bots-edi__bots-plugins__ebcdic.x12'))), { validate: 'envelope' });
    expect(result.problems.map((p) => p.code)).toEqual(['ebcdic-detected']);
    // SOURCES.tsv says 2 interchanges; the file holds one (ISA13 000000183) padded to 14 records
    expect(result.interchanges.map((i) => [i.controlNumber, i.charset, i.delimiters.segment])).toEqual([['000000183', 'cp037', '\x85']]);
    expect(result.interchanges[0]!.quirks).toEqual(expect.arrayContaining(['ebcdic', 'padded-records']));
    expect(result.interchanges[0]!.groups[0]!.transactions[0]).toMatchObject({ type: '850', controlNumber: '0278', segmentCount: 9, status: 'accepted' });
  });

  it('reads the file wrapped at 80 columns', () => {
    const result = parseX12(new Uint8Array(readFileSync(path.join(x12Dir, 'bots-edi__bots-plugins__830-004010UCS-01.x12'))));
    expect(result.problems.map((p) => p.code)).toEqual(['wrapped-lines']);
    const sdq = result.interchanges[0]!.groups[0]!.transactions[0]!.segments!.find((s) => s.tag === 'SDQ' && s.elements.length > 20)!;
    expect(sdq.elements.map((e) => e[0]).join('*')).not.toMatch(/[\r\n]/);
    expect(sdq.elements[10]).toEqual(['0091372092002']);
  });
});
