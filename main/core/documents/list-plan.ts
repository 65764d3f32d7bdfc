/**
 * How the Documents list finds a page among a million rows within a few milliseconds: every query names the index
 * it runs on (INDEXED BY), chosen here from the filter and the sort.
 *
 * - A filter that matches few rows (at most `boundedRows`, found by a capped count on its own index) drives the query:
 *   those rows are read through its index and sorted in a temporary b-tree, which is cheap at that size.
 * - Otherwise an index that already holds the rows in the wanted order is walked and the walk stops after the page:
 *   newest first within (partner, type, status, direction and their pairs); by control number; and
 *   for the type, status and partner sorts an outer loop over the values in order (sort-values.ts, partners by name)
 *   with each value's rows newest first, in either direction.
 */
import type { DocumentDirection, DocumentSortColumn, DocumentStatus, SortDirection } from '../api/types-documents.js';

export interface DocumentFilter {
  partnerId?: number;
  type?: string;
  status?: DocumentStatus;
  direction?: DocumentDirection;
  /** inclusive bounds on received_at: ISO dates (a `to` date means through the end of that day, UTC) or date-times */
  from?: string;
  to?: string;
  /** prefix of a PO number, reference (ASN, invoice...) or control number */
  text?: string;
}

export interface DocumentSort {
  column: DocumentSortColumn;
  direction: SortDirection;
}

export type KeyColumn = 'partner_id' | 'type' | 'status' | 'direction';

/** An index on (keys..., received_at, id), either direction. */
export interface TimeIndex {
  name: string;
  keys: readonly KeyColumn[];
}

export const TIME_INDEXES: readonly TimeIndex[] = [
  { name: 'documents_received', keys: [] },
  { name: 'documents_partner', keys: ['partner_id'] },
  { name: 'documents_type', keys: ['type'] },
  { name: 'documents_status', keys: ['status'] },
  { name: 'documents_direction', keys: ['direction'] },
  { name: 'documents_partner_type', keys: ['partner_id', 'type'] },
  { name: 'documents_partner_status', keys: ['partner_id', 'status'] },
  { name: 'documents_partner_direction', keys: ['partner_id', 'direction'] },
  { name: 'documents_type_status', keys: ['type', 'status'] },
  { name: 'documents_type_direction', keys: ['type', 'direction'] },
  { name: 'documents_status_direction', keys: ['status', 'direction'] },
];

/**
 * What a bounded plan reads: a time index's range; the text's matches; or, when the text is too short to be
 * selective, only the first `limit` matches by value of each searched column (the answer says it was limited).
 */
export type Driver = { kind: 'time'; index: TimeIndex } | { kind: 'text' } | { kind: 'text-limited'; limit: number };

export type ListPlan =
  /** few rows: read them all through the driver and sort them */
  | { kind: 'bounded'; driver: Driver }
  /**
   * many rows: walk an index in the wanted order; `loop` walks type/status/partner values in order around it.
   * `residual`: some filter term is checked row by row rather than sought in the index (the walk may read more rows).
   */
  | { kind: 'ordered'; index: string; loop: 'type' | 'status' | 'partner' | null; residual: boolean };

export interface Sql {
  sql: string;
  params: Record<string, string | number>;
}

const KEY_PARAM: Record<KeyColumn, keyof DocumentFilter> = { partner_id: 'partnerId', type: 'type', status: 'status', direction: 'direction' };
const SORT_KEY: Partial<Record<DocumentSortColumn, 'type' | 'status' | 'partner_id'>> = { type: 'type', status: 'status', partner: 'partner_id' };

export function boundKeys(filter: DocumentFilter): Set<KeyColumn> {
  const keys = new Set<KeyColumn>();
  for (const key of Object.keys(KEY_PARAM) as KeyColumn[]) if (filter[KEY_PARAM[key]] !== undefined) keys.add(key);
  return keys;
}

export const hasRange = (filter: DocumentFilter) => filter.from !== undefined || filter.to !== undefined;

const subsetOf = (keys: readonly KeyColumn[], bound: Set<KeyColumn>) => keys.every((key) => bound.has(key));

/** The time indexes a filter can seek on, keeping only the most specific ones (a superset of keys matches fewer rows). */
export function driverCandidates(filter: DocumentFilter): TimeIndex[] {
  const bound = boundKeys(filter);
  if (bound.size === 0) return hasRange(filter) ? [TIME_INDEXES[0]!] : [];
  const usable = TIME_INDEXES.filter((index) => index.keys.length > 0 && subsetOf(index.keys, bound));
  return usable.filter((index) => !usable.some((other) => other.keys.length > index.keys.length && subsetOf(index.keys, new Set(other.keys))));
}

/** Sorting by a column the filter pins to one value leaves the tie-breaker: newest first. */
export function effectiveSort(filter: DocumentFilter, sort: DocumentSort): DocumentSort {
  const key = SORT_KEY[sort.column];
  return key !== undefined && boundKeys(filter).has(key) ? { column: 'receivedAt', direction: 'desc' } : sort;
}

/** The index that holds the rows in the sort's order, seeking on as many filter columns as it can. */
export function orderedPlan(filter: DocumentFilter, requested: DocumentSort): Extract<ListPlan, { kind: 'ordered' }> {
  const bound = boundKeys(filter);
  const sort = effectiveSort(filter, requested);
  if (sort.column === 'controlNumber') {
    return { kind: 'ordered', index: 'documents_control_received', loop: null, residual: bound.size > 0 || hasRange(filter) || filter.text !== undefined };
  }
  const loopKey = SORT_KEY[sort.column] ?? null;
  const candidates = TIME_INDEXES.filter((index) =>
    loopKey === null ? subsetOf(index.keys, bound) : index.keys.includes(loopKey) && index.keys.every((key) => key === loopKey || bound.has(key)),
  );
  const best = candidates.reduce((a, b) => (b.keys.length > a.keys.length ? b : a));
  const loop = loopKey === null ? null : loopKey === 'partner_id' ? 'partner' : loopKey;
  const residual = [...bound].some((key) => !best.keys.includes(key)) || filter.text !== undefined;
  return { kind: 'ordered', index: best.name, loop, residual };
}

/** The best index to count the filter's rows on, and whether every filter term is answered by it alone. */
export function countIndex(filter: DocumentFilter): { index: TimeIndex; complete: boolean } {
  const bound = boundKeys(filter);
  const usable = TIME_INDEXES.filter((index) => subsetOf(index.keys, bound));
  const index = usable.reduce((a, b) => (b.keys.length > a.keys.length ? b : a));
  return { index, complete: index.keys.length === bound.size && filter.text === undefined };
}

const LAST_CODE_POINT = String.fromCodePoint(0x10ffff);

function normalizeBound(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return end ? `${value}T23:59:59.999Z` : value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Named parameters for every filter term (text search gets its exact and upper-case prefix ranges). */
export function filterParams(filter: DocumentFilter): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (filter.partnerId !== undefined) params.partnerId = filter.partnerId;
  if (filter.type !== undefined) params.type = filter.type;
  if (filter.status !== undefined) params.status = filter.status;
  if (filter.direction !== undefined) params.direction = filter.direction;
  if (filter.from !== undefined) params.from = normalizeBound(filter.from, false);
  if (filter.to !== undefined) params.to = normalizeBound(filter.to, true);
  if (filter.text !== undefined) {
    params.textLow = filter.text;
    params.textHigh = filter.text + LAST_CODE_POINT;
    params.upperLow = filter.text.toUpperCase();
    params.upperHigh = filter.text.toUpperCase() + LAST_CODE_POINT;
  }
  return params;
}

const TEXT_COLUMNS = ['po_number', 'reference', 'control_number'] as const;

function textRanges(alias: string, filter: DocumentFilter): string[] {
  const prefixes = filter.text !== undefined && filter.text.toUpperCase() !== filter.text ? ['text', 'upper'] : ['text'];
  return TEXT_COLUMNS.flatMap((column) => prefixes.map((prefix) => `(${alias}${column} >= @${prefix}Low AND ${alias}${column} < @${prefix}High)`));
}

/** The ids matching the text prefix, each column searched on its own index; `perColumn` keeps the first ones of each. */
export function textIdsSql(filter: DocumentFilter, perColumn?: number): string {
  const ranges = textRanges('', filter);
  if (perColumn === undefined) return ranges.map((range) => `SELECT id FROM documents WHERE ${range}`).join(' UNION ');
  return ranges.map((range) => `SELECT id FROM (SELECT id FROM documents WHERE ${range} LIMIT ${perColumn})`).join(' UNION ');
}

/** Sum of the text's per-column matches, each counted no further than `cap + 1`: at least the number of matching ids. */
export function textCountSql(filter: DocumentFilter, cap: number): Sql {
  const counts = textRanges('', filter).map((range) => `(SELECT count(*) FROM (SELECT 1 FROM documents WHERE ${range} LIMIT @cap))`);
  return { sql: `SELECT ${counts.join(' + ')}`, params: { ...filterParams(filter), cap: cap + 1 } };
}

/** WHERE terms for the filter on documents aliased `d`; `textAsIds` leaves the text to a driving id list. */
export function whereTerms(filter: DocumentFilter, options: { textAsIds?: boolean } = {}): string[] {
  const terms: string[] = [];
  for (const key of Object.keys(KEY_PARAM) as KeyColumn[]) if (filter[KEY_PARAM[key]] !== undefined) terms.push(`d.${key} = @${KEY_PARAM[key]}`);
  if (filter.from !== undefined) terms.push('d.received_at >= @from');
  if (filter.to !== undefined) terms.push('d.received_at <= @to');
  if (filter.text !== undefined && !options.textAsIds) terms.push(`(${textRanges('d.', filter).join(' OR ')})`);
  return terms;
}

const where = (terms: string[]) => (terms.length === 0 ? '' : ` WHERE ${terms.join(' AND ')}`);
const dir = (direction: SortDirection) => (direction === 'asc' ? 'ASC' : 'DESC');

/** ORDER BY for documents `d` (and partners `p` for the partner sort): ties go newest first, then by id. */
function orderBy(sort: DocumentSort, groupExpression?: string): string {
  const d = dir(sort.direction);
  switch (sort.column) {
    case 'receivedAt':
      return `d.received_at ${d}, d.id ${d}`;
    case 'controlNumber':
      return `d.control_number ${d}, d.received_at ${d}, d.id ${d}`;
    case 'partner':
      return `p.name ${d}, ${groupExpression ?? 'd.partner_id'} ${d}, d.received_at DESC, d.id DESC`;
    default:
      return `${groupExpression ?? `d.${sort.column}`} ${d}, d.received_at DESC, d.id DESC`;
  }
}

/** Every matching id in order (a bounded plan reads at most `boundedRows` rows, so no LIMIT is needed). */
export function boundedSql(filter: DocumentFilter, requested: DocumentSort, driver: Driver): Sql {
  const sort = effectiveSort(filter, requested);
  const params = filterParams(filter);
  const joinPartner = sort.column === 'partner' ? ' CROSS JOIN partners p ON p.id = d.partner_id' : '';
  if (driver.kind !== 'time') {
    const ids = driver.kind === 'text' ? textIdsSql(filter) : `SELECT id FROM (${textIdsSql(filter, driver.limit)}) ORDER BY id DESC LIMIT ${driver.limit}`;
    const sql = `SELECT d.id FROM (${ids}) t CROSS JOIN documents d ON d.id = t.id${joinPartner}${where(whereTerms(filter, { textAsIds: true }))} ORDER BY ${orderBy(sort)}`;
    return { sql, params };
  }
  const sql = `SELECT d.id FROM documents d INDEXED BY ${driver.index.name}${joinPartner}${where(whereTerms(filter))} ORDER BY ${orderBy(sort)}`;
  return { sql, params };
}

/** One page of ids, walking the plan's index in order. */
export function orderedSql(filter: DocumentFilter, requested: DocumentSort, plan: Extract<ListPlan, { kind: 'ordered' }>, page: { offset: number; limit: number }): Sql {
  const sort = effectiveSort(filter, requested);
  const params = { ...filterParams(filter), offset: page.offset, limit: page.limit };
  const terms = whereTerms(filter);
  const tail = ` LIMIT @limit OFFSET @offset`;
  if (plan.loop === 'partner') {
    const sql = `SELECT d.id FROM partners p INDEXED BY partners_name CROSS JOIN documents d INDEXED BY ${plan.index} ON d.partner_id = p.id${where(terms)} ORDER BY ${orderBy(sort, 'p.id')}${tail}`;
    return { sql, params };
  }
  if (plan.loop !== null) {
    const sql = `SELECT d.id FROM temp.document_sort_values k CROSS JOIN documents d INDEXED BY ${plan.index} ON d.${plan.loop} = k.value${where([`k.facet = '${plan.loop}'`, ...terms])} ORDER BY ${orderBy(sort, 'k.value')}${tail}`;
    return { sql, params };
  }
  return { sql: `SELECT d.id FROM documents d INDEXED BY ${plan.index}${where(terms)} ORDER BY ${orderBy(sort)}${tail}`, params };
}

/** At most `cap + 1` rows counted through one index: enough to tell "few" from "many" without reading them all. */
export function cappedCountSql(filter: DocumentFilter, driver: Driver, cap: number): Sql {
  const params = { ...filterParams(filter), cap: cap + 1 };
  if (driver.kind !== 'time') return textCountSql(filter, cap);
  const index = driver.index;
  const terms = index.keys.map((key) => `d.${key} = @${KEY_PARAM[key]}`);
  if (filter.from !== undefined) terms.push('d.received_at >= @from');
  if (filter.to !== undefined) terms.push('d.received_at <= @to');
  return { sql: `SELECT count(*) FROM (SELECT 1 FROM documents d INDEXED BY ${index.name}${where(terms)} LIMIT @cap)`, params };
}

/** Counts every filter term (not only the driver's), stopping after `cap + 1` rows. */
export function filteredCountSql(filter: DocumentFilter, index: TimeIndex, cap: number): Sql {
  const params = { ...filterParams(filter), cap: cap + 1 };
  return { sql: `SELECT count(*) FROM (SELECT 1 FROM documents d INDEXED BY ${index.name}${where(whereTerms(filter))} LIMIT @cap)`, params };
}
