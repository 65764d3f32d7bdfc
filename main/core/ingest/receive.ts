/**
 * Receiving a delivery: archive the original bytes (fsynced) and record the receipt before anything else, then
 * parse and store. A crash after the receipt leaves the file in state 'received', which start-up resumes.
 */
import { randomUUID } from 'node:crypto';
import { writePendingAcks } from '../acks/record.js';
import { recordAssignment } from '../channels/assignment.js';
import type { CoreContext } from '../context.js';
import { evaluateIngestedFiles } from '../reconcile-store/evaluate-ingest.js';
import { archiveBytes, type ArchivedFile } from './archive.js';
import { processArchivedFile, type ProcessedFile } from './process-file.js';
import { ingestStoreFor, type FileRow } from './store.js';

export type ReceiptSource = 'cli' | 'inbox' | 'dialog' | 'drop' | 'upload' | 'connector' | 'demo';

export interface Delivery {
  name: string;
  /** absolute path for files read from disk; null for uploads */
  path: string | null;
  bytes: Uint8Array;
  source: ReceiptSource;
  /** modification time of a file on disk: with path and hash it identifies one delivery across retries */
  modifiedMs?: number;
  /**
   * The partner the deliverer names (checked to exist by the caller): recorded as the file's assignment with its
   * receipt, so a CSV/JSON file several partners' maps fit is claimed by this one, even when processing resumes
   * after a crash. EDI files ignore it: their envelope names the partner.
   */
  partnerId?: number;
}

export type DeliveryOutcome =
  | { kind: 'ingested'; sha256: string; processed: ProcessedFile }
  | { kind: 'quarantined'; sha256: string; processed: ProcessedFile }
  | { kind: 'duplicate'; sha256: string; fileId: number }
  | { kind: 'already-received'; sha256: string; fileId: number };

/** The same file at the same path with the same modification time is the same delivery, however often it is read. */
function deliveryKey(delivery: Delivery, sha256: string): string {
  if (delivery.path === null || delivery.modifiedMs === undefined) return `${sha256}|${delivery.source}|${randomUUID()}`;
  return `${sha256}|${delivery.path}|${Math.trunc(delivery.modifiedMs)}`;
}

/** One delivery on its own, acks written before it returns (a batch uses runBatchAsync instead). */
export function receive(context: CoreContext, delivery: Delivery): DeliveryOutcome {
  const outcome = receiveArchived(context, delivery, archiveBytes(context.workspace.folders.archive, delivery.bytes));
  if (outcome.kind === 'ingested' || outcome.kind === 'quarantined') writePendingAcks(context);
  if (outcome.kind === 'ingested') evaluateIngestedFiles(context, [outcome.processed.fileId]);
  return outcome;
}

/** The rest of receive() for bytes already archived and fsynced (a batch archives a group of files at once). */
export function receiveArchived(context: CoreContext, delivery: Delivery, archived: ArchivedFile): DeliveryOutcome {
  return completeReceipt(context, delivery, recordReceipt(context, delivery, archived));
}

export interface Receipt {
  sha256: string;
  file: FileRow;
  /** this very delivery (same path, time and bytes) was recorded before */
  alreadyReceived: boolean;
  /** these bytes were received before under another delivery */
  duplicate: boolean;
}

/** Step one: the receipt (and the file row on first sight), committed before the file is parsed. */
export function recordReceipt(context: CoreContext, delivery: Delivery, archived: ArchivedFile): Receipt {
  const { db } = context.workspace;
  const store = ingestStoreFor(db);
  const { sha256 } = archived;
  const key = deliveryKey(delivery, sha256);
  const now = new Date().toISOString();
  return db.transaction((): Receipt => {
    const seenDelivery = store.receiptByKey.get(key) as { id: number; file_id: number } | undefined;
    let file = store.fileBySha.get(sha256) as FileRow | undefined;
    if (seenDelivery && file) return { sha256, file, alreadyReceived: true, duplicate: false };
    const duplicate = file !== undefined;
    if (!file) {
      const id = Number(store.insertFile.run(sha256, delivery.bytes.length, archived.relativePath, now).lastInsertRowid);
      file = { id, sha256, size: delivery.bytes.length, archive_path: archived.relativePath, state: 'received' };
    }
    store.insertReceipt.run(file.id, now, delivery.source, delivery.name, delivery.path, key, duplicate ? 1 : 0);
    // Only for a file this delivery will process: naming a partner for bytes already stored would change the file's
    // owner at its next re-processing, unseen now (assignFilePartner is the way to re-assign a stored file).
    if (delivery.partnerId !== undefined && file.state === 'received') recordAssignment(db, file.id, delivery.partnerId, context.actor);
    return { sha256, file, alreadyReceived: false, duplicate };
  })();
}

/** Step two: parse and store the file if it still waits for that, else say what this delivery was. */
export function completeReceipt(context: CoreContext, delivery: Delivery, receipt: Receipt): DeliveryOutcome {
  const { sha256 } = receipt;
  // Read again: an earlier delivery of the same bytes in the same batch may have been processed since the receipt.
  const file = receipt.file.state === 'received' ? ((ingestStoreFor(context.workspace.db).fileById.get(receipt.file.id) as FileRow | undefined) ?? receipt.file) : receipt.file;
  // A file whose earlier ingest was interrupted after its receipt is finished now, whatever this delivery is.
  if (file.state === 'received') {
    const processed = processArchivedFile(context, file, delivery.bytes);
    return { kind: processed.quarantined ? 'quarantined' : 'ingested', sha256, processed };
  }
  if (receipt.alreadyReceived) return { kind: 'already-received', sha256, fileId: file.id };
  return { kind: 'duplicate', sha256, fileId: file.id };
}
