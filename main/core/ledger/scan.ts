/**
 * Reads each sender's control numbers at one level in receipt order (file, then position in the file) from a
 * covering index, one sender (partner + direction) at a time, so the ledger never holds more than one sender's
 * numbers. Row ids grow in file order because a file's envelopes are inserted in the order they appear.
 * Transactions come one row per group with their numbers concatenated: turning a million index entries into a
 * million JavaScript rows costs seconds, a tenth as many rows costs a fraction of that.
 */
import type Database from 'better-sqlite3';
import type { SenderNumbers } from './analyze.js';
import type { LedgerDirection, LedgerLevel } from './types.js';

export interface ScanFilter {
  partnerId?: number;
  direction?: LedgerDirection;
}

export interface SenderBatch extends SenderNumbers {
  partnerId: number;
  direction: LedgerDirection;
  /** each number's row: interchanges.id or groups.id; at the transaction level its ordinal in groupIds' group */
  refs: number[];
}

/** U+001F (unit separator) never appears in an envelope control number. */
const SEPARATOR = '\u001f';

const SENDERS: Record<LedgerLevel, string> = {
  interchange: 'SELECT DISTINCT partner_id, direction FROM interchanges i WHERE',
  group: 'SELECT DISTINCT partner_id, direction FROM interchanges i WHERE',
  transaction: 'SELECT DISTINCT partner_id, direction FROM documents i WHERE',
};

/** Columns: file_id, ref, control number(s), group id (0 outside the transaction level). */
export const SENDER_SCAN_SQL: Record<LedgerLevel, string> = {
  interchange: `SELECT i.file_id, i.id, i.control_number, 0 FROM interchanges i
    WHERE i.partner_id = ? AND i.direction = ? ORDER BY i.file_id, i.ordinal`,
  group: `SELECT i.file_id, g.id, g.control_number, 0 FROM interchanges i JOIN groups g ON g.interchange_id = i.id
    WHERE i.partner_id = ? AND i.direction = ? AND g.control_number IS NOT NULL ORDER BY i.file_id, i.ordinal, g.ordinal`,
  transaction: `SELECT d.file_id, 0, group_concat(d.control_number, char(31) ORDER BY d.ordinal), d.group_id FROM documents d
    WHERE d.partner_id = ? AND d.direction = ? GROUP BY d.file_id, d.group_id ORDER BY d.file_id, d.group_id`,
};

type ScanRow = [fileId: number, ref: number, numbers: string, groupId: number];

function senders(db: Database.Database, level: LedgerLevel, filter: ScanFilter): { partner_id: number; direction: LedgerDirection }[] {
  const conditions = ['i.partner_id IS NOT NULL'];
  if (filter.partnerId !== undefined) conditions.push('i.partner_id = @partnerId');
  if (filter.direction !== undefined) conditions.push('i.direction = @direction');
  const parameters = {
    ...(filter.partnerId === undefined ? {} : { partnerId: filter.partnerId }),
    ...(filter.direction === undefined ? {} : { direction: filter.direction }),
  };
  const sql = `${SENDERS[level]} ${conditions.join(' AND ')} ORDER BY partner_id, direction`;
  return db.prepare(sql).all(parameters) as { partner_id: number; direction: LedgerDirection }[];
}

export function* scanSenders(db: Database.Database, level: LedgerLevel, filter: ScanFilter): Generator<SenderBatch> {
  const scan = db.prepare(SENDER_SCAN_SQL[level]).raw();
  for (const sender of senders(db, level, filter)) {
    const batch: SenderBatch = { partnerId: sender.partner_id, direction: sender.direction, texts: [], fileIds: [], groupIds: [], refs: [] };
    for (const [fileId, ref, numbers, groupId] of scan.all(sender.partner_id, sender.direction) as ScanRow[]) {
      const texts = level === 'transaction' ? numbers.split(SEPARATOR) : [numbers];
      texts.forEach((text, index) => {
        batch.texts.push(text.trim());
        batch.fileIds.push(fileId);
        batch.groupIds.push(groupId);
        batch.refs.push(level === 'transaction' ? index : ref);
      });
    }
    yield batch;
  }
}
