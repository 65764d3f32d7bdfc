/**
 * Generating, recording and writing the acks a stored file calls for. Numbers are drawn and the ack recorded in
 * the caller's transaction; the file is then written to outbox/ and marked written in that same transaction. If
 * the transaction never commits (a crash), the file is processed again at start-up and the same ack, with the same
 * numbers (they were rolled back too) and the same name, replaces the file left behind.
 */
import type Database from 'better-sqlite3';
import type { EdiFileResult } from '../../../parsers/index.js';
import { ackCounterFor } from './counters.js';
import { planFileAcks, type StoredInterchange } from './generate.js';
import { ackFileName, fsyncDirectory, writeOutboxFile } from './outbox.js';
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

/** Writes every recorded ack not yet in outbox/ (this file's, and any whose write failed before). */
export function writeUnwrittenAcks(store: AckStore, outbox: string, now: Date): { written: number; failed: number } {
  const rows = store.unwritten.all() as { id: number; file_name: string; content: string; encoding: 'latin1' | 'utf8' }[];
  if (rows.length === 0) return { written: 0, failed: 0 };
  const written: number[] = [];
  for (const row of rows) {
    try {
      writeOutboxFile(outbox, row.file_name, row.content, row.encoding);
      written.push(row.id);
    } catch (error) {
      store.markFailed.run((error as Error).message, row.id);
    }
  }
  // one folder fsync makes all the renames durable before the rows say written; never throws, so the acks'
  // records (and their control numbers) are kept with the files already written
  try {
    if (written.length > 0) fsyncDirectory(outbox);
  } catch (error) {
    for (const id of written) store.markFailed.run((error as Error).message, id);
    return { written: 0, failed: rows.length };
  }
  for (const id of written) store.markWritten.run(now.toISOString(), id);
  return { written: written.length, failed: rows.length - written.length };
}
