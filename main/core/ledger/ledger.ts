/**
 * The control-number ledger: duplicates, gaps and out-of-sequence numbers per partner, direction, level and series
 * (the envelope id that numbered, see scan.ts), computed from the stored envelopes when asked (rules in analyze.ts,
 * reads in scan.ts), with the files and documents involved.
 */
import type Database from 'better-sqlite3';
import { analyzeSender } from './analyze.js';
import { scanSenders, type SenderBatch, type SeriesMemo } from './scan.js';
import type { LedgerEntry, LedgerFilter, LedgerKind, LedgerLevel, LedgerList, LedgerOccurrence, LedgerSeries } from './types.js';

export const LEDGER_LEVELS: readonly LedgerLevel[] = ['interchange', 'group', 'transaction'];
export const LEDGER_KINDS: readonly LedgerKind[] = ['duplicate', 'gap', 'out-of-sequence'];
const DEFAULT_LIMIT = 500;
/** a number a sender repeats thousands of times is listed once, with its first uses */
const MAX_OCCURRENCES = 50;

/** A finding before its rows are looked up: the scan holds the connection until it ends. */
interface PendingEntry extends Pick<LedgerEntry, 'kind' | 'controlNumber' | 'range' | 'highestBefore' | 'partnerId' | 'direction' | 'level' | 'occurrenceCount'> {
  series: LedgerSeries;
  /** [group id, ref] of each occurrence listed (see SenderBatch.refs) */
  refs: [number, number][];
  /** the newest file involved: files are numbered in receipt order, so this sorts by last seen without lookups */
  lastFileId: number;
}

const OCCURRENCE_SQL: Record<LedgerLevel, string> = {
  interchange: `SELECT i.file_id, i.id AS interchange_id, NULL AS group_id,
      (SELECT d.id FROM documents d WHERE d.file_id = i.file_id AND d.interchange_id = i.id ORDER BY d.id LIMIT 1) AS document_id,
      i.control_number, f.first_received_at FROM interchanges i JOIN files f ON f.id = i.file_id WHERE i.id = ?`,
  group: `SELECT i.file_id, i.id AS interchange_id, g.id AS group_id,
      (SELECT d.id FROM documents d WHERE d.group_id = g.id ORDER BY d.ordinal LIMIT 1) AS document_id,
      g.control_number, f.first_received_at FROM groups g JOIN interchanges i ON i.id = g.interchange_id JOIN files f ON f.id = i.file_id WHERE g.id = ?`,
  transaction: `SELECT d.file_id, d.interchange_id, d.group_id, d.id AS document_id, d.control_number, f.first_received_at
      FROM documents d JOIN files f ON f.id = d.file_id WHERE d.group_id = ? ORDER BY d.ordinal LIMIT 1 OFFSET ?`,
};

interface OccurrenceRow {
  file_id: number;
  interchange_id: number;
  group_id: number | null;
  document_id: number | null;
  control_number: string;
  first_received_at: string;
}

function pendingEntries(batch: SenderBatch, level: LedgerLevel, kinds: readonly LedgerKind[]): PendingEntry[] {
  const findings = analyzeSender(batch, { perGroupAllowed: level === 'transaction' });
  const sender = { partnerId: batch.partnerId, direction: batch.direction, level, series: batch.series };
  const lastFile = (rows: number[]) => rows.reduce((latest, row) => Math.max(latest, batch.fileIds[row]!), 0);
  // groups and interchanges are found by their own id, transactions by group and position
  const refs = (rows: number[]): [number, number][] => rows.map((row) => (level === 'transaction' ? [batch.groupIds[row]!, batch.refs[row]!] : [batch.refs[row]!, 0]));
  const entries: PendingEntry[] = [];
  if (kinds.includes('duplicate')) {
    for (const rows of findings.duplicates) {
      entries.push({ ...sender, kind: 'duplicate', controlNumber: batch.texts[rows[0]!]!, range: null, highestBefore: null, occurrenceCount: rows.length, refs: refs(rows.slice(0, MAX_OCCURRENCES)), lastFileId: lastFile(rows) });
    }
  }
  if (kinds.includes('gap')) {
    for (const gap of findings.gaps) {
      const range = { from: gap.from, to: gap.to, count: gap.to - gap.from + 1 };
      entries.push({ ...sender, kind: 'gap', controlNumber: null, range, highestBefore: null, occurrenceCount: 2, refs: refs([gap.before, gap.after]), lastFileId: lastFile([gap.before, gap.after]) });
    }
  }
  if (kinds.includes('out-of-sequence')) {
    for (const late of findings.outOfSequence) {
      entries.push({ ...sender, kind: 'out-of-sequence', controlNumber: batch.texts[late.row]!, range: null, highestBefore: late.highestBefore, occurrenceCount: 1, refs: refs([late.row]), lastFileId: batch.fileIds[late.row]! });
    }
  }
  return entries;
}

function createResolver(db: Database.Database) {
  const occurrence = Object.fromEntries(LEDGER_LEVELS.map((level) => [level, db.prepare(OCCURRENCE_SQL[level])])) as Record<LedgerLevel, Database.Statement>;
  const partnerName = db.prepare('SELECT name FROM partners WHERE id = ?').pluck();
  const names = new Map<number, string>();
  const nameOf = (id: number): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = (partnerName.get(id) as string | undefined) ?? `Partner ${id}`;
      names.set(id, name);
    }
    return name;
  };
  return (pending: PendingEntry): LedgerEntry => {
    const { refs, lastFileId: _lastFileId, ...core } = pending;
    const occurrences: LedgerOccurrence[] = refs.flatMap(([id, position]) => {
      const statement = occurrence[pending.level];
      const row = (pending.level === 'transaction' ? statement.get(id, position) : statement.get(id)) as OccurrenceRow | undefined;
      if (!row) return [];
      return [{ fileId: row.file_id, interchangeId: row.interchange_id, groupId: row.group_id, documentId: row.document_id, controlNumber: row.control_number, receivedAt: row.first_received_at }];
    });
    const times = occurrences.map((item) => item.receivedAt).sort();
    return {
      ...core,
      partnerName: nameOf(pending.partnerId),
      occurrences,
      fileIds: [...new Set(occurrences.map((item) => item.fileId))],
      documentIds: [...new Set(occurrences.flatMap((item) => (item.documentId === null ? [] : [item.documentId])))],
      firstSeenAt: times[0] ?? '',
      lastSeenAt: times.at(-1) ?? '',
    };
  };
}

/** Every finding matching the filter, most recently seen first; only the entries returned are looked up. */
/** `kinds`: several kinds in one scan (filter.kind, when given, wins). */
export function listLedger(db: Database.Database, filter: LedgerFilter = {}, kinds: readonly LedgerKind[] = LEDGER_KINDS): LedgerList {
  const levels = filter.level ? [filter.level] : LEDGER_LEVELS;
  if (filter.kind) kinds = [filter.kind];
  const pending: PendingEntry[] = [];
  const series: SeriesMemo = new Map();
  for (const level of levels) for (const batch of scanSenders(db, level, filter, series)) pending.push(...pendingEntries(batch, level, kinds));
  pending.sort((a, b) => b.lastFileId - a.lastFileId || a.partnerId - b.partnerId);
  const resolve = createResolver(db);
  return { entries: pending.slice(0, filter.limit ?? DEFAULT_LIMIT).map(resolve), total: pending.length };
}
