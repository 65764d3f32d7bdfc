/**
 * The partner's 997/999/CONTRL rejected one of our groups, or accepted it with errors and rejected some of its sets.
 * A rejected ship notice (GS01 SH) or invoice (IN) is a chargeback or a payment delay.
 */
import { textValue } from '../measure.js';
import type { AckFact, Evidence, Mismatch } from '../types.js';
import { mismatch, type Rule } from './rule.js';

const CHARGEBACK_GROUPS = new Set(['SH', 'IN', 'PR']);

function evidenceOf(fact: AckFact): Evidence[] {
  return [{ label: `our ${fact.functionalId} group ${fact.groupControl} (interchange ${fact.interchangeControl})`, source: { kind: 'ack-group', groupId: fact.groupId, fileId: fact.fileId, ackDocumentId: fact.ackDocumentId ?? null } }];
}

export const ackRejected: Rule = {
  type: 'ack-rejected',
  scope: 'ack',
  evaluate(thread) {
    const found: Mismatch[] = [];
    for (const fact of thread.facts) {
      if (fact.kind !== 'ack-fact') continue;
      const chargebackRisk = CHARGEBACK_GROUPS.has(fact.functionalId);
      if (fact.status === 'rejected') {
        found.push(
          mismatch(thread, {
            type: 'ack-rejected',
            lineKey: 'group',
            severity: 'high',
            owner: 'edi',
            chargebackRisk,
            summary: `${fact.partnerName ?? `Partner ${fact.partnerId}`} rejected our ${fact.functionalId} group ${fact.groupControl}`,
            expected: textValue('group accepted'),
            actual: textValue('group rejected'),
            evidence: evidenceOf(fact),
          }),
        );
        continue;
      }
      if (fact.status !== 'accepted-with-errors') continue;
      for (const set of fact.rejectedTransactions ?? []) {
        found.push(
          mismatch(thread, {
            type: 'ack-rejected',
            lineKey: `set:${set.controlNumber}`,
            severity: 'high',
            owner: 'edi',
            chargebackRisk,
            summary: `${fact.partnerName ?? `Partner ${fact.partnerId}`} rejected our ${set.type} ${set.controlNumber} in group ${fact.groupControl}`,
            expected: textValue(`${set.type} ${set.controlNumber} accepted`),
            actual: textValue(`rejected${set.codes.length ? ` (${set.codes.join(', ')})` : ''}`),
            evidence: evidenceOf(fact),
          }),
        );
      }
    }
    return found;
  },
};

export { evidenceOf as ackEvidence };
