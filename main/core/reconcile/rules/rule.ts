/** The shape of a rule and the one way every rule builds its mismatches (id, partner, money at risk). */
import type { PartnerRef } from '../../canonical/index.js';
import { compareDecimals } from '../decimal.js';
import { mismatchId } from '../hash.js';
import type { Evidence, Mismatch, MismatchSide, MismatchType, Owner, ReconcileContext, Severity, Thread } from '../types.js';
import type { ThreadView } from '../view.js';

export type Rule =
  | { type: MismatchType; scope: 'order'; evaluate(view: ThreadView): Mismatch[] }
  | { type: MismatchType; scope: 'stock' | 'ack' | 'control-number'; evaluate(thread: Thread, context: ReconcileContext): Mismatch[] };

export interface MismatchDraft {
  type: MismatchType;
  lineKey: string | null;
  severity: Severity;
  owner: Owner;
  chargebackRisk?: boolean;
  summary: string;
  expected: MismatchSide;
  actual: MismatchSide;
  evidence: Evidence[];
  /** a decimal amount; null or zero: nothing at risk that can be priced */
  moneyAtRisk?: string | null | undefined;
  currency?: string | null | undefined;
  /** the thread's partner unless the finding is about another one (a stock thread spans partners) */
  partner?: PartnerRef | null | undefined;
}

export function mismatch(thread: Thread, draft: MismatchDraft): Mismatch {
  const amount = draft.moneyAtRisk;
  return {
    id: mismatchId(draft.type, thread.key, draft.lineKey),
    type: draft.type,
    threadKey: thread.key,
    lineKey: draft.lineKey,
    partner: draft.partner !== undefined ? draft.partner : thread.partner,
    severity: draft.severity,
    owner: draft.owner,
    chargebackRisk: draft.chargebackRisk ?? false,
    summary: draft.summary,
    expected: draft.expected,
    actual: draft.actual,
    evidence: draft.evidence,
    moneyAtRisk: amount && compareDecimals(amount, '0') !== 0 ? { amount, currency: draft.currency ?? null } : null,
  };
}
