/**
 * What the reconciliation store answers: review-queue rows, a mismatch with its audit trail, a thread with its
 * timeline and line comparison, the dashboard, saved views, record imports and the shipment check. Plain data: these
 * cross IPC and are type-imported by the renderer.
 */
import type { CanonicalDocument, CanonicalKind } from '../canonical/index.js';
import type { Evidence, MismatchSide, MismatchType, Owner, Severity, ThreadKind } from '../reconcile/types.js';

export type MismatchStatus = 'open' | 'assigned' | 'resolved' | 'accepted';

/** Why a mismatch was resolved; 'data-corrected' is the system's when new data made it go away. */
export const RESOLUTION_REASONS = [
  'corrected-in-erp',
  'corrected-in-wms',
  'corrected-by-partner',
  'partner-informed',
  'duplicate',
  'chargeback-disputed',
  'no-action-needed',
  'data-corrected',
  'other',
] as const;
export type ResolutionReason = (typeof RESOLUTION_REASONS)[number];

export const QUEUE_SORT_FIELDS = ['age', 'money', 'severity', 'type', 'partner', 'status'] as const;
export type QueueSortField = (typeof QUEUE_SORT_FIELDS)[number];

/** A queue filter; every field optional, arrays are OR within the field, fields AND together. */
export interface QueueFilter {
  /** default ['open', 'assigned'] */
  statuses?: MismatchStatus[];
  types?: MismatchType[];
  partnerIds?: number[];
  channels?: string[];
  warehouses?: string[];
  owners?: Owner[];
  severities?: Severity[];
  assignee?: string;
  /** at least this much money at risk (decimal text, any currency) */
  minMoney?: string;
  /** found at least / at most this many days ago */
  minAgeDays?: number;
  maxAgeDays?: number;
  chargebackRisk?: boolean;
  /** PO, ASN, invoice number or any text in the summary or thread key */
  text?: string;
  threadKey?: string;
  /** also those the latest evaluation no longer finds (default false) */
  includeCleared?: boolean;
}

export interface QueueSort {
  field: QueueSortField;
  direction: 'asc' | 'desc';
}

export interface QueueRow {
  id: string;
  type: MismatchType;
  threadKey: string;
  lineKey: string | null;
  partnerId: number | null;
  partnerName: string | null;
  channel: string | null;
  warehouse: string | null;
  severity: Severity;
  owner: Owner;
  chargebackRisk: boolean;
  summary: string;
  expected: MismatchSide;
  actual: MismatchSide;
  moneyAtRisk: { amount: string; currency: string | null } | null;
  status: MismatchStatus;
  assignee: string | null;
  present: boolean;
  firstSeenAt: string;
  lastSeenAt: string;
  statusChangedAt: string;
}

export interface QueuePage {
  rows: QueueRow[];
  /** rows matching the filter */
  total: number;
  offset: number;
}

export type MismatchAction = 'found' | 'assigned' | 'resolved' | 'accepted' | 'reopened' | 'cleared' | 'noted' | 'changed';

export interface MismatchEvent {
  id: number;
  at: string;
  actor: string;
  action: MismatchAction;
  fromStatus: MismatchStatus | null;
  toStatus: MismatchStatus | null;
  detail: { assignee?: string; reason?: ResolutionReason; note?: string; why?: string; expected?: string; actual?: string };
}

export interface MismatchDetail extends QueueRow {
  evidence: Evidence[];
  resolutionReason: ResolutionReason | null;
  resolutionNote: string | null;
  events: MismatchEvent[];
}

/** One bulk action over mismatch ids; every change is audited with the acting user. */
export type ReviewAction =
  | { action: 'assign'; assignee: string }
  | { action: 'unassign' }
  | { action: 'resolve'; reason: ResolutionReason; note?: string }
  | { action: 'accept'; note?: string }
  | { action: 'reopen'; note?: string }
  | { action: 'note'; note: string };

export interface ReviewActionResult {
  changed: string[];
  /** ids not found, or where the action does not apply (resolving a resolved one), with why */
  skipped: { id: string; why: string }[];
}

export type StepStatus = 'ok' | 'mismatch' | 'pending' | 'late' | 'missing' | 'not-applicable';

/** One step of an order's life: order, ERP entry, ack, WMS shipment, ASN, invoice, ERP invoice, return, credit. */
export interface TimelineStep {
  step: 'order' | 'erp-order' | 'ack' | 'wms-shipment' | 'asn' | 'invoice' | 'erp-invoice' | 'return' | 'credit' | 'stock' | 'control';
  status: StepStatus;
  /** the earliest document of that step, when present */
  at: string | null;
  documentRefs: ThreadMemberRef[];
}

/** Where a thread member is stored: an EDI/file document, a record from another system, or an ack/ledger fact. */
export type ThreadMemberRef =
  | { kind: 'document'; documentId: number; fileId: number; byteStart: number; byteEnd: number }
  | { kind: 'record'; recordId: number; connector: string; stream: string; externalId: string }
  | { kind: 'fact'; label: string };

export interface ThreadMember {
  ref: ThreadMemberRef;
  side: 'partner' | 'erp' | 'wms';
  kind: CanonicalKind;
  label: string;
  at: string | null;
  document: CanonicalDocument;
}

/** One cell of the side-by-side comparison: a line as one source states it. */
export interface ComparisonCell {
  quantity: string | null;
  uom: string | null;
  price: string | null;
  /** the member this value comes from (index into ThreadDetail.members) */
  member: number;
}

export interface ComparisonRow {
  /** 'line:1', 'sscc:…' */
  lineKey: string;
  product: string;
  /** column → values (several ASNs or invoices: one cell each) */
  cells: Record<string, ComparisonCell[]>;
  /** the columns whose values disagree with the order's */
  differs: string[];
  mismatchIds: string[];
}

export interface ThreadDetail {
  key: string;
  kind: ThreadKind;
  partnerId: number | null;
  partnerName: string | null;
  poNumbers: string[];
  timeline: TimelineStep[];
  members: ThreadMember[];
  /** columns in display order: 'order', 'erp-order', 'ack', 'wms-shipment', 'asn', 'invoice', 'erp-invoice' */
  columns: string[];
  comparison: ComparisonRow[];
  mismatches: QueueRow[];
  evaluatedAt: string | null;
}

export interface Dashboard {
  openTotal: number;
  moneyAtRisk: { amount: string; currency: string | null }[];
  byType: { type: MismatchType; open: number; money: string }[];
  byPartner: { partnerId: number | null; partnerName: string | null; open: number; money: string }[];
  /** open mismatches by age: 0-1, 1-3, 3-7, 7-30, 30+ days */
  aging: { bucket: string; open: number }[];
  /** per day over the last 30 days: found and resolved (from the audit trail) */
  trend: { day: string; found: number; resolved: number }[];
  threads: { total: number; clean: number; withOpen: number };
  lastEvaluatedAt: string | null;
}

export interface SavedView {
  id: number;
  name: string;
  filter: QueueFilter;
  sort: QueueSort | null;
  updatedAt: string;
}

export interface ReconcileStatus {
  threads: number;
  open: number;
  lastFullRunAt: string | null;
  lastEvaluatedAt: string | null;
  runningTaskId: string | null;
}

export interface RecordsImportResult {
  inserted: number;
  updated: number;
  unchanged: number;
  /** records that failed the canonical schema: their index in the input and why */
  failed: { index: number; recordId: string | null; message: string }[];
  warnings: { index: number; message: string }[];
  /** threads re-evaluated because of the import */
  threadsEvaluated: number;
}

export type ShipmentMatch = 'matched' | 'mismatch' | 'asn-missing' | 'wms-missing' | 'pending';

/** The shipment check's list: today's shipments with their match status (WMS shipment ↔ ASN ↔ order). */
export interface ShipmentCheckRow {
  threadKey: string;
  partnerName: string | null;
  poNumber: string | null;
  asnNumber: string | null;
  shipmentNumber: string | null;
  billOfLading: string | null;
  shippedAt: string | null;
  cartons: number;
  match: ShipmentMatch;
  openMismatches: number;
}

export interface CartonComparison {
  sscc: string;
  /** per source: the lines in that carton */
  wms: { product: string; quantity: string; uom: string }[] | null;
  asn: { product: string; quantity: string; uom: string }[] | null;
  match: 'matched' | 'differs' | 'only-wms' | 'only-asn';
}

export interface ShipmentCheckDetail extends ShipmentCheckRow {
  cartonsCompared: CartonComparison[];
  lines: ComparisonRow[];
  mismatches: QueueRow[];
  /** what the query was recognised as (the screen highlights a scanned carton) */
  foundBy?: { kind: 'asn' | 'shipment' | 'bill-of-lading' | 'sscc'; value: string };
  /** other shipments the same query also names (another partner's ASN with the same number) */
  alsoFound?: ShipmentCheckRow[];
}

/** The badge and notifications: high-priority mismatches found since `since`, and SLAs about to be missed. */
export interface AlertsSummary {
  badge: number;
  highPriority: QueueRow[];
  slaSoon: { threadKey: string; partnerName: string | null; poNumber: string | null; step: 'ack' | 'asn'; dueAt: string }[];
}

/** Pushed after every evaluation that changed the queue (rebuild, ingest, import, review action). */
export interface ReconcileChanged {
  threadKeys: number;
  found: number;
  reopened: number;
  cleared: number;
  /** new or re-opened high/critical mismatches, for notifications */
  alerts: { id: string; type: MismatchType; summary: string; severity: Severity; partnerName: string | null }[];
}
