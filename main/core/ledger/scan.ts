/**
 * Reads control numbers at one level in receipt order (file, then position in the file), one partner and direction
 * at a time, split into series: the numbers of one numbering envelope id (see seriesOf), so that a partner merged
 * from two profiles (test and production ISA ids, two ids of one company) keeps two independent sequences instead
 * of one with false gaps and duplicates. The ledger never holds more than one partner-direction's numbers.
 * Row ids grow in file order because a file's envelopes are inserted in the order they appear.
 * Transactions come one row per group with their numbers concatenated: turning a million index entries into a
 * million JavaScript rows costs seconds, a tenth as many rows costs a fraction of that.
 * The envelope ids are not in the ledger's covering indexes, so the series of a partner-direction are listed first
 * (one row look-up per interchange, shared by the levels); a partner-direction with one series, nearly all of them,
 * is then read from the covering indexes alone, and only one with several reads each number's envelope ids.
 */
import type Database from 'better-sqlite3';
import type { SenderNumbers } from './analyze.js';
import type { LedgerDirection, LedgerLevel, LedgerSeries } from './types.js';

export interface ScanFilter {
  partnerId?: number;
  direction?: LedgerDirection;
  /** only the series numbered by this envelope id (compared trimmed, case-insensitive) */
  senderId?: string;
}

export interface SenderBatch extends SenderNumbers {
  partnerId: number;
  direction: LedgerDirection;
  series: LedgerSeries;
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

const ENVELOPE_IDS = 'i.sender_qualifier, i.sender_id, i.receiver_qualifier, i.receiver_id';

/** The series of one partner-direction: its interchanges' distinct envelope ids. */
export const SERIES_SQL = `SELECT DISTINCT ${ENVELOPE_IDS} FROM interchanges i WHERE i.partner_id = ? AND i.direction = ?`;

/** SENDER_SCAN_SQL's columns, then the interchange's envelope ids; transactions look them up once per group. */
export const SERIES_SCAN_SQL: Record<LedgerLevel, string> = {
  interchange: `SELECT i.file_id, i.id, i.control_number, 0, ${ENVELOPE_IDS} FROM interchanges i
    WHERE i.partner_id = ? AND i.direction = ? ORDER BY i.file_id, i.ordinal`,
  group: `SELECT i.file_id, g.id, g.control_number, 0, ${ENVELOPE_IDS} FROM interchanges i JOIN groups g ON g.interchange_id = i.id
    WHERE i.partner_id = ? AND i.direction = ? AND g.control_number IS NOT NULL ORDER BY i.file_id, i.ordinal, g.ordinal`,
  transaction: `SELECT t.file_id, 0, t.numbers, t.group_id, ${ENVELOPE_IDS} FROM (
      SELECT d.file_id, d.group_id, group_concat(d.control_number, char(31) ORDER BY d.ordinal) AS numbers FROM documents d
      WHERE d.partner_id = ? AND d.direction = ? GROUP BY d.file_id, d.group_id ORDER BY d.file_id, d.group_id
    ) t CROSS JOIN groups g ON g.id = t.group_id CROSS JOIN interchanges i ON i.id = g.interchange_id ORDER BY t.file_id, t.group_id`,
};

type EnvelopeIds = [senderQualifier: string, senderId: string, receiverQualifier: string, receiverId: string];
type ScanRow = [fileId: number, ref: number, numbers: string, groupId: number, ...ids: Partial<EnvelopeIds>];

/** ISA ids are padded to 15 characters, and ids match case-insensitively everywhere else (partners/resolve.ts). */
export const normalizeId = (value: string): string => value.trim().toUpperCase();

/**
 * The envelope id that numbered: inbound, the partner's sender id (whichever of our ids it was addressed to, as
 * before); outbound, our sender id and the partner id we addressed, because a translator keeps a counter per
 * trading partner (before a merge each partner id was its own series, and a merge must not join them).
 * Group ids (GS02 / UNG sender) are not stored, so groups and transactions follow their interchange's series.
 */
export function seriesOf(direction: LedgerDirection, [senderQualifier, senderId, receiverQualifier, receiverId]: EnvelopeIds): LedgerSeries {
  const sender = { senderQualifier: normalizeId(senderQualifier), senderId: normalizeId(senderId) };
  return direction === 'inbound'
    ? { ...sender, receiverQualifier: null, receiverId: null }
    : { ...sender, receiverQualifier: normalizeId(receiverQualifier), receiverId: normalizeId(receiverId) };
}

const keyOf = (series: LedgerSeries): string => [series.senderQualifier, series.senderId, series.receiverQualifier ?? '', series.receiverId ?? ''].join(SEPARATOR);

function partnerDirections(db: Database.Database, level: LedgerLevel, filter: ScanFilter): { partner_id: number; direction: LedgerDirection }[] {
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

/** Series per partner-direction, kept across the levels of one ledger read. */
export type SeriesMemo = Map<string, LedgerSeries[]>;

function seriesIn(statement: Database.Statement, memo: SeriesMemo, partnerId: number, direction: LedgerDirection): LedgerSeries[] {
  const memoKey = `${partnerId}:${direction}`;
  let found = memo.get(memoKey);
  if (found === undefined) {
    const unique = new Map<string, LedgerSeries>();
    for (const ids of statement.all(partnerId, direction) as EnvelopeIds[]) {
      const series = seriesOf(direction, ids);
      unique.set(keyOf(series), series);
    }
    found = [...unique.values()];
    memo.set(memoKey, found);
  }
  return found;
}

function emptyBatch(partnerId: number, direction: LedgerDirection, series: LedgerSeries): SenderBatch {
  return { partnerId, direction, series, texts: [], fileIds: [], groupIds: [], refs: [] };
}

function append(batch: SenderBatch, level: LedgerLevel, [fileId, ref, numbers, groupId]: ScanRow): void {
  if (level !== 'transaction') {
    batch.texts.push(numbers.trim());
    batch.fileIds.push(fileId);
    batch.groupIds.push(groupId);
    batch.refs.push(ref);
    return;
  }
  numbers.split(SEPARATOR).forEach((text, index) => {
    batch.texts.push(text.trim());
    batch.fileIds.push(fileId);
    batch.groupIds.push(groupId);
    batch.refs.push(index);
  });
}

/** Rows of a partner-direction with several series, sorted into one batch per series (receipt order kept in each). */
function splitBySeries(rows: ScanRow[], level: LedgerLevel, partnerId: number, direction: LedgerDirection): SenderBatch[] {
  const batches = new Map<string, SenderBatch>();
  // consecutive rows nearly always share a series: a key is built only when the raw ids change
  let lastIds = '';
  let batch: SenderBatch | undefined;
  for (const row of rows) {
    const ids = row.slice(4) as EnvelopeIds;
    const joined = ids.join(SEPARATOR);
    if (batch === undefined || joined !== lastIds) {
      const series = seriesOf(direction, ids);
      const key = keyOf(series);
      batch = batches.get(key);
      if (batch === undefined) {
        batch = emptyBatch(partnerId, direction, series);
        batches.set(key, batch);
      }
      lastIds = joined;
    }
    append(batch, level, row);
  }
  return [...batches.values()];
}

/** One batch per series of each partner-direction matching the filter. */
export function* scanSenders(db: Database.Database, level: LedgerLevel, filter: ScanFilter, memo: SeriesMemo = new Map()): Generator<SenderBatch> {
  const wanted = filter.senderId === undefined ? undefined : normalizeId(filter.senderId);
  const isWanted = (series: LedgerSeries) => wanted === undefined || series.senderId === wanted;
  const seriesStatement = db.prepare(SERIES_SQL).raw();
  const singleScan = db.prepare(SENDER_SCAN_SQL[level]).raw();
  const seriesScan = db.prepare(SERIES_SCAN_SQL[level]).raw();
  for (const { partner_id: partnerId, direction } of partnerDirections(db, level, filter)) {
    const series = seriesIn(seriesStatement, memo, partnerId, direction);
    if (!series.some(isWanted)) continue;
    if (series.length === 1) {
      const batch = emptyBatch(partnerId, direction, series[0]!);
      for (const row of singleScan.all(partnerId, direction) as ScanRow[]) append(batch, level, row);
      yield batch;
      continue;
    }
    const rows = seriesScan.all(partnerId, direction) as ScanRow[];
    for (const batch of splitBySeries(rows, level, partnerId, direction)) if (isWanted(batch.series)) yield batch;
  }
}
