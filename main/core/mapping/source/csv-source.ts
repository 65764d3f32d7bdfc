/** CSV sources: a document is one row or a group of rows; a path is a column name; `rows()` iterates the rows. */
import type { CompiledPath } from '../path/ast.js';
import type { SourceReader, SourceValue } from './reader.js';

export type CsvRow = Record<string, string>;
export type CsvScope = { rows: CsvRow[] };

export class CsvSource implements SourceReader<CsvScope> {
  readonly root: CsvScope;

  constructor(rows: CsvRow[]) {
    this.root = { rows };
  }

  scopes(path: CompiledPath, scope: CsvScope): CsvScope[] {
    if (path.kind === 'rows') return (path.firstOnly ? scope.rows.slice(0, 1) : scope.rows).map((row) => ({ rows: [row] }));
    return this.values(path, scope).length > 0 ? [scope] : [];
  }

  values(path: CompiledPath, scope: CsvScope): SourceValue[] {
    if (path.kind !== 'column') return [];
    const values: SourceValue[] = [];
    for (const row of scope.rows) {
      const text = row[path.column] ?? '';
      if (text !== '') values.push({ text });
    }
    return values;
  }

  segmentOf(): undefined {
    return undefined;
  }
}

/**
 * RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF rows, a BOM ignored. The first row is the header
 * (names trimmed); blank lines are skipped. Returns the rows as objects keyed by header name, with their 1-based line.
 */
export function parseCsv(text: string, delimiter = ','): { header: string[]; rows: { line: number; values: CsvRow }[] } {
  const records = csvRecords(text, delimiter);
  const headerRecord = records.shift();
  const header = (headerRecord?.fields ?? []).map((name) => name.trim());
  const rows = records
    .filter((record) => record.fields.some((field) => field !== ''))
    .map((record) => {
      const values: CsvRow = {};
      header.forEach((name, index) => {
        values[name] = record.fields[index] ?? '';
      });
      return { line: record.line, values };
    });
  return { header, rows };
}

export interface CsvRecord {
  /** 1-based line where the record starts (line breaks inside quoted fields count) */
  line: number;
  /** character range of the record in `text` (a leading BOM included in the count), without its line terminator:
   * channels use it to point each stored document at its rows in the archived original */
  start: number;
  end: number;
  fields: string[];
}

/** Every record, blank ones included, the header first. */
export function csvRecords(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = text.startsWith('\uFEFF') ? 1 : 0;
  for (let i = recordStart; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      const end = i;
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      records.push({ line: recordLine, start: recordStart, end, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
      recordStart = i + 1;
    } else field += char;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, start: recordStart, end: text.length, fields });
  }
  return records;
}
