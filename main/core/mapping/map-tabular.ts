/**
 * mapCsv / mapJson: e-commerce and marketplace order files through the same rules as EDI, so every channel lands in
 * the same canonical model. One input file may hold many documents (rows grouped by order id, a JSON array).
 */
import type { Channel, PartnerRef, Source } from '../canonical/index.js';
import type { CompiledMap } from './compile.js';
import { producedKind, schemaIssues, unmappedRequired } from './finish.js';
import type { CrossReferences } from './format.js';
import type { ContextName } from './path/ast.js';
import { parseJsonPath } from './path/parse-other.js';
import type { MappingResult } from './result.js';
import { runRules, type RunState } from './run.js';
import { type CsvRow, CsvSource, parseCsv } from './source/csv-source.js';
import { JsonSource } from './source/json-source.js';
import type { SourceReader } from './source/reader.js';

export interface TabularMapOptions {
  xref?: CrossReferences;
  partner?: PartnerRef;
  /** default 'ecommerce' */
  channel?: Channel;
  /** the file's name, for the documents' source ({ kind: 'file', name, row }) and @file.name */
  fileName?: string;
  context?: Partial<Record<ContextName, string>>;
}

/** The documents of a file, or why the file could not be read at all. */
export type TabularResult = { ok: true; documents: MappingResult[] } | { ok: false; message: string };

export function mapCsv(compiled: CompiledMap, text: string, options: TabularMapOptions = {}): TabularResult {
  const source = compiled.definition.source;
  if (source.standard !== 'csv') return { ok: false, message: `this map reads ${source.standard}, not CSV` };
  const { header, rows } = parseCsv(text, source.delimiter ?? ',');
  if (header.length === 0) return { ok: false, message: 'the file is empty (no header row)' };
  if (source.groupBy !== undefined && !header.includes(source.groupBy)) return { ok: false, message: `the header has no column '${source.groupBy}' to group rows by (columns: ${header.join(', ')})` };
  const groups: { line: number; rows: CsvRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const key = source.groupBy !== undefined ? row.values[source.groupBy] : undefined;
    const lastKey = source.groupBy !== undefined ? last?.rows[0]?.[source.groupBy] : undefined;
    if (last && key !== undefined && key === lastKey) last.rows.push(row.values);
    else groups.push({ line: row.line, rows: [row.values] });
  }
  const documents = groups.map((group) => {
    const reader = new CsvSource(group.rows);
    const sourceRef: Source = { kind: 'file', name: options.fileName ?? 'upload.csv', row: group.line };
    return mapDocument(compiled, reader, sourceRef, options);
  });
  return { ok: true, documents };
}

export function mapJson(compiled: CompiledMap, input: string | unknown, options: TabularMapOptions = {}): TabularResult {
  const source = compiled.definition.source;
  if (source.standard !== 'json') return { ok: false, message: `this map reads ${source.standard}, not JSON` };
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, message: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const selected = new JsonSource(value).scopes(parseJsonPath(source.documents ?? '$'), { value });
  const documents = selected.map((scope, index) => {
    const sourceRef: Source = { kind: 'file', name: options.fileName ?? 'upload.json', row: index };
    return mapDocument(compiled, new JsonSource(scope.value), sourceRef, options);
  });
  return { ok: true, documents };
}

function mapDocument<Scope>(compiled: CompiledMap, reader: SourceReader<Scope>, sourceRef: Source, options: TabularMapOptions): MappingResult {
  const map = compiled.definition;
  const state: RunState<Scope> = {
    reader,
    tables: map.tables ?? {},
    xref: options.xref,
    decimalMark: '.',
    context: {
      standard: map.source.standard,
      ...(options.fileName ? { 'file.name': options.fileName } : {}),
      ...(options.partner?.id !== undefined ? { partner: String(options.partner.id) } : {}),
      ...options.context,
    },
    issues: [],
    hits: Object.fromEntries(compiled.ruleIds.map((id) => [id, 0])),
    origins: new WeakMap(),
    locate: () => undefined,
  };
  const document: Record<string, unknown> = {
    kind: map.kind,
    source: sourceRef,
    channel: options.channel ?? 'ecommerce',
    ...(options.partner ? { partner: options.partner } : {}),
  };
  runRules(compiled.rules, reader.root, document, state);
  state.issues.push(...schemaIssues(document, state, compiled));
  return {
    document,
    ok: !state.issues.some((issue) => issue.severity === 'error'),
    issues: state.issues,
    coverage: { unmappedRequired: unmappedRequired(producedKind(document, map.kind), document), unusedSegments: [], ruleHits: state.hits },
  };
}
