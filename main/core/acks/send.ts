/**
 * Generating, recording and writing the acks a stored file calls for. Numbers are drawn and the ack recorded
 * (status 'pending') in the transaction that stores the file; the file is written to outbox/ after that commit and
 * marked written in a transaction of its own. A crash before the commit rolls back the record and the numbers: the
 * file is processed again at start-up and draws the same ack again. A crash after it leaves a pending record,
 * written at the next batch or at start-up: same name, same content, so writing it twice is harmless.
 */
import type Database from 'better-sqlite3';
import type { EdiFileResult } from '../../../parsers/index.js';
import { ackCounterFor } from './counters.js';
import { planFileAcks, type StoredInterchange } from './generate.js';
import { ackFileName, fsyncDirectory, fsyncDirectoryAsync, writeOutboxFile, writeOutboxFileAsync } from './outbox.js';
import { ackPolicyOf, readProfile } from './policy.js';
import type { AckPolicy } from './schema.js';
import type { AckStore } from './store.js';

export interface SendInput {
  fileId: number;
  sha256: string;
  result: EdiFileResult;
  stored: ReadonlyMap<number, StoredInterchange>;
  now: Date;
}

export function generateAndRecordAcks(db: Database.Database, store: AckStore, input: SendInput): { recorded: number; partnerIds: Set<number> } {
  const answered = new Set((store.answered.all(input.sha256) as { interchange_ordinal: number; group_ordinal: number }[]).map((row) => `${row.interchange_ordinal}/${row.group_ordinal}`));
  refreshAnsweredIds(store, input, answered);
  const policies = new Map<number, AckPolicy>();
  const plans = planFileAcks({
    result: input.result,
    stored: input.stored,
    now: input.now,
    answered: (interchangeOrdinal, groupOrdinal) => answered.has(`${interchangeOrdinal}/${groupOrdinal}`),
    counterFor: (partnerId) => ackCounterFor(db, store, partnerId),
    policyFor: (partnerId) => {
      let policy = policies.get(partnerId);
      if (policy === undefined) {
        policy = ackPolicyOf(readProfile(db, partnerId));
        policies.set(partnerId, policy);
      }
      return policy;
    },
  });
  const partnerIds = new Set<number>();
  for (const plan of plans) {
    const partnerName = (store.partnerName.get(plan.partnerId) as string | undefined) ?? String(plan.partnerId);
    const fileName = ackFileName({ ...plan, partnerName }, (name) => store.fileNameTaken.get(name) !== undefined);
    store.insertSent.run({ ...plan, fileId: input.fileId, sha256: input.sha256, fileName, createdAt: input.now.toISOString() });
    partnerIds.add(plan.partnerId);
  }
  return { recorded: plans.length, partnerIds };
}

/** Envelope row ids change when a file is re-processed; acks already sent keep pointing at the current rows. */
function refreshAnsweredIds(store: AckStore, input: SendInput, answered: Set<string>): void {
  if (answered.size === 0) return;
  for (const [interchangeOrdinal, envelope] of input.stored) {
    if (answered.has(`${interchangeOrdinal}/-1`)) store.refreshSentIds.run(input.fileId, null, input.sha256, interchangeOrdinal, -1);
    envelope.groupIds.forEach((groupId, groupOrdinal) => {
      if (answered.has(`${interchangeOrdinal}/${groupOrdinal}`)) store.refreshSentIds.run(input.fileId, groupId, input.sha256, interchangeOrdinal, groupOrdinal);
    });
  }
}

export interface UnwrittenAck {
  id: number;
  partner_id: number;
  file_name: string;
  content: string;
  encoding: 'latin1' | 'utf8';
}

export interface WriteOutcome {
  written: number;
  failed: number;
  partnerIds: number[];
}

/** Marks what was written and what failed in one transaction (one commit for the whole set). */
function recordWrites(db: Database.Database, store: AckStore, rows: UnwrittenAck[], failures: Map<number, Error>, now: Date): WriteOutcome {
  const at = now.toISOString();
  db.transaction(() => {
    for (const row of rows) {
      const failure = failures.get(row.id);
      if (failure) store.markFailed.run(failure.message, row.id);
      else store.markWritten.run(at, row.id);
    }
  })();
  const written = rows.filter((row) => !failures.has(row.id));
  return { written: written.length, failed: failures.size, partnerIds: [...new Set(written.map((row) => row.partner_id))].sort((a, b) => a - b) };
}

/**
 * Writes every recorded ack not yet in outbox/ (pending, or failed before), one folder fsync for all, then marks
 * them in one transaction. Call outside the transaction that recorded them: a crash before the marks leaves them
 * pending, and the next call writes the same bytes under the same name again.
 */
export function writeUnwrittenAcks(db: Database.Database, store: AckStore, outbox: string, now: Date): WriteOutcome {
  const rows = store.unwritten.all() as UnwrittenAck[];
  if (rows.length === 0) return { written: 0, failed: 0, partnerIds: [] };
  const failures = new Map<number, Error>();
  for (const row of rows) {
    try {
      writeOutboxFile(outbox, row.file_name, row.content, row.encoding);
    } catch (error) {
      failures.set(row.id, error as Error);
    }
  }
  // the renames are durable only once the folder is; never throws, so the acks' records are kept either way
  if (failures.size < rows.length) {
    try {
      fsyncDirectory(outbox);
    } catch (error) {
      for (const row of rows) failures.set(row.id, error as Error);
    }
  }
  return recordWrites(db, store, rows, failures, now);
}

/**
 * writeUnwrittenAcks for the batch: every file written on the thread pool (writeOutboxFileAsync), all in flight
 * together (concurrent fsyncs share a journal commit, like archiveGroup's), then one folder fsync.
 */
export async function writeUnwrittenAcksAsync(db: Database.Database, store: AckStore, outbox: string, now: Date): Promise<WriteOutcome> {
  const rows = store.unwritten.all() as UnwrittenAck[];
  if (rows.length === 0) return { written: 0, failed: 0, partnerIds: [] };
  const failures = new Map<number, Error>();
  const finished = await Promise.allSettled(rows.map((row) => writeOutboxFileAsync(outbox, row.file_name, row.content, row.encoding)));
  finished.forEach((outcome, index) => {
    if (outcome.status === 'rejected') failures.set(rows[index]!.id, outcome.reason as Error);
  });
  if (failures.size < rows.length) {
    try {
      await fsyncDirectoryAsync(outbox);
    } catch (error) {
      for (const row of rows) failures.set(row.id, error as Error);
    }
  }
  return recordWrites(db, store, rows, failures, now);
}
