/**
 * Reading the ack status of our outbound groups: overdue is decided at read time against the caller's clock and
 * each partner's hours, so changing a setting applies at once.
 */
import type Database from 'better-sqlite3';
import type { AckedTransaction, AckStatus, OutboundGroupAck, OutboundGroupAckPage } from './types.js';

const HOUR_MS = 3_600_000;

export interface StatusFilter {
  partnerId?: number | undefined;
  status?: AckStatus | undefined;
  offset: number;
  limit: number;
}

interface OutboundRow {
  group_id: number;
  file_id: number;
  partner_id: number;
  partner_name: string;
  standard: 'x12' | 'edifact';
  functional_id: string;
  group_control: string;
  interchange_control: string;
  transaction_count: number;
  sent_at: string;
  ack_status: Exclude<AckStatus, 'overdue'>;
  ack_document_id: number | null;
  acknowledged_at: string | null;
  transactions_json: string | null;
}

/** Partners with their own overdue hours (profile `ackOverdueHours`); the rest use the workspace setting. */
export function partnerHours(db: Database.Database): Map<number, number> {
  const rows = db
    .prepare(`SELECT id, json_extract(profile_json, '$.ackOverdueHours') AS hours FROM partners WHERE json_valid(profile_json) AND json_type(profile_json, '$.ackOverdueHours') = 'integer'`)
    .all() as { id: number; hours: number }[];
  return new Map(rows.filter((row) => row.hours > 0).map((row) => [row.id, row.hours]));
}

/** A pending group is overdue once its partner's hours have passed since it was sent. */
export function effectiveStatus(ackStatus: Exclude<AckStatus, 'overdue'>, sentAt: string, hours: number, now: Date): { status: AckStatus; dueAt: string } {
  const dueAt = new Date(new Date(sentAt).getTime() + hours * HOUR_MS);
  return { status: ackStatus === 'pending' && dueAt <= now ? 'overdue' : ackStatus, dueAt: dueAt.toISOString() };
}

export interface OutboundQuery {
  countSql: string;
  pageSql: string;
  countParameters: Record<string, unknown>;
  pageParameters: Record<string, unknown>;
}

/** The page and count statements for a filter; overdue is 'pending' with sent_at + hours <= now. */
export function outboundQuery(filter: StatusFilter, hours: ReadonlyMap<number, number>, workspaceHours: number, now: Date): OutboundQuery {
  const cutoffOf = (hoursFor: number) => new Date(now.getTime() - hoursFor * HOUR_MS).toISOString();
  const parameters = {
    cutoffs: JSON.stringify(Object.fromEntries([...hours].map(([id, value]) => [String(id), cutoffOf(value)]))),
    defaultCutoff: cutoffOf(workspaceHours),
    partnerId: filter.partnerId ?? null,
    status: filter.status === 'overdue' ? 'pending' : (filter.status ?? null),
  };
  const cutoff = `coalesce(json_extract(@cutoffs, '$."' || oa.partner_id || '"'), @defaultCutoff)`;
  const conditions: string[] = [];
  if (filter.partnerId !== undefined) conditions.push('oa.partner_id = @partnerId');
  if (filter.status !== undefined) conditions.push('oa.ack_status = @status');
  if (filter.status === 'pending') conditions.push(`oa.sent_at > ${cutoff}`);
  if (filter.status === 'overdue') conditions.push(`oa.sent_at <= ${cutoff}`);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const used = (sql: string) => Object.fromEntries(Object.entries(parameters).filter(([key]) => sql.includes(`@${key}`)));
  // rows of groups no longer stored (a file re-processed into quarantine) are left out by the join with groups
  const countSql = `SELECT count(*) FROM outbound_acks oa JOIN groups g ON g.id = oa.group_id ${where}`;
  const pageSql = `SELECT oa.group_id, oa.file_id, oa.partner_id, p.name AS partner_name, oa.standard, oa.functional_id, oa.group_control,
      oa.interchange_control, oa.transaction_count, oa.sent_at, oa.ack_status, oa.ack_document_id, oa.acknowledged_at,
      r.transactions_json
    FROM outbound_acks oa JOIN groups g ON g.id = oa.group_id JOIN partners p ON p.id = oa.partner_id
    LEFT JOIN acknowledgments_received r ON r.id = oa.ack_received_id
    ${where} ORDER BY oa.sent_at DESC, oa.id DESC LIMIT @limit OFFSET @offset`;
  return { countSql, pageSql, countParameters: used(countSql), pageParameters: { ...used(pageSql), limit: filter.limit, offset: filter.offset } };
}

export function listOutboundAcks(db: Database.Database, filter: StatusFilter, workspaceHours: number, now: Date): OutboundGroupAckPage {
  const hours = partnerHours(db);
  const query = outboundQuery(filter, hours, workspaceHours, now);
  const total = db.prepare(query.countSql).pluck().get(query.countParameters) as number;
  const rows = db.prepare(query.pageSql).all(query.pageParameters) as OutboundRow[];
  const items = rows.map((row): OutboundGroupAck => {
    const { status, dueAt } = effectiveStatus(row.ack_status, row.sent_at, hours.get(row.partner_id) ?? workspaceHours, now);
    return {
      groupId: row.group_id,
      fileId: row.file_id,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      standard: row.standard,
      functionalId: row.functional_id,
      groupControl: row.group_control,
      interchangeControl: row.interchange_control,
      transactionCount: row.transaction_count,
      sentAt: row.sent_at,
      dueAt,
      status,
      ackDocumentId: row.ack_document_id,
      acknowledgedAt: row.acknowledged_at,
      transactions: row.transactions_json === null ? [] : (JSON.parse(row.transactions_json) as AckedTransaction[]),
    };
  });
  return { items, total };
}
