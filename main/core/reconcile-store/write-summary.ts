/**
 * What recon_threads keeps about a thread so the queue, dashboard and shipment check need not rebuild it: its step
 * statuses (order, ERP entry, ack, WMS shipment, ASN, invoice, ERP invoice, return, credit), member count and the
 * latest instant any member carries. Cheap: no rule runs here, only the mismatches already found.
 */
import type { Mismatch, Thread } from '../reconcile/index.js';
import { instantOfEntry, threadTimeline } from './timeline.js';
import type { StepStatus, TimelineStep } from './types.js';

type Step = TimelineStep['step'];

export interface ThreadSummary {
  steps: { step: Step; status: StepStatus; at: string | null }[];
}

/** When a document happened, for ordering: its receipt, else its own date. */
const instantOf = instantOfEntry;
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/**
 * `open`: the thread's mismatches that are present and open or assigned after the merge. The same steps and statuses
 * the thread view's timeline shows (timeline.ts), without the document references.
 */
export function summarizeThread(thread: Thread, open: readonly Mismatch[]): ThreadSummary {
  return { steps: threadTimeline(thread, open).map(({ step, status, at }) => ({ step, status, at })) };
}

export function lastActivityOf(thread: Thread): string | null {
  let latest: string | null = null;
  for (const entry of thread.documents) latest = later(latest, instantOf(entry));
  for (const fact of thread.facts) if (fact.kind === 'ack-fact') latest = later(latest, fact.sentAt);
  return latest;
}
