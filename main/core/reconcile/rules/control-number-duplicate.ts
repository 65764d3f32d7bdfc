/** A control number used more than once in one partner's sequence (a resent file, or a sender reusing numbers). */
import { countValue, textValue } from '../measure.js';
import type { ControlNumberFact, Mismatch } from '../types.js';
import { mismatch, type Rule } from './rule.js';

export const controlNumberDuplicate: Rule = {
  type: 'control-number-duplicate',
  scope: 'control-number',
  evaluate(thread) {
    const found: Mismatch[] = [];
    for (const fact of thread.facts) {
      if (fact.kind !== 'control-number-fact' || fact.finding !== 'duplicate' || !fact.controlNumber) continue;
      const uses = fact.occurrenceCount ?? Math.max(fact.fileIds.length, 2);
      found.push(
        mismatch(thread, {
          type: 'control-number-duplicate',
          lineKey: null,
          // an inbound duplicate may be processed twice (a doubled order); ours only confuses the partner
          severity: fact.direction === 'inbound' ? 'high' : 'medium',
          owner: 'edi',
          summary: `${label(fact)} control number ${fact.controlNumber} used ${uses} times`,
          expected: textValue(`control number ${fact.controlNumber} used once`),
          actual: countValue(uses, 'uses'),
          evidence: [{ label: `${label(fact)} ${fact.controlNumber}: files ${fact.fileIds.join(', ')}`, source: { kind: 'ledger', fileIds: [...fact.fileIds], documentIds: [...fact.documentIds] } }],
          moneyAtRisk: null,
        }),
      );
    }
    return found;
  },
};

export function label(fact: ControlNumberFact): string {
  return `${fact.direction} ${fact.level}`;
}
