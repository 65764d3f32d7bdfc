/**
 * Where each CSV document lies in the file. The mapping engine (mapping/source/csv-source.ts) reads rows without
 * positions; this reads the same records the same way (RFC 4180 quoting, CRLF/LF/CR rows, blank rows skipped, rows
 * grouped while the groupBy column keeps its value) and keeps their character ranges, so each stored document can
 * point at its rows in the archived original. The caller checks that both agree (same count, same first lines).
 */

export interface CsvRecord {
  /** 1-based line where the record starts (lines inside quoted fields counted as the engine counts them) */
  line: number;
  /** character range of the record in the text, without its line terminator */
  start: number;
  end: number;
  fields: string[];
}

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

export function csvRecords(text: string, delimiter: string): CsvRecord[] {
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
