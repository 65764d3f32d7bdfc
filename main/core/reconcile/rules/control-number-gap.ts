/** Control numbers missing from one partner's sequence: files that may never have arrived (or never left). */
import { countValue, textValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { label } from './control-number-duplicate.js';
import { mismatch, type Rule } from './rule.js';

export const controlNumberGap: Rule = {
  type: 'control-number-gap',
  scope: 'control-number',
  evaluate(thread) {
    const found: Mismatch[] = [];
    for (const fact of thread.facts) {
      if (fact.kind !== 'control-number-fact' || fact.finding !== 'gap' || !fact.range) continue;
      const count = fact.range.to - fact.range.from + 1;
      const missing = count === 1 ? `${fact.range.from}` : `${fact.range.from}–${fact.range.to}`;
      found.push(
        mismatch(thread, {
          type: 'control-number-gap',
          lineKey: null,
          severity: fact.direction === 'inbound' ? 'high' : 'medium',
          owner: 'edi',
          summary: `${label(fact)} control numbers ${missing} are missing (${count})`,
          expected: textValue(`an unbroken sequence through ${fact.range.to + 1}`),
          actual: { ...countValue(count, 'missing'), text: `missing ${missing}` },
          evidence: [{ label: `${label(fact)} numbers either side of the gap: files ${fact.fileIds.join(', ')}`, source: { kind: 'ledger', fileIds: [...fact.fileIds], documentIds: [...fact.documentIds] } }],
          moneyAtRisk: null,
        }),
      );
    }
    return found;
  },
};
