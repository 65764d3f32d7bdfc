/** The connectors' tables (migration 0008): settings, stream state, runs, dead letters. SQL lives here only. */
import type Database from 'better-sqlite3';
import type { ConnectorState, ConnectorSummary, DeadLetter, StreamStatus, SyncRun } from './api-types.js';
import type { ConnectorSettings, ConnectorSide, JsonValue, StreamCursor, StreamName, Watermark } from './types.js';

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/** Prepared once per connection: a page of 500 records runs these statements thousands of times. */
export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

export interface ConnectorRow extends ConnectorSettings {
  enabled: boolean;
  paused: boolean;
  scheduleMinutes: number | null;
  state: ConnectorState;
  stateMessage: string | null;
  createdAt: string;
  updatedAt: string;
}

interface RawConnector {
  name: string;
  kind: string;
  side: ConnectorSide;
  config_json: string;
  enabled: number;
  paused: number;
  schedule_minutes: number | null;
  rate_limit_per_second: number;
  state: ConnectorState;
  state_message: string | null;
  created_at: string;
  updated_at: string;
}

const toRow = (raw: RawConnector): ConnectorRow => ({
  name: raw.name,
  kind: raw.kind,
  side: raw.side,
  config: JSON.parse(raw.config_json) as JsonValue,
  rateLimitPerSecond: raw.rate_limit_per_second,
  enabled: raw.enabled === 1,
  paused: raw.paused === 1,
  scheduleMinutes: raw.schedule_minutes,
  state: raw.state,
  stateMessage: raw.state_message,
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
});

export function getConnector(db: Database.Database, name: string): ConnectorRow | undefined {
  const raw = stmt(db, 'SELECT * FROM connectors WHERE name = ?').get(name) as RawConnector | undefined;
  return raw ? toRow(raw) : undefined;
}

export function allConnectors(db: Database.Database): ConnectorRow[] {
  return (stmt(db, 'SELECT * FROM connectors ORDER BY name').all() as RawConnector[]).map(toRow);
}

export interface ConnectorInput {
  name: string;
  kind: string;
  side: ConnectorSide;
  config: JsonValue;
  scheduleMinutes?: number | null;
  rateLimitPerSecond?: number;
  enabled?: boolean;
  paused?: boolean;
}

export function insertConnector(db: Database.Database, input: ConnectorInput, now: string): void {
  stmt(db, 
    `INSERT INTO connectors (name, kind, side, config_json, enabled, paused, schedule_minutes, rate_limit_per_second, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.name, input.kind, input.side, JSON.stringify(input.config), input.enabled === false ? 0 : 1, input.paused ? 1 : 0, input.scheduleMinutes ?? null, input.rateLimitPerSecond ?? 0, now, now);
}

export function updateConnectorRow(db: Database.Database, name: string, patch: Partial<Omit<ConnectorInput, 'name' | 'kind'>>, now: string): void {
  const current = getConnector(db, name);
  if (!current) return;
  stmt(db, 
    `UPDATE connectors SET side = ?, config_json = ?, enabled = ?, paused = ?, schedule_minutes = ?, rate_limit_per_second = ?, updated_at = ? WHERE name = ?`,
  ).run(
    patch.side ?? current.side,
    JSON.stringify(patch.config ?? current.config),
    (patch.enabled ?? current.enabled) ? 1 : 0,
    (patch.paused ?? current.paused) ? 1 : 0,
    patch.scheduleMinutes === undefined ? current.scheduleMinutes : patch.scheduleMinutes,
    patch.rateLimitPerSecond ?? current.rateLimitPerSecond ?? 0,
    now,
    name,
  );
}

export function deleteConnector(db: Database.Database, name: string): boolean {
  return stmt(db, 'DELETE FROM connectors WHERE name = ?').run(name).changes > 0;
}

export function setConnectorState(db: Database.Database, name: string, state: ConnectorState, message: string | null): void {
  stmt(db, 'UPDATE connectors SET state = ?, state_message = ? WHERE name = ?').run(state, message, name);
}

export interface StoredStream {
  cursor: StreamCursor;
  runHigh: Watermark | null;
}

export function readStream(db: Database.Database, connector: string, stream: StreamName): StoredStream {
  stmt(db, 'INSERT OR IGNORE INTO connector_streams (connector, stream) VALUES (?, ?)').run(connector, stream);
  const row = stmt(db, 'SELECT cursor_json, run_high_json FROM connector_streams WHERE connector = ? AND stream = ?').get(connector, stream) as { cursor_json: string; run_high_json: string | null };
  return { cursor: JSON.parse(row.cursor_json) as StreamCursor, runHigh: row.run_high_json ? (JSON.parse(row.run_high_json) as Watermark) : null };
}

export interface PageCounts {
  records: number;
  inserted: number;
  updated: number;
  failed: number;
}

/** The stream's state after a committed page; call inside the page's transaction. */
export function writeStream(db: Database.Database, connector: string, stream: StreamName, state: StoredStream, counts: PageCounts): void {
  stmt(db, 
    `UPDATE connector_streams SET cursor_json = ?, run_high_json = ?, records_total = records_total + ?, inserted_total = inserted_total + ?,
       updated_total = updated_total + ?, failed_total = failed_total + ? WHERE connector = ? AND stream = ?`,
  ).run(JSON.stringify(state.cursor), state.runHigh ? JSON.stringify(state.runHigh) : null, counts.records, counts.inserted, counts.updated, counts.failed, connector, stream);
}

export function streamSucceeded(db: Database.Database, connector: string, stream: StreamName, now: string, nextRunAt: string | null): void {
  stmt(db, 'UPDATE connector_streams SET last_success_at = ?, last_error = NULL, next_run_at = ? WHERE connector = ? AND stream = ?').run(now, nextRunAt, connector, stream);
}

/**
 * A schedule edit takes effect from each stream's last run (success or failure) instead of waiting out the slot the
 * old schedule gave: 60 -> 5 minutes would otherwise wait up to an hour. A stream that never ran stays due.
 */
export function rescheduleStreams(db: Database.Database, connector: string, scheduleMinutes: number | null): void {
  const streams = stmt(db, 'SELECT stream, last_success_at, last_error_at FROM connector_streams WHERE connector = ?').all(connector) as { stream: string; last_success_at: string | null; last_error_at: string | null }[];
  const update = stmt(db, 'UPDATE connector_streams SET next_run_at = ? WHERE connector = ? AND stream = ?');
  for (const row of streams) {
    const lastRun = [row.last_success_at, row.last_error_at].filter((at): at is string => at !== null).sort().at(-1);
    const next = scheduleMinutes === null || lastRun === undefined ? null : new Date(Date.parse(lastRun) + scheduleMinutes * 60_000).toISOString();
    update.run(next, connector, row.stream);
  }
}

export function streamFailed(db: Database.Database, connector: string, stream: StreamName, now: string, message: string, nextRunAt: string | null): void {
  stmt(db, 'UPDATE connector_streams SET last_error = ?, last_error_at = ?, next_run_at = ? WHERE connector = ? AND stream = ?').run(message, now, nextRunAt, connector, stream);
}

interface RawStream {
  stream: StreamName;
  cursor_json: string;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  records_total: number;
  inserted_total: number;
  updated_total: number;
  failed_total: number;
  next_run_at: string | null;
}

export function streamStatuses(db: Database.Database, connector: string): StreamStatus[] {
  const rows = stmt(db, 'SELECT * FROM connector_streams WHERE connector = ? ORDER BY stream').all(connector) as RawStream[];
  return rows.map((row) => {
    const cursor = JSON.parse(row.cursor_json) as StreamCursor;
    return {
      stream: row.stream,
      since: cursor.since,
      resumable: cursor.page !== null,
      lastSuccessAt: row.last_success_at,
      lastError: row.last_error,
      lastErrorAt: row.last_error_at,
      records: row.records_total,
      inserted: row.inserted_total,
      updated: row.updated_total,
      failed: row.failed_total,
      nextRunAt: row.next_run_at,
    };
  });
}

export function summarize(db: Database.Database, row: ConnectorRow, secretKeys: string[]): ConnectorSummary {
  const openDeadLetters = stmt(db, 'SELECT count(*) FROM dead_letters WHERE connector = ? AND replayed_at IS NULL').pluck().get(row.name) as number;
  return {
    name: row.name,
    kind: row.kind,
    side: row.side,
    config: row.config,
    secretKeys,
    enabled: row.enabled,
    paused: row.paused,
    scheduleMinutes: row.scheduleMinutes,
    rateLimitPerSecond: row.rateLimitPerSecond ?? 0,
    state: row.state,
    stateMessage: row.stateMessage,
    streams: streamStatuses(db, row.name),
    openDeadLetters,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function startRun(db: Database.Database, connector: string, stream: string | null, trigger: SyncRun['trigger'], now: string): number {
  return Number(stmt(db, "INSERT INTO connector_runs (connector, stream, trigger, started_at, status) VALUES (?, ?, ?, ?, 'running')").run(connector, stream, trigger, now).lastInsertRowid);
}

export function finishRun(db: Database.Database, id: number, run: Omit<SyncRun, 'id' | 'connector' | 'stream' | 'trigger' | 'startedAt'>): void {
  stmt(db, 
    `UPDATE connector_runs SET finished_at = ?, status = ?, pages = ?, records = ?, inserted = ?, updated = ?, unchanged = ?, failed = ?, warnings = ?, message = ? WHERE id = ?`,
  ).run(run.finishedAt, run.status, run.pages, run.records, run.inserted, run.updated, run.unchanged, run.failed, run.warnings, run.message, id);
}

export function listRuns(db: Database.Database, connector: string | undefined, limit: number): SyncRun[] {
  const rows = (connector === undefined
    ? stmt(db, 'SELECT * FROM connector_runs ORDER BY id DESC LIMIT ?').all(limit)
    : stmt(db, 'SELECT * FROM connector_runs WHERE connector = ? ORDER BY id DESC LIMIT ?').all(connector, limit)) as Record<string, unknown>[];
  return rows.map((row) => ({
    id: row.id as number,
    connector: row.connector as string,
    stream: row.stream as string | null,
    trigger: row.trigger as SyncRun['trigger'],
    startedAt: row.started_at as string,
    finishedAt: row.finished_at as string | null,
    status: row.status as SyncRun['status'],
    pages: row.pages as number,
    records: row.records as number,
    inserted: row.inserted as number,
    updated: row.updated as number,
    unchanged: row.unchanged as number,
    failed: row.failed as number,
    warnings: row.warnings as number,
    message: row.message as string | null,
  }));
}

export function recordDeadLetter(db: Database.Database, letter: { connector: string; stream: string; recordId: string; updatedAt: string | null; raw: JsonValue; reason: string }, now: string): void {
  stmt(db, 
    `INSERT INTO dead_letters (connector, stream, record_id, source_updated_at, raw_json, reason, first_failed_at, last_failed_at)
     VALUES (@connector, @stream, @recordId, @updatedAt, @raw, @reason, @now, @now)
     ON CONFLICT (connector, stream, record_id) DO UPDATE SET raw_json = excluded.raw_json, reason = excluded.reason, source_updated_at = excluded.source_updated_at,
       attempts = attempts + 1, last_failed_at = excluded.last_failed_at, replayed_at = NULL`,
  ).run({ ...letter, raw: JSON.stringify(letter.raw), now });
}

/** A record that now maps: its dead letter (if any) is marked replayed. */
export function clearDeadLetter(db: Database.Database, connector: string, stream: string, recordId: string, now: string): void {
  stmt(db, 'UPDATE dead_letters SET replayed_at = ? WHERE connector = ? AND stream = ? AND record_id = ? AND replayed_at IS NULL').run(now, connector, stream, recordId);
}

export function listDeadLetters(db: Database.Database, filter: { connector?: string; includeReplayed?: boolean; ids?: readonly number[]; limit?: number }): DeadLetter[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.connector !== undefined) {
    where.push('connector = ?');
    params.push(filter.connector);
  }
  if (!filter.includeReplayed) where.push('replayed_at IS NULL');
  if (filter.ids) {
    where.push(`id IN (${filter.ids.map(() => '?').join(',') || 'NULL'})`);
    params.push(...filter.ids);
  }
  const sql = `SELECT * FROM dead_letters ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id LIMIT ?`;
  const rows = (filter.ids ? db.prepare(sql) : stmt(db, sql)).all(...params, filter.limit ?? 1000) as Record<string, unknown>[];
  return rows.map((row) => ({
    id: row.id as number,
    connector: row.connector as string,
    stream: row.stream as string,
    recordId: row.record_id as string,
    sourceUpdatedAt: row.source_updated_at as string | null,
    raw: JSON.parse(row.raw_json as string) as JsonValue,
    reason: row.reason as string,
    attempts: row.attempts as number,
    firstFailedAt: row.first_failed_at as string,
    lastFailedAt: row.last_failed_at as string,
    replayedAt: row.replayed_at as string | null,
  }));
}

export function recordFile(db: Database.Database, connector: string, stream: string, file: { sha256: string; name: string }, records: number, now: string): void {
  stmt(db, 'INSERT OR IGNORE INTO connector_files (connector, sha256, name, stream, read_at, records) VALUES (?, ?, ?, ?, ?, ?)').run(connector, file.sha256, file.name, stream, now, records);
}

/** Whether the connector has dead letters not yet replayed (so landing a page can skip clearing them per record). */
export function hasOpenDeadLetters(db: Database.Database, connector: string): boolean {
  return stmt(db, 'SELECT 1 FROM dead_letters WHERE connector = ? AND replayed_at IS NULL LIMIT 1').get(connector) !== undefined;
}
