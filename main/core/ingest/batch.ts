/**
 * A batch of deliveries (CLI paths, dropped files, uploads, the inbox): one file at a time, with progress events,
 * cancellation between files, and a summary. One unreadable or broken file never stops the others.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { CoreContext } from '../context.js';
import type { RunningTask } from '../tasks.js';
import { receive, type Delivery, type DeliveryOutcome, type ReceiptSource } from './receive.js';

export interface FileReport {
  name: string;
  path: string | null;
  outcome: DeliveryOutcome['kind'] | 'unreadable';
  fileId?: number;
  sha256?: string;
  verdict?: string;
  documents: number;
  errors: number;
  warnings: number;
  message?: string;
}

export interface IngestSummary {
  files: number;
  ingested: number;
  transactions: number;
  duplicates: number;
  quarantined: number;
  unreadable: number;
  errors: number;
  warnings: number;
  newPartners: number;
  duplicateControlNumbers: number;
  bytes: number;
  seconds: number;
  cancelled: boolean;
  reports: FileReport[];
}

export interface BatchSource {
  name: string;
  path: string | null;
  size: number;
  load(): { bytes: Uint8Array; modifiedMs?: number };
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

export function runBatch(context: CoreContext, sources: BatchSource[], source: ReceiptSource, task?: RunningTask): IngestSummary {
  const summary = emptySummary();
  const started = Date.now();
  const bytesTotal = sources.reduce((sum, item) => sum + item.size, 0);
  task?.update({ total: sources.length, bytesTotal });
  for (const item of sources) {
    if (task?.signal.aborted) {
      summary.cancelled = true;
      break;
    }
    task?.update({ current: item.name });
    let report: FileReport;
    try {
      const { bytes, modifiedMs } = item.load();
      const delivery: Delivery = { name: item.name, path: item.path, bytes, source, ...(modifiedMs === undefined ? {} : { modifiedMs }) };
      const outcome = receive(context, delivery);
      report = reportOf(item, outcome);
      if (outcome.kind === 'ingested' || outcome.kind === 'quarantined') {
        summary.newPartners += outcome.processed.newPartners;
        summary.duplicateControlNumbers += outcome.processed.duplicateControlNumbers;
      }
    } catch (error) {
      report = { name: item.name, path: item.path, outcome: 'unreadable', documents: 0, errors: 1, warnings: 0, message: (error as Error).message };
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
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}
