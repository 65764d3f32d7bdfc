/**
 * A batch of deliveries (CLI paths, dropped files, uploads, the inbox): one file at a time, with progress events,
 * cancellation between files, and a summary. One unreadable or broken file never stops the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writePendingAcksAsync } from '../acks/record.js';
import type { CoreContext } from '../context.js';
import { controlNumbersOf, evaluateControlThreads, evaluateIngestedFiles, type ControlNumbersUsed } from '../reconcile-store/evaluate-ingest.js';
import type { RunningTask } from '../tasks.js';
import { archiveGroup, sha256Of, type ArchivedFile } from './archive.js';
import { tighterHeapGrowth } from './heap-growth.js';
import { readHashed } from './read-hashed.js';
import { completeReceipt, recordReceipt, type Delivery, type DeliveryOutcome, type Receipt, type ReceiptSource } from './receive.js';
import type { IngestFileReport, IngestSummaryPayload } from '../api/types-ingest.js';

/** The API's types are the batch's own: what a batch reports is exactly what crosses the contract. */
export type FileReport = IngestFileReport;
export type IngestSummary = IngestSummaryPayload;

export interface BatchSource {
  name: string;
  path: string | null;
  size: number;
  load(): { bytes: Uint8Array; modifiedMs?: number };
  /** load() on the thread pool, where the source can (files on disk); with the bytes' SHA-256 when it hashed them */
  loadAsync?(): Promise<{ bytes: Uint8Array; modifiedMs?: number; sha256?: string }>;
}

/** Expands files and folders (recursively, skipping hidden entries) into sources read lazily one at a time. */
export function sourcesFromPaths(paths: string[]): { sources: BatchSource[]; missing: string[] } {
  const sources: BatchSource[] = [];
  const missing: string[] = [];
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      missing.push(path);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!entry.startsWith('.')) visit(join(path, entry));
    } else if (stat.isFile()) {
      sources.push({
        name: basename(path),
        path,
        size: stat.size,
        load: () => {
          const current = statSync(path);
          return { bytes: readFileSync(path), modifiedMs: current.mtimeMs };
        },
        loadAsync: () => readHashed(path),
      });
    }
  };
  for (const path of paths) visit(resolve(path));
  return { sources, missing };
}

export function sourcesFromBuffers(files: { name: string; bytes: Uint8Array }[]): BatchSource[] {
  return files.map((file) => ({ name: file.name, path: null, size: file.bytes.length, load: () => ({ bytes: file.bytes }) }));
}

export function emptySummary(): IngestSummary {
  return { files: 0, ingested: 0, transactions: 0, duplicates: 0, quarantined: 0, unreadable: 0, errors: 0, warnings: 0, newPartners: 0, duplicateControlNumbers: 0, bytes: 0, seconds: 0, cancelled: false, reports: [] };
}

function reportOf(source: BatchSource, outcome: DeliveryOutcome): FileReport {
  if (outcome.kind === 'ingested' || outcome.kind === 'quarantined') {
    const { processed } = outcome;
    return { name: source.name, path: source.path, outcome: outcome.kind, fileId: processed.fileId, sha256: outcome.sha256, verdict: processed.verdict, documents: processed.documents, errors: processed.errors, warnings: processed.warnings, ...(processed.reason ? { message: processed.reason } : {}) };
  }
  return { name: source.name, path: source.path, outcome: outcome.kind, fileId: outcome.fileId, sha256: outcome.sha256, documents: 0, errors: 0, warnings: 0 };
}

function unreadable(source: BatchSource, error: unknown): FileReport {
  return { name: source.name, path: source.path, outcome: 'unreadable', documents: 0, errors: 1, warnings: 0, message: (error as Error).message };
}

function deliveryOf(item: BatchSource, loaded: { bytes: Uint8Array; modifiedMs?: number }, source: ReceiptSource, partnerId: number | undefined): Delivery {
  return {
    name: item.name,
    path: item.path,
    bytes: loaded.bytes,
    source,
    ...(loaded.modifiedMs === undefined ? {} : { modifiedMs: loaded.modifiedMs }),
    ...(partnerId === undefined ? {} : { partnerId }),
  };
}

/** Counts one file's report into the summary and reports progress. */
function tally(summary: IngestSummary, item: BatchSource, report: FileReport, outcome: DeliveryOutcome | null, started: number, task?: RunningTask): void {
  if (outcome && (outcome.kind === 'ingested' || outcome.kind === 'quarantined')) {
    summary.newPartners += outcome.processed.newPartners;
    summary.duplicateControlNumbers += outcome.processed.duplicateControlNumbers;
  }
  summary.files++;
  summary.bytes += item.size;
  summary.transactions += report.documents;
  summary.errors += report.errors;
  summary.warnings += report.warnings;
  if (report.outcome === 'ingested') summary.ingested++;
  if (report.outcome === 'duplicate') summary.duplicates++;
  if (report.outcome === 'quarantined') summary.quarantined++;
  if (report.outcome === 'unreadable') summary.unreadable++;
  summary.reports.push(report);
  const seconds = (Date.now() - started) / 1000;
  task?.update({ done: summary.files, bytesDone: summary.bytes, ratePerSecond: seconds > 0 ? summary.files / seconds : 0 });
}

function begin(sources: BatchSource[], task?: RunningTask): { summary: IngestSummary; started: number } {
  task?.update({ total: sources.length, bytesTotal: sources.reduce((sum, item) => sum + item.size, 0) });
  return { summary: emptySummary(), started: Date.now() };
}

/** Files archived together (their fsyncs overlap, see archiveGroup); bounded so a group's bytes stay small. */
const GROUP_FILES = 128;
const GROUP_BYTES = 8 * 1024 * 1024;

interface Loaded {
  item: BatchSource;
  delivery?: Delivery;
  /** when the source hashed its bytes as it read them */
  sha256?: string;
  error?: unknown;
}

/** How many sources from `from` on make the next group (by their listed sizes). */
function groupLength(sources: BatchSource[], from: number): number {
  let count = 0;
  let bytes = 0;
  for (let index = from; index < sources.length && count < GROUP_FILES; index++) {
    const size = sources[index]!.size;
    if (count > 0 && bytes + size > GROUP_BYTES) break;
    count++;
    bytes += size;
  }
  return count;
}

/**
 * Reads a group's sources: those with loadAsync all at once on the thread pool (the opens and reads of many small
 * files off the main thread, which stores the previous group meanwhile), the others one at a time.
 */
async function loadGroup(sources: BatchSource[], from: number, count: number, source: ReceiptSource, partnerId: number | undefined): Promise<Loaded[]> {
  return Promise.all(
    sources.slice(from, from + count).map(async (item): Promise<Loaded> => {
      try {
        const loaded: { bytes: Uint8Array; modifiedMs?: number; sha256?: string } = item.loadAsync ? await item.loadAsync() : item.load();
        return { item, delivery: deliveryOf(item, loaded, source, partnerId), ...(loaded.sha256 === undefined ? {} : { sha256: loaded.sha256 }) };
      } catch (error) {
        return { item, error };
      }
    }),
  );
}

/**
 * Receipts for a group's archived files, inside the group's transaction, each in its own savepoint (recordReceipt);
 * an entry that could not be read or archived keeps its error.
 */
function recordGroupReceipts(context: CoreContext, group: Loaded[], archived: Map<Loaded, ArchivedFile | Error>): Map<Loaded, Receipt | unknown> {
  const receipts = new Map<Loaded, Receipt | unknown>();
  for (const entry of group) {
    const copy = archived.get(entry);
    if (!entry.delivery || !copy) receipts.set(entry, entry.error);
    else if (copy instanceof Error) receipts.set(entry, copy);
    else {
      try {
        receipts.set(entry, recordReceipt(context, entry.delivery, copy));
      } catch (error) {
        receipts.set(entry, error);
      }
    }
  }
  return receipts;
}

/**
 * The batch as the app runs it. Files are read and archived in groups whose fsyncs run together (see archiveGroup);
 * then the group's receipts and results are committed in one transaction: for each file its receipt, then its
 * parse and store, each step in its own savepoint so a failing file takes only its own rows back. Every file is
 * archived (fsynced) before its receipt is recorded, and its receipt recorded before it is parsed; a kill at any
 * point leaves each file of the group either not received (its bytes archived, delivered again by the next run:
 * the CLI's and the inbox's source files are only removed after the batch) or fully stored. One commit per group
 * instead of two (receipts, then results): a commit writes every index page the group touched to the WAL, and the
 * receipts' and results' rows touch the same pages (measured on 10,000 small files: see the commit that made it
 * one). A single receive() still commits its receipt before parsing (receive.ts). After the commit the acks it
 * recorded are written to outbox/ (writePendingAcksAsync), so their fsyncs are never waited for inside a
 * transaction. While a group is stored the next one is read and archived. The event loop turns between groups, so
 * progress events, cancellation and other calls get through.
 */
/** partnerId: the partner every file of the batch is delivered for (see Delivery.partnerId). */
export async function runBatchAsync(context: CoreContext, sources: BatchSource[], source: ReceiptSource, task?: RunningTask, partnerId?: number): Promise<IngestSummary> {
  const restoreCache = smallerPageCache(context, sources);
  const restoreHeapGrowth = tighterHeapGrowth();
  try {
    return await runGroups(context, sources, source, task, partnerId);
  } finally {
    restoreHeapGrowth();
    restoreCache();
  }
}

/**
 * Ingest's page cache: 16 MiB instead of the connection's 64 MiB (kept for the Documents queries). Measured on the
 * 50 MiB X12 file: peak RSS 233-234 MB instead of 266-302 MB, CPU no higher (3 runs each, load 8); SQLite frees the
 * pages over the limit when it is lowered. A batch with a file of 16 MiB or more gets 8 MiB: that file's bytes are in
 * memory whole, and its rows go in one after the other (50 MiB file, three alternating pairs: peak 230-231 MB
 * against 236-239 MB, same CPU), where 10,000 small files lose 8% with 8 MiB (their index pages are reused across
 * files). Returns the restore.
 */
const INGEST_PAGE_CACHE_KIB = 16 * 1024;
const LARGE_FILE_PAGE_CACHE_KIB = 8 * 1024;
const LARGE_FILE_BYTES = 16 * 1024 * 1024;

function smallerPageCache(context: CoreContext, sources: readonly BatchSource[]): () => void {
  const { db } = context.workspace;
  const largest = sources.reduce((size, source) => Math.max(size, source.size), 0);
  const previous = db.pragma('cache_size', { simple: true }) as number;
  const limit = -(largest >= LARGE_FILE_BYTES ? LARGE_FILE_PAGE_CACHE_KIB : INGEST_PAGE_CACHE_KIB);
  // a negative size is KiB, a positive one pages: compare as KiB only when both are KiB
  if (previous < 0 && previous >= limit) return () => undefined;
  db.pragma(`cache_size = ${limit}`);
  return () => {
    if (db.open) db.pragma(`cache_size = ${previous}`);
  };
}

async function runGroups(context: CoreContext, sources: BatchSource[], source: ReceiptSource, task: RunningTask | undefined, partnerId: number | undefined): Promise<IngestSummary> {
  const { summary, started } = begin(sources, task);
  const archiveDir = context.workspace.folders.archive;
  /** Reads a group and archives it: reads, writes and fsyncs on the thread pool, the hashing here. */
  const startGroup = (from: number) => {
    const length = groupLength(sources, from);
    const ready = loadGroup(sources, from, length, source, partnerId).then(async (group) => {
      const readable = group.filter((entry) => entry.delivery !== undefined);
      const copies = await archiveGroup(archiveDir, readable.map((entry) => ({ bytes: entry.delivery!.bytes, sha256: entry.sha256 ?? sha256Of(entry.delivery!.bytes) })));
      return { group, copies: new Map<Loaded, ArchivedFile | Error>(readable.map((entry, index) => [entry, copies[index]!])) };
    });
    return { length, ready };
  };
  await new Promise((resolve) => setImmediate(resolve));
  let pending = sources.length > 0 && !task?.signal.aborted ? startGroup(0) : null;
  let next = pending?.length ?? 0;
  summary.cancelled = pending === null && sources.length > 0;
  let acksWritten: Promise<unknown> = Promise.resolve();
  const controlNumbersUsed: ControlNumbersUsed = new Map();
  while (pending) {
    const { group, copies } = await pending.ready;
    await new Promise((resolve) => setImmediate(resolve));
    // Cancelling stops before the next group; this one is archived already, so it is finished.
    const cancelled = task?.signal.aborted ?? false;
    // The next group is read and its fsyncs are in flight while this one is stored: the database work hides the
    // waiting on the disk. Each group is still archived before any of its receipts is recorded.
    pending = !cancelled && next < sources.length ? startGroup(next) : null;
    next += pending?.length ?? 0;
    const stored: number[] = [];
    context.workspace.db.transaction(() => {
      const receipts = recordGroupReceipts(context, group, copies);
      for (const entry of group) {
        task?.update({ current: entry.item.name });
        const receipt = receipts.get(entry);
        try {
          if (!isReceipt(receipt)) throw receipt;
          const outcome = completeReceipt(context, entry.delivery!, receipt);
          if (outcome.kind === 'ingested') stored.push(outcome.processed.fileId);
          tally(summary, entry.item, reportOf(entry.item, outcome), outcome, started, task);
        } catch (error) {
          tally(summary, entry.item, unreadable(entry.item, error), null, started, task);
        }
      }
    })();
    // Reconciliation after the commit, never inside it; its failures are logged, not the ingest's. Control numbers
    // once at the end: their ledger is read per partner, and a batch's groups mostly share their partners.
    evaluateIngestedFiles(context, stored, { controlNumbers: false });
    controlNumbersOf(context, stored, controlNumbersUsed);
    // The group's acks were recorded (pending) in that commit; their files are written now, their fsyncs in flight
    // while the next group is stored. One write at a time, so no ack is picked up by two.
    await acksWritten;
    acksWritten = writePendingAcksAsync(context);
    if (cancelled && summary.files < sources.length) summary.cancelled = true;
  }
  await acksWritten;
  evaluateControlThreads(context, controlNumbersUsed);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

function isReceipt(value: unknown): value is Receipt {
  return typeof value === 'object' && value !== null && 'file' in value && 'sha256' in value && !(value instanceof Error);
}
