/**
 * Where each CSV document lies in the file: the engine's own records (mapping/source/csv-source.ts, which keeps each
 * record's character range) grouped as the engine groups them (blank rows skipped, rows grouped while the groupBy
 * column keeps its value), so each stored document can point at its rows in the archived original.
 */
import { csvRecords, type CsvRecord } from '../mapping/source/csv-source.js';

export interface CsvDocumentLayout {
  line: number;
  start: number;
  end: number;
  rows: number;
}

export interface CsvLayout {
  header: string[];
  /** the header record's range (null for an empty file) */
  headerRecord: CsvRecord | null;
  documents: CsvDocumentLayout[];
}

/** The header (trimmed names) and the documents: one per data row, or per run of rows sharing the groupBy value. */
export function csvLayout(text: string, delimiter: string, groupBy: string | undefined): CsvLayout {
  const records = csvRecords(text, delimiter);
  const headerRecord = records.shift() ?? null;
  const header = (headerRecord?.fields ?? []).map((name) => name.trim());
  const groupIndex = groupBy === undefined ? -1 : header.lastIndexOf(groupBy);
  const documents: CsvDocumentLayout[] = [];
  let lastKey: string | undefined;
  for (const record of records) {
    if (!record.fields.some((field) => field !== '')) continue;
    const key = groupIndex < 0 ? undefined : (record.fields[groupIndex] ?? '');
    const last = documents[documents.length - 1];
    if (last && key !== undefined && key === lastKey) {
      last.end = record.end;
      last.rows++;
    } else documents.push({ line: record.line, start: record.start, end: record.end, rows: 1 });
    lastKey = key;
  }
  return { header, headerRecord, documents };
}
