/**
 * What the reconciliation engine takes and gives: canonical documents (EDI-derived and ERP/WMS records in the same
 * model), small facts from the ack and control-number ledgers, per-partner settings, and mismatches with evidence.
 * Plain data throughout, so threads and mismatches can be stored as JSON and cross IPC.
 */
import type { CanonicalDocument, PartnerRef, ProductIds, Source } from '../canonical/index.js';

export const MISMATCH_TYPES = [
  'order-missing-in-erp',
  'erp-order-without-edi',
  'duplicate-po',
  'ack-missing',
  'ack-line-rejected',
  'price-mismatch',
  'qty-mismatch',
  'asn-missing',
  'asn-qty-vs-wms',
  'over-shipment',
  'under-shipment',
  'asn-late',
  'invoice-qty-vs-shipped',
  'invoice-price-vs-po',
  'invoice-without-shipment',
  'invoice-total-mismatch',
  'oversell-risk',
  'return-without-credit',
  'credit-amount-mismatch',
  'control-number-duplicate',
  'control-number-gap',
  'ack-rejected',
  'ack-overdue',
] as const;
export type MismatchType = (typeof MISMATCH_TYPES)[number];

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type Owner = 'edi' | 'warehouse' | 'finance' | 'sales';

/** Where a canonical document came from: the trading partner (EDI, portal, file), our ERP, or the warehouse (WMS, 940/945). */
export type Side = 'partner' | 'erp' | 'wms';

/** A canonical document as the engine receives it; `receivedAt` (ISO instant) starts SLA clocks when known. */
export interface DocumentInput {
  kind: 'document';
  document: CanonicalDocument;
  receivedAt?: string | undefined;
}

/** One of our outbound functional groups and the partner's 997/999/CONTRL verdict (main/core/acks). */
export interface AckFact {
  kind: 'ack-fact';
  partnerId: number;
  partnerName?: string | undefined;
  groupId: number;
  fileId: number;
  functionalId: string;
  groupControl: string;
  interchangeControl: string;
  status: 'pending' | 'overdue' | 'accepted' | 'accepted-with-errors' | 'rejected';
  sentAt: string;
  /** when a pending group becomes overdue */
  dueAt: string;
  ackDocumentId?: number | null | undefined;
  /** transaction sets the ack rejected (control number, type, error codes) */
  rejectedTransactions?: { controlNumber: string; type: string; codes: string[] }[] | undefined;
}

/** A duplicate or a gap the control-number ledger found (main/core/ledger). */
export interface ControlNumberFact {
  kind: 'control-number-fact';
  finding: 'duplicate' | 'gap';
  partnerId: number;
  partnerName?: string | undefined;
  direction: 'inbound' | 'outbound';
  level: 'interchange' | 'group' | 'transaction';
  /** duplicate: the number used more than once */
  controlNumber?: string | undefined;
  /** gap: the missing numbers, inclusive */
  range?: { from: number; to: number } | undefined;
  fileIds: number[];
  documentIds: number[];
  occurrenceCount?: number | undefined;
}

export type ReconcileInput = DocumentInput | AckFact | ControlNumberFact;

/** A document inside a thread, with the key that identifies it (stable across runs) and its side. */
export interface ThreadDocument {
  key: string;
  side: Side;
  document: CanonicalDocument;
  receivedAt?: string | undefined;
}

export type ThreadKind = 'order' | 'stock' | 'ack' | 'control-number';

export interface Thread {
  /** deterministic: 'order:<partnerId>:<PO>', 'stock:<SKU>', 'ack:<partnerId>:<interchange>:<group>', 'control:...' */
  key: string;
  kind: ThreadKind;
  /** the customer partner the thread is about, when known */
  partner: PartnerRef | null;
  /** order threads: the PO numbers the thread covers (a multi-order ASN contributes only its lines for these) */
  poNumbers: string[];
  /** stock threads: the SKU */
  sku?: string | undefined;
  /** sorted by key */
  documents: ThreadDocument[];
  facts: (AckFact | ControlNumberFact)[];
  /** every business key of every member: a new input touching any of them belongs to this thread */
  linkKeys: string[];
}

/** Cross-references the engine needs, per partner (buyer part ↔ SKU ↔ GTIN, UOM conversions such as CA = 12 EA). */
export interface ItemResolver {
  /** our SKU for a line's product ids as this partner names them, or undefined when no cross-reference knows it */
  skuOf(partnerId: number | undefined, product: ProductIds): string | undefined;
  /** `quantity` in `from` units expressed in `to` units (exact decimal text), or undefined when no conversion links them */
  convert(partnerId: number | undefined, sku: string | undefined, quantity: string, from: string, to: string): string | undefined;
  /** the warehouse a location code or GLN stands for; undefined: use the code as written */
  warehouseOf?(partnerId: number | undefined, location: string): string | undefined;
}

/** Tolerances and SLAs per partner (decimal strings, hours). A quantity is within tolerance when |diff| ≤ max(units, percent of expected). */
export interface PartnerSettings {
  pricePercent: string;
  quantityUnits: string;
  quantityPercent: string;
  /** invoice and credit totals: rounding allowed between the stated total and the recomputed one */
  moneyAmount: string;
  /** an EDI order must be in the ERP within */
  erpOrderWithinHours: number;
  /** an ERP order from an EDI partner must have its EDI order within (the 850 may arrive after a phoned-in order) */
  ediOrderWithinHours: number;
  /** our 855 / ORDRSP is due within this many hours of the order */
  orderAckWithinHours: number;
  /** our ASN is due within this many hours of shipping */
  asnWithinHours: number;
  /** a received return must be credited within */
  creditWithinHours: number;
}

export interface ReconcileContext {
  /** ISO instant; SLA rules compare against it (never the wall clock, so results are reproducible) */
  now: string;
  items: ItemResolver;
  settingsFor(partnerId: number | undefined): PartnerSettings;
  /** only these rules (default: all) */
  rules?: readonly MismatchType[] | undefined;
}

/** A value shown in the review queue: display text plus the structured value behind it. */
export type MismatchValue =
  | { kind: 'quantity'; value: string; uom: string }
  | { kind: 'money'; amount: string; currency: string | null }
  | { kind: 'percent'; value: string }
  | { kind: 'instant'; at: string }
  | { kind: 'count'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'none' };

export interface MismatchSide {
  text: string;
  value: MismatchValue;
}

export type EvidenceSource =
  | Source
  | { kind: 'ack-group'; groupId: number; fileId: number; ackDocumentId: number | null }
  | { kind: 'ledger'; fileIds: number[]; documentIds: number[] };

export interface Evidence {
  label: string;
  source: EvidenceSource;
}

export interface Mismatch {
  /** hash of type + thread key + line key: the same inputs always give the same id */
  id: string;
  type: MismatchType;
  threadKey: string;
  /** 'line:1', 'sscc:00614…', 'sku:WID-10@EAST', or null for the whole thread */
  lineKey: string | null;
  partner: PartnerRef | null;
  severity: Severity;
  owner: Owner;
  chargebackRisk: boolean;
  summary: string;
  expected: MismatchSide;
  actual: MismatchSide;
  evidence: Evidence[];
  moneyAtRisk: { amount: string; currency: string | null } | null;
}
