/**
 * One channel file through one map: the canonical documents (mapping engine's mapCsv / mapJson) paired with the
 * byte range of the rows or JSON text each came from.
 */
import { compilePath, mapCsv, mapJson, type MappingResult, type TabularMapOptions } from '../mapping/index.js';
import { JsonSource } from '../mapping/source/json-source.js';
import type { CandidateMap } from './candidates.js';
import { csvLayout, type CsvLayout } from './csv-layout.js';
import type { ParsedJson } from './json-layout.js';
import { missingColumns, csvSignature } from './signature.js';
import { byteOffsets, type DecodedText } from './text.js';

export interface MappedDocument {
  /** byte range in the archived file */
  byteStart: number;
  byteEnd: number;
  /** CSV rows (1 for a JSON document) */
  rows: number;
  result: MappingResult;
}

export type FileMapping = { ok: true; documents: MappedDocument[]; notes: string[] } | { ok: false; message: string };

export function csvSource(candidate: CandidateMap): { delimiter: string; groupBy: string | undefined } {
  const source = candidate.compiled.definition.source;
  return source.standard === 'csv' ? { delimiter: source.delimiter ?? ',', groupBy: source.groupBy } : { delimiter: ',', groupBy: undefined };
}

/** The header as this map reads it, and the columns it lacks for the map (empty: the signature matches). */
export function csvFit(candidate: CandidateMap, text: string): { layout: CsvLayout; missing: string[] } {
  const { delimiter, groupBy } = csvSource(candidate);
  const layout = csvLayout(text, delimiter, groupBy);
  if (layout.header.every((name) => name === '')) return { layout, missing: ['a header row'] };
  return { layout, missing: missingColumns(csvSignature(candidate.compiled.definition), layout.header) };
}

function toBytes(decoded: DecodedText, ranges: { start: number; end: number; rows: number }[], results: MappingResult[]): MappedDocument[] {
  const offsets = byteOffsets(decoded, ranges.flatMap((range) => [range.start, range.end]));
  return results.map((result, index) => {
    const range = ranges[index]!;
    return { byteStart: offsets.get(range.start)!, byteEnd: offsets.get(range.end)!, rows: range.rows, result };
  });
}

export function mapCsvFile(candidate: CandidateMap, decoded: DecodedText, layout: CsvLayout, options: TabularMapOptions): FileMapping {
  const mapped = mapCsv(candidate.compiled, decoded.text, options);
  if (!mapped.ok) return { ok: false, message: mapped.message };
  const notes: string[] = [];
  let ranges = layout.documents;
  const agree = ranges.length === mapped.documents.length && mapped.documents.every((result, index) => sourceRow(result) === ranges[index]!.line);
  if (!agree) {
    // Never expected (both read the same records); if it happens, every document points at all the data rows.
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    const whole = { line: first?.line ?? 1, start: first?.start ?? 0, end: last?.end ?? decoded.text.length, rows: ranges.reduce((sum, range) => sum + range.rows, 0) };
    ranges = mapped.documents.map(() => whole);
    notes.push('the rows of each document could not be located: each points at all data rows');
  }
  return { ok: true, documents: toBytes(decoded, ranges, mapped.documents), notes };
}

function sourceRow(result: MappingResult): number | undefined {
  const source = (result.document as { source?: { row?: unknown } } | null)?.source;
  return typeof source?.row === 'number' ? source.row : undefined;
}

/** The elements the map's `documents` path selects, in the order mapJson maps them. */
export function selectedJsonDocuments(candidate: CandidateMap, parsed: ParsedJson): unknown[] {
  const source = candidate.compiled.definition.source;
  if (source.standard !== 'json') return [];
  const path = compilePath(source, source.documents ?? '$');
  return new JsonSource(parsed.value).scopes(path, { value: parsed.value }).map((scope) => scope.value);
}

export function mapJsonFile(candidate: CandidateMap, decoded: DecodedText, parsed: ParsedJson, options: TabularMapOptions): FileMapping {
  const selected = selectedJsonDocuments(candidate, parsed);
  const mapped = mapJson(candidate.compiled, parsed.value, options);
  if (!mapped.ok) return { ok: false, message: mapped.message };
  const notes: string[] = [];
  if (selected.length !== mapped.documents.length) notes.push('the JSON text of each document could not be located: each points at the whole file');
  const ranges = mapped.documents.map((_, index) => {
    const value = selected.length === mapped.documents.length ? selected[index] : undefined;
    const span = value !== null && typeof value === 'object' ? parsed.spans.get(value) : undefined;
    return { start: span?.start ?? 0, end: span?.end ?? decoded.text.length, rows: 1 };
  });
  return { ok: true, documents: toBytes(decoded, ranges, mapped.documents), notes };
}
