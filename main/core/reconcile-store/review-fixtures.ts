/**
 * Shared by the review-side tests (never imported by the app): a real workspace with partners and mismatches seeded
 * straight into the tables (a fast insert, no engine), and a stored mismatch row built from an engine mismatch.
 */
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import { MISMATCH_TYPES, type Mismatch, type Owner, type Severity } from '../reconcile/types.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';
import { minorUnits } from './queue.js';
import type { MismatchStatus } from './types.js';

export const SEVERITIES: Severity[] = ['low', 'medium', 'high', 'critical'];
const OWNERS: Owner[] = ['edi', 'warehouse', 'finance', 'sales'];
const STATUSES: MismatchStatus[] = ['open', 'open', 'assigned', 'resolved', 'accepted'];
export const SEED_NOW = Date.parse('2026-12-20T00:00:00Z');

export function tempWorkspace(): { workspace: Workspace; cleanup: () => void } {
  const temp = makeTempDir('crossdock-review-');
  const workspace = openWorkspace(join(temp.path, 'ws'), { create: true });
  return {
    workspace,
    cleanup: () => {
      workspace.close();
      temp.cleanup();
    },
  };
}

export function seedPartners(db: Database.Database, names: string[]): number[] {
  const insert = db.prepare("INSERT INTO partners (name, created_at) VALUES (?, '2026-01-01T00:00:00.000Z')");
  return names.map((name) => Number(insert.run(name).lastInsertRowid));
}

export interface StoredMismatch {
  id: string;
  type: string;
  thread_key: string;
  line_key: string | null;
  partner_id: number | null;
  channel: string | null;
  warehouse: string | null;
  severity: Severity;
  owner: Owner;
  chargeback_risk: number;
  summary: string;
  expected_json: string;
  actual_json: string;
  evidence_json: string;
  money_at_risk: string | null;
  currency: string | null;
  fingerprint: string;
  status: MismatchStatus;
  assignee: string | null;
  present: number;
  first_seen_at: string;
  last_seen_at: string;
  status_changed_at: string;
  cleared_at: string | null;
}

export function insertMismatches(db: Database.Database, rows: StoredMismatch[]): void {
  const insert = db.prepare(`INSERT INTO mismatches (id, type, thread_key, line_key, partner_id, channel, warehouse, severity, severity_rank, owner,
      chargeback_risk, summary, expected_json, actual_json, evidence_json, money_at_risk, currency, money_at_risk_minor, fingerprint, status, assignee,
      present, first_seen_at, last_seen_at, status_changed_at, cleared_at)
    VALUES (@id, @type, @thread_key, @line_key, @partner_id, @channel, @warehouse, @severity, @severity_rank, @owner, @chargeback_risk, @summary,
      @expected_json, @actual_json, @evidence_json, @money_at_risk, @currency, @money_at_risk_minor, @fingerprint, @status, @assignee, @present,
      @first_seen_at, @last_seen_at, @status_changed_at, @cleared_at)`);
  db.transaction(() => {
    for (const row of rows) {
      insert.run({ ...row, severity_rank: SEVERITIES.indexOf(row.severity) + 1, money_at_risk_minor: row.money_at_risk === null ? 0 : minorUnits(row.money_at_risk) });
    }
  })();
}

/** An engine mismatch as the store keeps it, open and present. */
export function storedFrom(mismatch: Mismatch, firstSeenAt: string, patch: Partial<StoredMismatch> = {}): StoredMismatch {
  return {
    id: mismatch.id,
    type: mismatch.type,
    thread_key: mismatch.threadKey,
    line_key: mismatch.lineKey,
    partner_id: mismatch.partner?.id ?? null,
    channel: null,
    warehouse: null,
    severity: mismatch.severity,
    owner: mismatch.owner,
    chargeback_risk: mismatch.chargebackRisk ? 1 : 0,
    summary: mismatch.summary,
    expected_json: JSON.stringify(mismatch.expected),
    actual_json: JSON.stringify(mismatch.actual),
    evidence_json: JSON.stringify(mismatch.evidence),
    money_at_risk: mismatch.moneyAtRisk?.amount ?? null,
    currency: mismatch.moneyAtRisk?.currency ?? null,
    fingerprint: `fp-${mismatch.id}`,
    status: 'open',
    assignee: null,
    present: 1,
    first_seen_at: firstSeenAt,
    last_seen_at: firstSeenAt,
    status_changed_at: firstSeenAt,
    cleared_at: null,
    ...patch,
  };
}

const hex = (value: number) => value.toString(16).padStart(16, '0');

/** `count` varied mismatches over the partners: every type, severity, owner, status, ages up to 60 days, some cleared. */
export function syntheticMismatches(count: number, partnerIds: number[], now = SEED_NOW): StoredMismatch[] {
  const rows: StoredMismatch[] = [];
  for (let index = 0; index < count; index++) {
    const type = MISMATCH_TYPES[index % MISMATCH_TYPES.length]!;
    const partnerId = partnerIds.length ? partnerIds[index % partnerIds.length]! : null;
    const seen = new Date(now - ((index * 7919) % (60 * 24)) * 3_600_000).toISOString();
    const status = STATUSES[index % STATUSES.length]!;
    const money = index % 4 === 0 ? null : `${(index % 5000) + 1}.${String(index % 100).padStart(2, '0')}`;
    const po = `PO${String(index).padStart(7, '0')}`;
    rows.push({
      id: `mm-${hex(index * 2654435761)}`,
      type,
      thread_key: `order:${partnerId ?? 0}:${po}`,
      line_key: index % 3 === 0 ? null : `line:${(index % 5) + 1}`,
      partner_id: partnerId,
      channel: index % 7 === 0 ? 'marketplace' : 'edi',
      warehouse: index % 2 === 0 ? 'EAST' : 'WEST',
      severity: SEVERITIES[index % 4]!,
      owner: OWNERS[index % 4]!,
      chargeback_risk: index % 6 === 0 ? 1 : 0,
      summary: `${type} on ${po}`,
      expected_json: JSON.stringify({ text: '10 EA', value: { kind: 'quantity', value: '10', uom: 'EA' } }),
      actual_json: JSON.stringify({ text: '8 EA', value: { kind: 'quantity', value: '8', uom: 'EA' } }),
      evidence_json: JSON.stringify([{ label: `ASN A${index}`, source: { kind: 'connector', connector: 'erp', stream: 'sales-orders', recordId: `SO${index}` } }]),
      money_at_risk: money,
      currency: money === null ? null : index % 10 === 0 ? 'EUR' : 'USD',
      fingerprint: `fp${index}`,
      status,
      assignee: status === 'assigned' ? (index % 2 === 0 ? 'ana' : 'bo') : null,
      present: index % 11 === 0 ? 0 : 1,
      first_seen_at: seen,
      last_seen_at: seen,
      status_changed_at: seen,
      cleared_at: index % 11 === 0 ? seen : null,
    });
  }
  return rows;
}
