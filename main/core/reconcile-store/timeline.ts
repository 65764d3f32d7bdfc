/**
 * A thread's timeline (pure): which documents stand for each step of an order's life (order, ERP entry, ack, WMS
 * shipment, ASN, invoice, ERP invoice, return, credit), and each step's status from the documents present and the
 * mismatches found on it. Stock, ack and control-number threads have a single step.
 */
import type { AckFact, ControlNumberFact, MismatchType, Thread, ThreadDocument } from '../reconcile/types.js';
import type { StepStatus, ThreadMemberRef, TimelineStep } from './types.js';

/** What the timeline and the comparison need of a mismatch (an engine Mismatch and a QueueRow both fit). */
export interface MismatchLike {
  id: string;
  type: MismatchType;
  lineKey: string | null;
}

type Step = TimelineStep['step'];

export const ORDER_STEPS: Step[] = ['order', 'erp-order', 'ack', 'wms-shipment', 'asn', 'invoice', 'erp-invoice', 'return', 'credit'];

/** The step a thread document stands for, or null (a warehouse order is not a step of its own). */
export function stepOf(entry: ThreadDocument): Step | null {
  const document = entry.document;
  switch (document.kind) {
    case 'order':
      if (document.role === 'warehouse-order') return null;
      return entry.side === 'partner' ? 'order' : 'erp-order';
    case 'order-change':
      return 'order';
    case 'order-ack':
      return 'ack';
    case 'shipment':
      if (document.role === 'warehouse-advice' || (document.role === 'asn' && entry.side === 'wms')) return 'wms-shipment';
      return document.role === 'asn' ? 'asn' : null;
    case 'invoice':
      return entry.side === 'partner' ? 'invoice' : 'erp-invoice';
    case 'return':
      return 'return';
    case 'credit':
      return 'credit';
    case 'inventory':
      return 'stock';
  }
}

/** Where a rule's finding shows on the timeline, and what it says about that step. */
const FINDINGS: Record<MismatchType, [Step, StepStatus]> = {
  'order-missing-in-erp': ['erp-order', 'missing'],
  'erp-order-without-edi': ['order', 'missing'],
  'duplicate-po': ['order', 'mismatch'],
  'ack-missing': ['ack', 'missing'],
  'ack-line-rejected': ['ack', 'mismatch'],
  'price-mismatch': ['erp-order', 'mismatch'],
  'qty-mismatch': ['erp-order', 'mismatch'],
  'asn-missing': ['asn', 'missing'],
  'asn-qty-vs-wms': ['asn', 'mismatch'],
  'over-shipment': ['wms-shipment', 'mismatch'],
  'under-shipment': ['wms-shipment', 'mismatch'],
  'asn-late': ['asn', 'late'],
  'invoice-qty-vs-shipped': ['invoice', 'mismatch'],
  'invoice-price-vs-po': ['invoice', 'mismatch'],
  'invoice-without-shipment': ['invoice', 'mismatch'],
  'invoice-total-mismatch': ['invoice', 'mismatch'],
  'oversell-risk': ['stock', 'mismatch'],
  'return-without-credit': ['credit', 'missing'],
  'credit-amount-mismatch': ['credit', 'mismatch'],
  'control-number-duplicate': ['control', 'mismatch'],
  'control-number-gap': ['control', 'mismatch'],
  'ack-rejected': ['ack', 'mismatch'],
  'ack-overdue': ['ack', 'late'],
};

const RANK: Record<StepStatus, number> = { 'not-applicable': 0, pending: 1, ok: 2, missing: 3, late: 4, mismatch: 5 };
const worse = (a: StepStatus, b: StepStatus): StepStatus => (RANK[b] > RANK[a] ? b : a);

/** Where a document's source points, when the store has not said (pure callers and tests). */
export function refFromSource(entry: ThreadDocument): ThreadMemberRef {
  const source = entry.document.source;
  switch (source.kind) {
    case 'edi':
      return { kind: 'document', documentId: source.documentId ?? 0, fileId: source.fileId ?? 0, byteStart: source.byteStart, byteEnd: source.byteEnd };
    case 'connector':
      return { kind: 'record', recordId: 0, connector: source.connector, stream: source.stream, externalId: source.recordId };
    case 'file':
      return { kind: 'fact', label: source.row === undefined ? source.name : `${source.name} row ${source.row}` };
    case 'manual':
      return { kind: 'fact', label: `entered by ${source.by}` };
  }
}

/** When a document arrived, else its own date as written. */
export function instantOfEntry(entry: ThreadDocument): string | null {
  return entry.receivedAt ?? entry.document.documentDate?.value ?? null;
}

function earliest(values: (string | null)[]): string | null {
  let found: string | null = null;
  for (const value of values) if (value !== null && (found === null || value < found)) found = value;
  return found;
}

export function factLabel(fact: AckFact | ControlNumberFact): string {
  if (fact.kind === 'ack-fact') return `Our ${fact.functionalId} group ${fact.groupControl} (interchange ${fact.interchangeControl}): ${fact.status}`;
  const what = fact.finding === 'duplicate' ? `number ${fact.controlNumber ?? '?'} used ${fact.occurrenceCount ?? 2} times` : `gap ${fact.range ? `${fact.range.from}–${fact.range.to}` : ''}`;
  return `${fact.direction} ${fact.level} control ${what}`;
}

const ACK_STATUS: Record<AckFact['status'], StepStatus> = { accepted: 'ok', 'accepted-with-errors': 'mismatch', rejected: 'mismatch', pending: 'pending', overdue: 'late' };

export function threadTimeline(thread: Thread, mismatches: readonly MismatchLike[], refOf: (entry: ThreadDocument) => ThreadMemberRef = refFromSource): TimelineStep[] {
  const found = new Map<Step, StepStatus>();
  const hasStep = (step: Step) => thread.documents.some((entry) => stepOf(entry) === step);
  for (const mismatch of mismatches) {
    const [findingStep, status] = FINDINGS[mismatch.type];
    let step = findingStep;
    // without a warehouse's word the ASNs are what shipped; an ERP-only invoice carries the invoice's findings
    if (step === 'wms-shipment' && !hasStep('wms-shipment')) step = 'asn';
    if (step === 'invoice' && !hasStep('invoice') && hasStep('erp-invoice')) step = 'erp-invoice';
    found.set(step, worse(found.get(step) ?? 'ok', status));
  }
  if (thread.kind !== 'order') {
    const step: Step = thread.kind === 'stock' ? 'stock' : thread.kind === 'ack' ? 'ack' : 'control';
    const facts = thread.facts;
    const base: StepStatus = facts.length === 1 && facts[0]!.kind === 'ack-fact' ? ACK_STATUS[facts[0]!.status] : 'ok';
    return [
      {
        step,
        status: worse(base, found.get(step) ?? 'ok'),
        at: earliest([...thread.documents.map(instantOfEntry), ...facts.map((fact) => (fact.kind === 'ack-fact' ? fact.sentAt : null))]),
        documentRefs: [...thread.documents.map(refOf), ...facts.map((fact): ThreadMemberRef => ({ kind: 'fact', label: factLabel(fact) }))],
      },
    ];
  }
  const byStep = new Map<Step, ThreadDocument[]>();
  for (const entry of thread.documents) {
    const step = stepOf(entry);
    if (step) byStep.set(step, [...(byStep.get(step) ?? []), entry]);
  }
  return ORDER_STEPS.map((step) => {
    const entries = byStep.get(step) ?? [];
    const absent: StepStatus = absentStatus(step, byStep);
    const status = found.get(step) ?? (entries.length ? 'ok' : absent);
    return { step, status, at: earliest(entries.map(instantOfEntry)), documentRefs: entries.map(refOf) };
  });
}

/** A step with no document and no finding: still to come, or not part of this order's life. */
function absentStatus(step: Step, byStep: Map<Step, ThreadDocument[]>): StepStatus {
  switch (step) {
    case 'wms-shipment':
      return byStep.has('asn') ? 'not-applicable' : 'pending';
    case 'erp-invoice':
    case 'return':
      return 'not-applicable';
    case 'credit':
      return byStep.has('return') ? 'pending' : 'not-applicable';
    default:
      return 'pending';
  }
}
