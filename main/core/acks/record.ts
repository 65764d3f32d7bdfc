/**
 * The ingest hook: after a file's envelopes are stored, in the same transaction, record the partners' acks it holds
 * (and match them to our outbound groups), record our outbound groups awaiting acks, and generate and record the
 * acks its inbound groups call for (status 'pending'). Ack work runs in a savepoint: if it fails, the file is still
 * stored, the failure is logged, and re-processing the file tries again. The ack files are written after the commit
 * (writePendingAcks, writePendingAcksAsync): their fsyncs stay out of the storing transaction.
 */
import type { EdiFileResult } from '../../../parsers/index.js';
import type { CoreContext } from '../context.js';
import { recordOutboundGroups } from './expected.js';
import type { StoredInterchange } from './generate.js';
import { recordReceivedAcks } from './received.js';
import { generateAndRecordAcks, writeUnwrittenAcks, writeUnwrittenAcksAsync, type WriteOutcome } from './send.js';
import { ackStoreFor, type AckStore, type StoredEnvelopeRow } from './store.js';

function storedInterchanges(store: AckStore, fileId: number): Map<number, StoredInterchange> {
  const stored = new Map<number, StoredInterchange>();
  for (const row of store.envelopes.all(fileId) as StoredEnvelopeRow[]) {
    let envelope = stored.get(row.interchange_ordinal);
    if (!envelope) {
      envelope = { partnerId: row.partner_id, direction: row.direction, groupIds: [] };
      stored.set(row.interchange_ordinal, envelope);
    }
    if (row.group_ordinal !== null && row.group_id !== null) envelope.groupIds[row.group_ordinal] = row.group_id;
  }
  return stored;
}

/** Call inside the transaction that stored the file's interchanges, groups and documents. `now`: ISO time. */
export function recordFileAcknowledgments(context: CoreContext, fileId: number, bytes: Uint8Array, result: EdiFileResult, now: string): void {
  const { db } = context.workspace;
  const clock = new Date(now);
  const store = ackStoreFor(db);
  const partnerIds = new Set<number>();
  let statusChanges = 0;
  try {
    db.transaction(() => {
      const file = store.fileInfo.get(fileId) as { sha256: string; first_received_at: string } | undefined;
      if (!file) return;
      const stored = storedInterchanges(store, fileId);
      const received = recordReceivedAcks(store, fileId, bytes, file.first_received_at);
      const expected = recordOutboundGroups(store, fileId, result, stored, file.first_received_at);
      const generated = generateAndRecordAcks(db, store, { fileId, sha256: file.sha256, result, stored, now: clock });
      statusChanges = received.changed + expected.changed;
      for (const id of [...received.partnerIds, ...expected.partnerIds, ...generated.partnerIds]) partnerIds.add(id);
    })();
  } catch (error) {
    console.error(`Acknowledgments for file ${fileId} were not recorded: ${(error as Error).message}`);
    return;
  }
  if (statusChanges > 0) context.events.emit('acks.changed', { partnerIds: [...partnerIds].sort((a, b) => a - b), sent: 0, statusChanges });
}

function announce(context: CoreContext, outcome: WriteOutcome): WriteOutcome {
  if (outcome.written > 0) context.events.emit('acks.changed', { partnerIds: outcome.partnerIds, sent: outcome.written, statusChanges: 0 });
  return outcome;
}

function logged(error: unknown): WriteOutcome {
  // the rows stay pending: the next batch or start-up writes them
  console.error(`Acknowledgment files were not written: ${(error as Error).message}`);
  return { written: 0, failed: 0, partnerIds: [] };
}

/** Writes every pending (or earlier failed) ack to outbox/. Call after the transaction that recorded them committed. */
export function writePendingAcks(context: CoreContext): WriteOutcome {
  const { db, folders } = context.workspace;
  try {
    return announce(context, writeUnwrittenAcks(db, ackStoreFor(db), folders.outbox, new Date()));
  } catch (error) {
    return logged(error);
  }
}

/** writePendingAcks with the files' fsyncs in flight together, for the batch after each group's commit. */
export async function writePendingAcksAsync(context: CoreContext): Promise<WriteOutcome> {
  const { db, folders } = context.workspace;
  try {
    return announce(context, await writeUnwrittenAcksAsync(db, ackStoreFor(db), folders.outbox, new Date()));
  } catch (error) {
    return logged(error);
  }
}
