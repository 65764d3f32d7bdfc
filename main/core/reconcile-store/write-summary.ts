/**
 * What recon_threads keeps about a thread so the queue, dashboard and shipment check need not rebuild it: its step
 * statuses (order, ERP entry, ack, WMS shipment, ASN, invoice, ERP invoice, return, credit), member count and the
 * latest instant any member carries. Cheap: no rule runs here, only the mismatches already found.
 */
import type { AckFact, Mismatch, MismatchType, Thread, ThreadDocument } from '../reconcile/index.js';
import type { StepStatus, TimelineStep } from './types.js';

type Step = TimelineStep['step'];

export interface ThreadSummary {
  steps: { step: Step; status: StepStatus; at: string | null }[];
}

/** The step a mismatch type is about, and whether it says that step is missing or late. */
const STEP_OF: Record<MismatchType, { step: Step; says?: StepStatus }> = {
  'order-missing-in-erp': { step: 'erp-order', says: 'missing' },
  'erp-order-without-edi': { step: 'order', says: 'missing' },
  'duplicate-po': { step: 'order' },
  'ack-missing': { step: 'ack', says: 'missing' },
  'ack-line-rejected': { step: 'ack' },
  'price-mismatch': { step: 'erp-order' },
  'qty-mismatch': { step: 'erp-order' },
  'asn-missing': { step: 'asn', says: 'missing' },
  'asn-qty-vs-wms': { step: 'asn' },
  'over-shipment': { step: 'asn' },
  'under-shipment': { step: 'asn' },
  'asn-late': { step: 'asn', says: 'late' },
  'invoice-qty-vs-shipped': { step: 'invoice' },
  'invoice-price-vs-po': { step: 'invoice' },
  'invoice-without-shipment': { step: 'invoice' },
  'invoice-total-mismatch': { step: 'invoice' },
  'oversell-risk': { step: 'stock' },
  'return-without-credit': { step: 'credit', says: 'missing' },
  'credit-amount-mismatch': { step: 'credit' },
  'control-number-duplicate': { step: 'control' },
  'control-number-gap': { step: 'control' },
  'ack-rejected': { step: 'ack' },
  'ack-overdue': { step: 'ack', says: 'late' },
};

export function stepOfDocument(entry: ThreadDocument): Step | undefined {
  const { document, side } = entry;
  switch (document.kind) {
    case 'order':
    case 'order-change':
      return side === 'erp' ? 'erp-order' : side === 'wms' ? undefined : 'order';
    case 'order-ack':
      return 'ack';
    case 'shipment':
      if (side === 'wms') return 'wms-shipment';
      return document.role === 'receipt' ? undefined : 'asn';
    case 'invoice':
      return side === 'erp' ? 'erp-invoice' : 'invoice';
    case 'return':
      return 'return';
    case 'credit':
      return 'credit';
    case 'inventory':
      return 'stock';
  }
}

const ORDER_STEPS: Step[] = ['order', 'erp-order', 'ack', 'wms-shipment', 'asn', 'invoice', 'erp-invoice', 'return', 'credit'];
const ALWAYS_SHOWN = new Set<Step>(['order', 'erp-order', 'ack', 'asn', 'invoice']);

/** When a document happened, for ordering: its receipt, else its own date. */
export function instantOf(entry: ThreadDocument): string | null {
  return entry.receivedAt ?? entry.document.documentDate?.value ?? null;
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** `open`: the thread's mismatches that are present and open or assigned after the merge. */
export function summarizeThread(thread: Thread, open: readonly Mismatch[]): ThreadSummary {
  const seen = new Map<Step, string | null>();
  for (const entry of thread.documents) {
    const step = stepOfDocument(entry);
    if (step) seen.set(step, earlier(seen.get(step) ?? null, instantOf(entry)));
  }
  const said = new Map<Step, StepStatus>();
  for (const mismatch of open) {
    const { step, says } = STEP_OF[mismatch.type];
    if (said.get(step) !== 'mismatch') said.set(step, seen.has(step) ? 'mismatch' : (says ?? 'mismatch'));
  }
  const steps: Step[] = thread.kind === 'order' ? ORDER_STEPS.filter((step) => ALWAYS_SHOWN.has(step) || seen.has(step) || said.has(step)) : [thread.kind === 'stock' ? 'stock' : thread.kind === 'ack' ? 'ack' : 'control'];
  return {
    steps: steps.map((step) => ({ step, status: said.get(step) ?? (seen.has(step) || thread.kind !== 'order' ? 'ok' : 'pending'), at: seen.get(step) ?? factInstant(thread) })),
  };
}

function factInstant(thread: Thread): string | null {
  const fact = thread.facts.find((candidate): candidate is AckFact => candidate.kind === 'ack-fact');
  return fact?.sentAt ?? null;
}

export function lastActivityOf(thread: Thread): string | null {
  let latest: string | null = null;
  for (const entry of thread.documents) latest = later(latest, instantOf(entry));
  for (const fact of thread.facts) if (fact.kind === 'ack-fact') latest = later(latest, fact.sentAt);
  return latest;
}
