/**
 * One of our groups the partner has not acknowledged by its due time. As in main/core/acks/status.ts, a group is
 * overdue from the instant it is due (dueAt ≤ now), decided against `now` rather than a stored status.
 */
import { instantValue, noValue } from '../measure.js';
import { parseInstant } from '../time.js';
import type { Mismatch } from '../types.js';
import { ackEvidence } from './ack-rejected.js';
import { mismatch, type Rule } from './rule.js';

export const ackOverdue: Rule = {
  type: 'ack-overdue',
  scope: 'ack',
  evaluate(thread, context) {
    const found: Mismatch[] = [];
    const now = parseInstant(context.now);
    for (const fact of thread.facts) {
      if (fact.kind !== 'ack-fact') continue;
      const due = parseInstant(fact.dueAt);
      const overdue = fact.status === 'overdue' || (fact.status === 'pending' && !Number.isNaN(due) && due <= now);
      if (!overdue) continue;
      found.push(
        mismatch(thread, {
          type: 'ack-overdue',
          lineKey: null,
          severity: 'medium',
          owner: 'edi',
          chargebackRisk: fact.functionalId === 'SH',
          summary: `No acknowledgment of our ${fact.functionalId} group ${fact.groupControl} since ${fact.sentAt} (due ${fact.dueAt})`,
          expected: instantValue(`acknowledged by ${fact.dueAt}`, fact.dueAt),
          actual: noValue('no acknowledgment'),
          evidence: ackEvidence(fact),
        }),
      );
    }
    return found;
  },
};
