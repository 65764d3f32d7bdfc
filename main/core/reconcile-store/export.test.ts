import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvRecords } from '../mapping/source/csv-source.js';
import { unzip } from '../export/zip.js';
import { EXPORT_COLUMNS, exportMismatches } from './export.js';
import { insertMismatches, SEED_NOW, seedPartners, syntheticMismatches, tempWorkspace } from './review-fixtures.js';

let ws: ReturnType<typeof tempWorkspace>;
const db = () => ws.workspace.db;
beforeEach(() => {
  ws = tempWorkspace();
  const partners = seedPartners(db(), ['=Evil Corp', 'Beta']);
  const rows = syntheticMismatches(200, partners);
  rows[0]!.summary = '+1 carton, "quoted", two\nlines';
  insertMismatches(db(), rows);
});
afterEach(() => ws.cleanup());

describe('mismatches.export', () => {
  it('writes the filtered queue as CSV in the sort order, formula-safe', () => {
    const file = exportMismatches(db(), { filter: { types: ['qty-mismatch', 'asn-missing'] }, sort: { field: 'money', direction: 'desc' }, format: 'csv' }, SEED_NOW);
    expect(file).toMatchObject({ fileName: 'mismatches-20261220-0000.csv', mime: 'text/csv; charset=utf-8' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...records] = csvRecords(text.slice(1)).map((record) => record.fields).filter((fields) => fields.length > 1);
    expect(header).toEqual(EXPORT_COLUMNS.map((column) => column.title));
    expect(records).toHaveLength(file.rows);
    expect(file.rows).toBeGreaterThan(5);
    expect(new Set(records.map((record) => record[1]))).toEqual(new Set(['qty-mismatch', 'asn-missing']));
    const money = records.map((record) => Number(record[11] || 0));
    expect(money).toEqual([...money].sort((a, b) => b - a));
    expect(records.some((record) => record[5] === "'=Evil Corp")).toBe(true);
    expect(records.some((record) => record[5] === '=Evil Corp')).toBe(false);
  });

  it('writes XLSX with the same rows', () => {
    const file = exportMismatches(db(), { filter: { includeCleared: true, statuses: ['open'] }, format: 'xlsx' }, SEED_NOW);
    const sheet = unzip(Buffer.from(file.base64, 'base64')).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')!.data.toString('utf8');
    expect((sheet.match(/<row /g) ?? []).length).toBe(file.rows + 1);
    expect(sheet).toContain('+1 carton, &quot;quoted&quot;, two\nlines');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
});
