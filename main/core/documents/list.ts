/**
 * documents.list: picks a plan (list-plan.ts), reads one page of ids, then the page's rows, and counts the matches
 * no further than needed to stay fast.
 */
import type Database from 'better-sqlite3';
import type { DocumentsPage } from '../api/types-documents.js';
import { boundedSql, cappedCountSql, countIndex, driverCandidates, filteredCountSql, orderedPlan, orderedSql, type DocumentFilter, type DocumentSort, type Driver, type ListPlan, type Sql } from './list-plan.js';
import { documentRowsByIds } from './rows.js';
import { ensureSortValues } from './sort-values.js';
import { cachedByDataVersion } from './version-cache.js';

export interface ListOptions {
  /** a filter matching at most this many rows is read whole and sorted (default 20,000) */
  boundedRows?: number;
  /** an index-only count stops here (default 100,000); a count that has to read rows stops at boundedRows */
  countCap?: number;
}

export interface ListRequest {
  filter: DocumentFilter;
  sort: DocumentSort;
  offset: number;
  limit: number;
}

const DEFAULT_BOUNDED_ROWS = 20_000;
const DEFAULT_COUNT_CAP = 100_000;
/** how many matches a too-short search lists: enough to browse, few enough to read at once */
const TEXT_LIMIT = 2_000;

function run(db: Database.Database, query: Sql): unknown[] {
  return db.prepare(query.sql).pluck().all(query.params);
}

function count(db: Database.Database, query: Sql): number {
  return db.prepare(query.sql).pluck().get(query.params) as number;
}

export interface ChosenPlan {
  plan: ListPlan;
  /** rows the driver matched, when a bounded plan was chosen */
  driverRows?: number;
}

/**
 * An index that seeks every filter term and holds the rows in order answers in O(page) whatever the counts; otherwise
 * each seekable filter is probed with a capped count and the smallest drives when it is small enough.
 */
export function choosePlan(db: Database.Database, request: ListRequest, boundedRows = DEFAULT_BOUNDED_ROWS): ChosenPlan {
  const ordered = orderedPlan(request.filter, request.sort);
  if (!ordered.residual) return { plan: ordered };
  const drivers: Driver[] = driverCandidates(request.filter).map((index) => ({ kind: 'time', index }));
  if (request.filter.text !== undefined) drivers.unshift({ kind: 'text' });
  let best: { driver: Driver; rows: number } | null = null;
  for (const driver of drivers) {
    const rows = count(db, cappedCountSql(request.filter, driver, boundedRows));
    if (rows <= boundedRows && (best === null || rows < best.rows)) best = { driver, rows };
  }
  if (best) return { plan: { kind: 'bounded', driver: best.driver }, driverRows: best.rows };
  // A text too short to single anything out ("0", "PO") would have every row checked against it: list only the
  // first matches of each searched column instead, and say so.
  if (request.filter.text !== undefined) return { plan: { kind: 'bounded', driver: { kind: 'text-limited', limit: TEXT_LIMIT } } };
  return { plan: ordered };
}

const isEmptyFilter = (filter: DocumentFilter) => Object.values(filter).every((value) => value === undefined);

/** Every document, counted once per change of the database (a million index entries take tens of milliseconds). */
function totalDocuments(db: Database.Database): number {
  return cachedByDataVersion(db, 'documents.total', () => db.prepare('SELECT count(*) FROM documents INDEXED BY documents_file').pluck().get() as number);
}

function countFor(db: Database.Database, filter: DocumentFilter, options: Required<ListOptions>): { total: number; totalIsLowerBound: boolean } {
  if (isEmptyFilter(filter)) return { total: totalDocuments(db), totalIsLowerBound: false };
  const { index, complete } = countIndex(filter);
  const cap = complete ? options.countCap : options.boundedRows;
  const counted = count(db, filteredCountSql(filter, index, cap));
  return counted > cap ? { total: cap, totalIsLowerBound: true } : { total: counted, totalIsLowerBound: false };
}

export function listDocuments(db: Database.Database, request: ListRequest, options: ListOptions = {}): DocumentsPage {
  const settings = { boundedRows: options.boundedRows ?? DEFAULT_BOUNDED_ROWS, countCap: options.countCap ?? DEFAULT_COUNT_CAP };
  const { plan } = choosePlan(db, request, settings.boundedRows);
  let ids: number[];
  let counted: { total: number; totalIsLowerBound: boolean };
  if (plan.kind === 'bounded') {
    const all = run(db, boundedSql(request.filter, request.sort, plan.driver)) as number[];
    ids = all.slice(request.offset, request.offset + request.limit);
    counted = { total: all.length, totalIsLowerBound: false };
    if (plan.driver.kind === 'text-limited') return { rows: documentRowsByIds(db, ids), total: all.length, totalIsLowerBound: true, searchLimitedTo: plan.driver.limit };
  } else {
    if (plan.loop === 'type' || plan.loop === 'status') ensureSortValues(db);
    ids = run(db, orderedSql(request.filter, request.sort, plan, request)) as number[];
    counted = countFor(db, request.filter, settings);
    // A capped count must never claim fewer rows than the page just shown.
    const seen = request.offset + ids.length;
    if (seen > counted.total) counted = { total: seen, totalIsLowerBound: ids.length === request.limit };
  }
  return { rows: documentRowsByIds(db, ids), ...counted, searchLimitedTo: null };
}
