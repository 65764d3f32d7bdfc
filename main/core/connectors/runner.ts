/**
 * Syncing a connector: for each stream, pages from the cursor on; each page's records landed (land.ts), their
 * threads re-evaluated and the cursor advanced in ONE transaction, so a crash resumes from the last committed page.
 * When the last page is committed the watermark becomes the newest (updatedAt, recordId) the run saw. Network
 * trouble leaves the connector 'offline' with the cursor intact: the app keeps working and the next run catches up.
 */
import type { CoreContext } from '../context.js';
import { evaluateMany } from '../reconcile-store/evaluate.js';
import type { RunStatus, SyncRun } from './api-types.js';
import { ConnectorError } from './errors.js';
import { createConnector, type ConnectorDeps } from './instances.js';
import { emptyLandCounts, landRecords, type LandCounts } from './land.js';
import { finishRun, recordFile, getConnector, readStream, setConnectorState, startRun, streamFailed, streamSucceeded, writeStream, type StoredStream } from './state.js';
import type { Connector, FetchedRecord, StreamName, Watermark } from './types.js';

export interface SyncOptions {
  connector: string;
  /** default: every stream the connector declares */
  streams?: readonly StreamName[];
  trigger?: SyncRun['trigger'];
  signal?: AbortSignal;
  /** records landed so far, after each page */
  onProgress?: (records: number, stream: StreamName) => void;
  /** evaluate threads after each page (default true; the benchmark measures both) */
  evaluate?: boolean;
}

export interface SyncOutcome extends SyncRun {
  streams: { stream: StreamName; status: RunStatus; records: number; message: string | null }[];
}

const nowIso = (deps: ConnectorDeps) => new Date(deps.clock?.now() ?? Date.now()).toISOString();

export function newerWatermark(a: Watermark | null, record: FetchedRecord): Watermark | null {
  if (record.updatedAt === null) return a;
  if (a === null || record.updatedAt > a.updatedAt || (record.updatedAt === a.updatedAt && record.recordId > a.recordId)) return { updatedAt: record.updatedAt, recordId: record.recordId };
  return a;
}

export async function syncConnector(context: CoreContext, deps: ConnectorDeps, options: SyncOptions): Promise<SyncOutcome> {
  const db = context.workspace.db;
  const row = getConnector(db, options.connector);
  if (!row) throw new ConnectorError('config', `no connector named '${options.connector}'`);
  const startedAt = nowIso(deps);
  // A run still 'running' in the log was cut short (crash, kill): its committed pages stand, the rest resumes now.
  db.prepare("UPDATE connector_runs SET status = 'failed', message = 'interrupted (the app stopped mid-run); resumed by a later run', finished_at = ? WHERE connector = ? AND status = 'running'").run(startedAt, row.name);
  const runId = startRun(db, row.name, options.streams?.length === 1 ? options.streams[0]! : null, options.trigger ?? 'manual', startedAt);
  const totals = emptyLandCounts();
  let pages = 0;
  const results: SyncOutcome['streams'] = [];
  let connector: Connector | undefined;
  let status: RunStatus = 'ok';
  let message: string | null = null;
  try {
    connector = createConnector(row, deps, db);
    const declared = connector.streams().map((stream) => stream.name);
    const wanted = options.streams ?? declared;
    for (const stream of wanted) {
      if (!declared.includes(stream)) {
        results.push({ stream, status: 'failed', records: 0, message: `${row.name} has no stream '${stream}'` });
        continue;
      }
      const before = totals.records;
      const outcome = await syncStream(context, deps, connector, stream, totals, options, () => pages++);
      results.push({ stream, status: outcome.status, records: totals.records - before, message: outcome.message });
      if (outcome.status === 'cancelled' || outcome.status === 'offline') break;
    }
  } catch (error) {
    results.push({ stream: options.streams?.[0] ?? 'sales-orders', status: 'failed', records: 0, message: describe(error) });
  } finally {
    await connector?.close?.().catch(() => undefined);
  }
  const worst = results.find((one) => one.status === 'cancelled') ?? results.find((one) => one.status === 'offline') ?? results.find((one) => one.status === 'failed');
  if (worst) {
    status = worst.status === 'failed' && results.some((one) => one.status === 'ok') ? 'partial' : worst.status;
    message = `${worst.stream}: ${worst.message ?? worst.status}`;
  } else if (totals.failed > 0) message = `${totals.failed} record(s) failed mapping: see the dead-letter list`;
  const connectorState = status === 'offline' ? 'offline' : status === 'failed' || status === 'partial' ? 'error' : status === 'cancelled' ? row.state : 'ok';
  setConnectorState(db, row.name, connectorState, status === 'ok' ? null : message);
  const run = {
    finishedAt: nowIso(deps),
    status,
    pages,
    records: totals.records,
    inserted: totals.inserted,
    updated: totals.updated,
    unchanged: totals.unchanged,
    failed: totals.failed,
    warnings: totals.warnings,
    message,
  };
  finishRun(db, runId, run);
  return { id: runId, connector: row.name, stream: null, trigger: options.trigger ?? 'manual', startedAt, ...run, streams: results };
}

async function syncStream(
  context: CoreContext,
  deps: ConnectorDeps,
  connector: Connector,
  stream: StreamName,
  totals: LandCounts,
  options: SyncOptions,
  countPage: () => void,
): Promise<{ status: RunStatus; message: string | null }> {
  const db = context.workspace.db;
  const signal = options.signal ?? new AbortController().signal;
  const row = getConnector(db, connector.name)!;
  const nextRunAt = () => (row.scheduleMinutes ? new Date((deps.clock?.now() ?? Date.now()) + row.scheduleMinutes * 60_000).toISOString() : null);
  let state: StoredStream = readStream(db, connector.name, stream);
  // A fresh run starts from the watermark, less the connector's overlap window; an interrupted one (page set) resumes
  // where its last page committed. The run's high mark starts at the true watermark, so the window never moves it back.
  if (state.cursor.page === null) state = { cursor: { since: overlapped(state.cursor.since, connector.watermarkOverlapMs ?? 0), page: null }, runHigh: state.cursor.since };
  let previousPage = JSON.stringify(state.cursor.page);
  try {
    for (;;) {
      if (signal.aborted) return { status: 'cancelled', message: 'cancelled' };
      const page = await connector.fetchPage(stream, state.cursor, signal);
      if (signal.aborted) return { status: 'cancelled', message: 'cancelled' };
      let high = state.runHigh;
      for (const record of page.records) high = newerWatermark(high, record);
      const nextPageText = JSON.stringify(page.nextPage ?? null);
      // A server that hands back the same page state forever would loop: treat it as the end.
      const done = page.done || page.nextPage === null || nextPageText === previousPage;
      const next: StoredStream = done ? { cursor: { since: high, page: null }, runHigh: null } : { cursor: { since: state.cursor.since, page: page.nextPage }, runHigh: high };
      const now = nowIso(deps);
      db.transaction(() => {
        const counts = landRecords(db, connector, stream, page.records, now);
        writeStream(db, connector.name, stream, next, counts);
        for (const file of page.files ?? []) recordFile(db, connector.name, stream, file, counts.records, now);
        if (options.evaluate !== false && counts.touched.length > 0) evaluateMany(context, { recordIds: counts.touched }, { now });
        addInto(totals, counts);
      })();
      countPage();
      options.onProgress?.(totals.records, stream);
      state = next;
      previousPage = nextPageText;
      if (done) break;
    }
    streamSucceeded(db, connector.name, stream, nowIso(deps), nextRunAt());
    return { status: 'ok', message: null };
  } catch (error) {
    const failure = error instanceof ConnectorError ? error : undefined;
    if (failure?.kind === 'cancelled' || signal.aborted) return { status: 'cancelled', message: 'cancelled' };
    const text = describe(error);
    streamFailed(db, connector.name, stream, nowIso(deps), text, nextRunAt());
    return { status: failure?.offline ? 'offline' : 'failed', message: text };
  }
}

/** The watermark moved back by the overlap: every record from that instant on (no id to break ties there). */
export function overlapped(since: Watermark | null, overlapMs: number): Watermark | null {
  if (since === null || overlapMs <= 0) return since;
  const at = Date.parse(since.updatedAt);
  return Number.isNaN(at) ? since : { updatedAt: new Date(at - overlapMs).toISOString(), recordId: '' };
}

function addInto(totals: LandCounts, counts: LandCounts): void {
  totals.records += counts.records;
  totals.inserted += counts.inserted;
  totals.updated += counts.updated;
  totals.unchanged += counts.unchanged;
  totals.failed += counts.failed;
  totals.ignored += counts.ignored;
  totals.warnings += counts.warnings;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
