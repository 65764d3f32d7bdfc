import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from '../mapping/source/csv-source.js';
import { csvLayout } from './csv-layout.js';
import { JsonSyntaxError, parseJsonWithSpans } from './json-layout.js';
import { byteOffsets, decodeText } from './text.js';

/** Every object and array in the value, depth first. */
function containers(value: unknown, into: object[] = []): object[] {
  if (value !== null && typeof value === 'object') {
    into.push(value);
    for (const item of Object.values(value)) containers(item, into);
  }
  return into;
}

describe('parseJsonWithSpans', () => {
  it('returns what JSON.parse returns, and each container span re-parses to that container', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const parsed = parseJsonWithSpans(text);
        expect(parsed.value).toEqual(JSON.parse(text));
        for (const container of containers(parsed.value)) {
          const span = parsed.spans.get(container)!;
          expect(JSON.parse(text.slice(span.start, span.end))).toEqual(container);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps __proto__ as an own key like JSON.parse, and refuses what JSON.parse refuses with an offset', () => {
    const parsed = parseJsonWithSpans('{"__proto__": {"x": 1}, "a": "\\u00e9\\n"}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.keys(parsed)).toEqual(['__proto__', 'a']);
    expect(parsed.a).toBe('é\n');
    for (const bad of ['{"a": 1,}', '[1 2]', '{"a": tru}', '"open', '{} x', '01', '{"a":\n"b\tc"}', '']) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(() => parseJsonWithSpans(bad)).toThrow(JsonSyntaxError);
    }
  });
});

const csvField = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'x\r\ny', ' spaced ', ''));

function csvText(rows: string[][], terminator: string): string {
  const quote = (field: string) => (/[",\r\n]/.test(field) || field === '' ? `"${field.replaceAll('"', '""')}"` : field);
  return rows.map((row) => row.map(quote).join(',')).join(terminator) + terminator;
}

describe('csvLayout', () => {
  it('finds the same records and document first lines as the mapping engine, with ranges that hold each record', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('A', 'A', 'B', 'C'), csvField), { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), (data, terminator) => {
        const text = csvText([['key', 'value'], ...data.map(([key, value]) => [key, value])], terminator);
        const engine = parseCsv(text);
        const layout = csvLayout(text, ',', 'key');
        const engineGroups: number[] = [];
        let last: string | undefined;
        for (const row of engine.rows) {
          if (row.values.key !== last) engineGroups.push(row.line);
          last = row.values.key;
        }
        expect(layout.documents.map((document) => document.line)).toEqual(engineGroups);
        expect(layout.documents.reduce((sum, document) => sum + document.rows, 0)).toBe(engine.rows.length);
        for (const record of csvRecords(text, ',').slice(1)) {
          const again = csvRecords(text.slice(record.start, record.end), ',');
          expect(again.map((one) => one.fields)).toEqual([record.fields]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('skips a BOM and blank rows and keeps a last row without a terminator', () => {
    const layout = csvLayout('\uFEFFid,qty\r\n1,2\r\n\r\n2,3', ',', undefined);
    expect(layout.header).toEqual(['id', 'qty']);
    expect(layout.documents).toEqual([
      { line: 2, start: 9, end: 12, rows: 1 },
      { line: 4, start: 16, end: 19, rows: 1 },
    ]);
  });
});

describe('byteOffsets', () => {
  it('counts UTF-8 bytes (2, 3 and 4-byte characters) and leaves Latin-1 offsets as they are', () => {
    const text = 'aé€😀b';
    const decoded = decodeText(Buffer.from(text, 'utf8'));
    const offsets = byteOffsets(decoded, [0, 1, 2, 3, 5, 6]);
    expect([...offsets.entries()].sort((a, b) => a[0] - b[0])).toEqual([[0, 0], [1, 1], [2, 3], [3, 6], [5, 10], [6, 11]]);
    const latin = decodeText(Uint8Array.from([0x61, 0xe9, 0x62]));
    expect(latin).toMatchObject({ encoding: 'latin1', text: 'aéb' });
    expect(byteOffsets(latin, [2]).get(2)).toBe(2);
  });
});
