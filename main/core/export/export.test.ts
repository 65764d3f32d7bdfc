import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { csvRecords } from '../mapping/source/csv-source.js';
import { csvField, toCsv } from './csv.js';
import { columnName, xlsxWorkbook } from './xlsx.js';
import { unzip, zip } from './zip.js';

describe('CSV', () => {
  it('quotes what RFC 4180 needs quoted and reads back to the same cells', () => {
    const rows = [
      ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', ''],
      ['ünïcødé', 'x', null, 42.5, -3],
    ];
    const text = toCsv(['a', 'b', 'c', 'd', 'e'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[1]).toBe('plain,"with, comma","with ""quotes""","two');
    const parsed = csvRecords(text).map((record) => record.fields);
    expect(parsed).toEqual([['a', 'b', 'c', 'd', 'e'], ['plain', 'with, comma', 'with "quotes"', 'two\r\nlines', ''], ['ünïcødé', 'x', '', '42.5', '-3']]);
  });

  it('neutralises text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx'].map((cell) => csvField(cell))).toEqual(["\"'=HYPERLINK(\"\"x\"\")\"", "'+1", "'-2+3", "'@SUM(A1)", "'\tx"]);
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField('a=b')).toBe('a=b');
  });
});

/** Every start tag closed in order, attributes quoted, entities known: a small well-formedness check. */
function wellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|&(?!amp;|lt;|gt;|quot;|apos;)|<(?![A-Za-z_/])/g;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = tag.exec(body))) {
    if (match[2] === undefined) throw new Error(`stray markup at ${match.index}: ${body.slice(match.index, match.index + 20)}`);
    const between = body.slice(position, match.index);
    if (/[<>]/.test(between)) throw new Error(`malformed tag near ${position}: ${between.slice(0, 40)}`);
    position = tag.lastIndex;
    if (match[1]) {
      const open = stack.pop();
      if (open !== match[2]) throw new Error(`</${match[2]}> closes <${open}>`);
    } else if (!match[4]) stack.push(match[2]);
  }
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
}

describe('zip', () => {
  it('round-trips entries through our own reader, checking CRC-32', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hello '.repeat(1000)) },
      { name: 'dir/ü.bin', data: Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 31) % 256)) },
      { name: 'empty', data: Buffer.alloc(0) },
    ];
    const archive = zip(entries);
    expect(unzip(archive)).toEqual(entries);
    const corrupt = Buffer.from(archive);
    corrupt[40] = corrupt[40]! ^ 0xff;
    expect(() => unzip(corrupt)).toThrow();
  });
});

describe('XLSX', () => {
  const header = ['Id', 'Summary', 'Money'];
  const rows = [
    ['mm-1', 'PO <4500> & "ASN" \u0001 ok', 12.5],
    ['mm-2', ' leading space', null],
    ['mm-3', '=cmd|calc', 0],
  ];

  it('names columns like a spreadsheet', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('packages a workbook whose parts are well-formed XML, with a bold frozen header, inline strings and numbers', () => {
    const parts = new Map(unzip(xlsxWorkbook('Mismatches', header, rows)).map((entry) => [entry.name, entry.data.toString('utf8')]));
    expect([...parts.keys()]).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']);
    for (const [name, xml] of parts) expect(() => wellFormed(xml), name).not.toThrow();
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t>Id</t></is></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t>PO &lt;4500&gt; &amp; &quot;ASN&quot;  ok</t></is></c>');
    expect(sheet).toContain('<c r="C2"><v>12.5</v></c>');
    expect(sheet).toContain('<t xml:space="preserve"> leading space</t>');
    expect(sheet).toContain('<c r="C4"><v>0</v></c>');
    expect(parts.get('xl/styles.xml')).toContain('<font><b/>');
  });

  it.skipIf(spawnSync('unzip', ['-v']).status !== 0)('is a zip the system unzip accepts (skipped: no unzip installed)', () => {
    const temp = makeTempDir();
    try {
      const path = join(temp.path, 'book.xlsx');
      writeFileSync(path, xlsxWorkbook('Mismatches', header, rows));
      expect(execFileSync('unzip', ['-t', path]).toString()).toMatch(/No errors detected/);
      expect(execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet1.xml']).toString()).toContain('<v>12.5</v>');
    } finally {
      temp.cleanup();
    }
  });

  it.skipIf(spawnSync('python3', ['-c', 'import xml.dom.minidom']).status !== 0)('parses with a real XML parser (skipped: no python3)', () => {
    const temp = makeTempDir();
    try {
      const paths = unzip(xlsxWorkbook('Mismatches', header, rows)).map((entry, index) => {
        const path = join(temp.path, `part${index}.xml`);
        writeFileSync(path, entry.data);
        return path;
      });
      const parsed = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom\nfor p in sys.argv[1:]: xml.dom.minidom.parse(p)', ...paths]);
      expect(parsed.stderr.toString()).toBe('');
      expect(parsed.status).toBe(0);
    } finally {
      temp.cleanup();
    }
  });
});
