/**
 * The review queue (mismatches.list): a QueueFilter and QueueSort become one parameterised query over `mismatches`
 * with partner names joined. Every query constrains `present` and `status` with IN lists (the default filter, or
 * `present IN (0, 1)` with includeCleared), so the composite indexes of migration 0006 serve every filter and sort.
 * The page is chosen on the ids alone (the indexes cover them), then only that page's rows are read.
 */
import type Database from 'better-sqlite3';
import { MISMATCH_TYPES, type MismatchSide, type MismatchType, type Owner, type Severity } from '../reconcile/types.js';
import type { MismatchStatus, QueueFilter, QueuePage, QueueRow, QueueSort } from './types.js';

const DAY_MS = 86_400_000;
const SEVERITY_RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };
export const DEFAULT_STATUSES: MismatchStatus[] = ['open', 'assigned'];
export const DEFAULT_SORT: QueueSort = { field: 'severity', direction: 'desc' };

/** The columns a queue row needs, with the partner's name; `m` is mismatches, `p` partners. */
export const QUEUE_COLUMNS = `m.id, m.type, m.thread_key, m.line_key, m.partner_id, p.name AS partner_name, m.channel, m.warehouse, m.severity,
  m.owner, m.chargeback_risk, m.summary, m.expected_json, m.actual_json, m.money_at_risk, m.currency, m.status, m.assignee, m.present,
  m.first_seen_at, m.last_seen_at, m.status_changed_at`;

export interface QueueDbRow {
  id: string;
  type: string;
  thread_key: string;
  line_key: string | null;
  partner_id: number | null;
  partner_name: string | null;
  channel: string | null;
  warehouse: string | null;
  severity: string;
  owner: string;
  chargeback_risk: number;
  summary: string;
  expected_json: string;
  actual_json: string;
  money_at_risk: string | null;
  currency: string | null;
  status: string;
  assignee: string | null;
  present: number;
  first_seen_at: string;
  last_seen_at: string;
  status_changed_at: string;
}

export function queueRowOf(row: QueueDbRow): QueueRow {
  return {
    id: row.id,
    type: row.type as MismatchType,
    threadKey: row.thread_key,
    lineKey: row.line_key,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    channel: row.channel,
    warehouse: row.warehouse,
    severity: row.severity as Severity,
    owner: row.owner as Owner,
    chargebackRisk: row.chargeback_risk === 1,
    summary: row.summary,
    expected: JSON.parse(row.expected_json) as MismatchSide,
    actual: JSON.parse(row.actual_json) as MismatchSide,
    moneyAtRisk: row.money_at_risk === null ? null : { amount: row.money_at_risk, currency: row.currency },
    status: row.status as MismatchStatus,
    assignee: row.assignee,
    present: row.present === 1,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    statusChangedAt: row.status_changed_at,
  };
}

/** Money text as minor units, as the store writes money_at_risk_minor: round(amount × 100). */
export function minorUnits(amount: string): number {
  return Math.round(Number(amount) * 100);
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

export interface WhereClause {
  sql: string;
  params: (string | number | null)[];
}

/** WHERE over `mismatches m` for a filter; `now` (ms) anchors the age bounds. */
export function queueWhere(filter: QueueFilter, now: number): WhereClause {
  const terms: string[] = [];
  const params: (string | number)[] = [];
  const inList = (column: string, values: readonly (string | number)[]) => {
    terms.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('m.present', filter.includeCleared ? [0, 1] : [1]);
  const statuses = filter.statuses?.length ? [...new Set(filter.statuses)] : DEFAULT_STATUSES;
  inList('m.status', statuses);
  if (filter.types?.length) inList('m.type', [...new Set(filter.types)]);
  if (filter.partnerIds?.length) inList('m.partner_id', [...new Set(filter.partnerIds)]);
  if (filter.channels?.length) inList('m.channel', [...new Set(filter.channels)]);
  if (filter.warehouses?.length) inList('m.warehouse', [...new Set(filter.warehouses)]);
  if (filter.owners?.length) inList('m.owner', [...new Set(filter.owners)]);
  if (filter.severities?.length) inList('m.severity_rank', [...new Set(filter.severities.map((severity) => SEVERITY_RANK[severity]))]);
  if (filter.assignee !== undefined) {
    terms.push('m.assignee = ?');
    params.push(filter.assignee);
  }
  if (filter.minMoney !== undefined) {
    terms.push('m.money_at_risk_minor >= ?');
    params.push(minorUnits(filter.minMoney));
  }
  // found at least n days ago: first seen on or before now − n days
  if (filter.minAgeDays !== undefined) {
    terms.push('m.first_seen_at <= ?');
    params.push(new Date(now - filter.minAgeDays * DAY_MS).toISOString());
  }
  if (filter.maxAgeDays !== undefined) {
    terms.push('m.first_seen_at >= ?');
    params.push(new Date(now - filter.maxAgeDays * DAY_MS).toISOString());
  }
  if (filter.chargebackRisk !== undefined) {
    terms.push('m.chargeback_risk = ?');
    params.push(filter.chargebackRisk ? 1 : 0);
  }
  if (filter.threadKey !== undefined) {
    terms.push('m.thread_key = ?');
    params.push(filter.threadKey);
  }
  if (filter.text !== undefined) {
    // PO numbers are in the thread key, ASN, invoice and carton numbers in the summary
    const pattern = likePattern(filter.text);
    terms.push("(m.thread_key LIKE ? ESCAPE '\\' OR m.summary LIKE ? ESCAPE '\\')");
    params.push(pattern, pattern);
  }
  return { sql: terms.join(' AND '), params };
}

/**
 * ORDER BY for a sort, with the id as the last key so pages never overlap. The keys are the ones the 0006 indexes
 * hold after (present, status) or (type | partner_id, present, status), with the id every index carries: the page is
 * chosen from the index alone, without reading the rows.
 */
export function queueOrder(sort: QueueSort): string {
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC';
  switch (sort.field) {
    case 'age':
      // oldest first is "age descending"
      return `m.first_seen_at ${direction === 'DESC' ? 'ASC' : 'DESC'}, m.id`;
    case 'money':
      return `m.money_at_risk_minor ${direction}, m.id`;
    case 'severity':
      return `m.severity_rank ${direction}, m.id`;
    case 'type':
      return `m.type ${direction}, m.id`;
    case 'status':
      return `m.status ${direction}, m.severity_rank DESC, m.id`;
    case 'partner':
      // ordered by name in partnerPage; within a partner the most severe first
      return `m.severity_rank DESC, m.id`;
  }
}

export interface QueueQuery {
  filter?: QueueFilter;
  sort?: QueueSort;
  offset?: number;
  limit?: number;
}

export interface QueueStatements {
  count: WhereClause;
  /** the page's ids; for the partner sort, of one partner (its id, or null, is the first parameter) */
  ids: WhereClause;
  /** the partner sort: matching rows per partner (then those without a partner) */
  partnerCounts?: WhereClause;
  /** the partner sort of a filter that keeps few rows: all of them with their partner and severity */
  partnerRows?: WhereClause;
}

/** The SQL statements a query runs (exported for the EXPLAIN QUERY PLAN test). */
export function queueStatements(query: QueueQuery, now: number): QueueStatements {
  const filter = query.filter ?? {};
  const sort = query.sort ?? DEFAULT_SORT;
  const where = queueWhere(filter, now);
  const page = [query.limit ?? 200, query.offset ?? 0];
  const hint = indexHint(filter);
  const count = { sql: `SELECT count(*) FROM mismatches m ${hint} WHERE ${where.sql}`, params: where.params };
  if (sort.field === 'partner') {
    // counted per partner through mismatches_partner (partner_id, present, status), which holds no name: the names
    // are ordered apart and the page is taken from the one or two partners it falls on
    return {
      count,
      partnerCounts: {
        sql: `SELECT m.partner_id AS partner, count(*) AS n FROM mismatches m WHERE m.partner_id IN (SELECT id FROM partners) AND ${where.sql} GROUP BY m.partner_id
          UNION ALL SELECT NULL, count(*) FROM mismatches m WHERE m.partner_id IS NULL AND ${where.sql}`,
        params: [...where.params, ...where.params],
      },
      partnerRows: { sql: `SELECT m.id, m.partner_id AS partner, m.severity_rank AS severity FROM mismatches m ${hint} WHERE ${where.sql}`, params: where.params },
      ids: { sql: `SELECT m.id FROM mismatches m WHERE m.partner_id IS ? AND ${where.sql} ORDER BY m.severity_rank DESC, m.id LIMIT ? OFFSET ?`, params: [null, ...where.params, ...page] },
    };
  }
  // sorting by type: every type named, so mismatches_type (type, present, status) is searched in type order
  const typeTerm = sort.field === 'type' && !filter.types?.length ? ` AND m.type IN (${placeholders(MISMATCH_TYPES.length)})` : '';
  return {
    count,
    ids: {
      sql: `SELECT m.id FROM mismatches m ${hint} WHERE ${where.sql}${typeTerm} ORDER BY ${queueOrder(sort)} LIMIT ? OFFSET ?`,
      params: [...where.params, ...(typeTerm ? MISMATCH_TYPES : []), ...page],
    },
  };
}

/**
 * Without statistics (no ANALYZE) SQLite prefers the index with the most equality columns, which for a thread,
 * partner or type filter is the wrong one: those filters keep few rows, so their own index is named.
 */
function indexHint(filter: QueueFilter): string {
  if (filter.threadKey !== undefined) return 'INDEXED BY mismatches_thread';
  if (filter.partnerIds?.length) return 'INDEXED BY mismatches_partner';
  if (filter.types?.length) return 'INDEXED BY mismatches_type';
  // a text search keeps few rows but cannot seek: mismatches_text (0010) covers it, so no full row is read
  if (filter.text !== undefined) return 'INDEXED BY mismatches_text';
  return '';
}

/** The partner sort: partners by name (those without one last), most severe first within a partner. */
function partnerPage(db: Database.Database, statements: QueueStatements, direction: QueueSort['direction'], limit: number, offset: number): { ids: string[]; total: number } {
  const matching = prepared(db, statements.count.sql).pluck().get(...statements.count.params) as number;
  const nameOrder = (partnerIds: number[]): number[] => {
    const names = new Map<number, string>();
    for (let start = 0; start < partnerIds.length; start += 500) {
      const chunk = partnerIds.slice(start, start + 500);
      for (const row of prepared(db, `SELECT id, name FROM partners WHERE id IN (${placeholders(chunk.length)})`).all(...chunk) as { id: number; name: string }[]) names.set(row.id, row.name);
    }
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const ordered = [...partnerIds].sort((a, b) => collator.compare(names.get(a) ?? '', names.get(b) ?? '') || a - b);
    return direction === 'desc' ? ordered.reverse() : ordered;
  };
  if (matching <= SMALL_RESULT) {
    // a filter that keeps few rows: read them once and order them here, rather than count and query per partner
    const rows = prepared(db, statements.partnerRows!.sql).all(...statements.partnerRows!.params) as { id: string; partner: number | null; severity: number }[];
    const sequence = [...nameOrder([...new Set(rows.flatMap((row) => (row.partner === null ? [] : [row.partner])))]), null];
    const rank = new Map(sequence.map((partner, index) => [partner, index]));
    rows.sort((a, b) => rank.get(a.partner)! - rank.get(b.partner)! || b.severity - a.severity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { ids: rows.slice(offset, offset + limit).map((row) => row.id), total: rows.length };
  }
  const counts = prepared(db, statements.partnerCounts!.sql).all(...statements.partnerCounts!.params) as { partner: number | null; n: number }[];
  const countOf = new Map(counts.map((row) => [row.partner, row.n]));
  const sequence: (number | null)[] = [...nameOrder(counts.filter((row) => row.partner !== null && row.n > 0).map((row) => row.partner!)), ...((countOf.get(null) ?? 0) > 0 ? [null] : [])];
  const total = counts.reduce((sum, row) => sum + row.n, 0);
  const whereParams = statements.ids.params.slice(1, -2);
  const ids: string[] = [];
  let skip = offset;
  for (const partner of sequence) {
    if (ids.length >= limit) break;
    const n = countOf.get(partner) ?? 0;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const take = Math.min(limit - ids.length, n - skip);
    ids.push(...(prepared(db, statements.ids.sql).pluck().all(partner, ...whereParams, take, skip) as string[]));
    skip = 0;
  }
  return { ids, total };
}

/** Up to this many matching rows, the partner sort reads them all and orders them in memory. */
const SMALL_RESULT = 5000;

const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(db);
  if (!cache) {
    cache = new Map();
    statementCache.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    // filters vary in shape; keep the cache small
    if (cache.size > 200) cache.clear();
    cache.set(sql, statement);
  }
  return statement;
}

/** Queue rows by id, in the order given. */
export function queueRowsByIds(db: Database.Database, ids: readonly string[]): QueueRow[] {
  if (ids.length === 0) return [];
  const found = new Map<string, QueueRow>();
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const rows = prepared(db, `SELECT ${QUEUE_COLUMNS} FROM mismatches m LEFT JOIN partners p ON p.id = m.partner_id WHERE m.id IN (${placeholders(chunk.length)})`).all(...chunk) as QueueDbRow[];
    for (const row of rows) found.set(row.id, queueRowOf(row));
  }
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** mismatches.list: one page of the queue and how many rows match. */
export function listMismatches(db: Database.Database, query: QueueQuery, now: number = Date.now()): QueuePage {
  const statements = queueStatements(query, now);
  const offset = query.offset ?? 0;
  if (statements.partnerCounts) {
    const page = partnerPage(db, statements, query.sort!.direction, query.limit ?? 200, offset);
    return { rows: queueRowsByIds(db, page.ids), total: page.total, offset };
  }
  const total = prepared(db, statements.count.sql).pluck().get(...statements.count.params) as number;
  const ids = prepared(db, statements.ids.sql).pluck().all(...statements.ids.params) as string[];
  return { rows: queueRowsByIds(db, ids), total, offset };
}

/** Every row matching a filter in sort order (exports); at most `cap` rows. */
export function allMismatches(db: Database.Database, filter: QueueFilter, sort: QueueSort | undefined, cap: number, now: number = Date.now()): QueueRow[] {
  return listMismatches(db, { filter, ...(sort ? { sort } : {}), offset: 0, limit: cap }, now).rows;
}
