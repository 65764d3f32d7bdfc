/** mismatches.export: the queue under a filter and sort as a CSV or XLSX file (base64), one row per mismatch. */
import type Database from 'better-sqlite3';
import type { Cell } from '../export/csv.js';
import { toCsv } from '../export/csv.js';
import { xlsxWorkbook } from '../export/xlsx.js';
import { allMismatches } from './queue.js';
import type { QueueFilter, QueueRow, QueueSort } from './types.js';

/** More rows than any spreadsheet user reads; the cap keeps one export's memory bounded. */
export const EXPORT_ROW_CAP = 100_000;

export const EXPORT_COLUMNS: { title: string; value: (row: QueueRow) => Cell }[] = [
  { title: 'Id', value: (row) => row.id },
  { title: 'Type', value: (row) => row.type },
  { title: 'Severity', value: (row) => row.severity },
  { title: 'Status', value: (row) => row.status },
  { title: 'Assignee', value: (row) => row.assignee },
  { title: 'Partner', value: (row) => row.partnerName },
  { title: 'Thread', value: (row) => row.threadKey },
  { title: 'Line', value: (row) => row.lineKey },
  { title: 'Summary', value: (row) => row.summary },
  { title: 'Expected', value: (row) => row.expected.text },
  { title: 'Actual', value: (row) => row.actual.text },
  // a number cell, so a spreadsheet can sum it
  { title: 'Money at risk', value: (row) => (row.moneyAtRisk ? Number(row.moneyAtRisk.amount) : null) },
  { title: 'Currency', value: (row) => row.moneyAtRisk?.currency ?? null },
  { title: 'Owner', value: (row) => row.owner },
  { title: 'Chargeback risk', value: (row) => (row.chargebackRisk ? 'yes' : 'no') },
  { title: 'Channel', value: (row) => row.channel },
  { title: 'Warehouse', value: (row) => row.warehouse },
  { title: 'First seen (UTC)', value: (row) => row.firstSeenAt },
  { title: 'Last seen (UTC)', value: (row) => row.lastSeenAt },
  { title: 'Still found', value: (row) => (row.present ? 'yes' : 'no') },
];

export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
  rows: number;
}

export function exportMismatches(db: Database.Database, input: { filter: QueueFilter; sort?: QueueSort | undefined; format: 'csv' | 'xlsx' }, now: number = Date.now()): ExportedFile {
  const rows = allMismatches(db, input.filter, input.sort, EXPORT_ROW_CAP, now);
  const header = EXPORT_COLUMNS.map((column) => column.title);
  const cells = rows.map((row) => EXPORT_COLUMNS.map((column) => column.value(row)));
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  if (input.format === 'csv') {
    // a BOM so Excel reads the file as UTF-8
    return { fileName: `mismatches-${stamp}.csv`, mime: 'text/csv; charset=utf-8', base64: Buffer.from(`\uFEFF${toCsv(header, cells)}`, 'utf8').toString('base64'), rows: rows.length };
  }
  return {
    fileName: `mismatches-${stamp}.xlsx`,
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: xlsxWorkbook('Mismatches', header, cells).toString('base64'),
    rows: rows.length,
  };
}
