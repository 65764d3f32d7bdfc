/** The credits for a return vs the returned goods' value (quantity × price), beyond the partner's `moneyAmount` allowance. */
import { addDecimals } from '../decimal.js';
import { evidenceList } from '../evidence.js';
import { amountWithin, difference, moneyValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { creditAmount, creditsFor, returnedValue } from './returns.js';
import { mismatch, type Rule } from './rule.js';

export const creditAmountMismatch: Rule = {
  type: 'credit-amount-mismatch',
  scope: 'order',
  evaluate(view) {
    const found: Mismatch[] = [];
    for (const ret of view.returns) {
      const credits = creditsFor(view, ret);
      if (credits.length === 0) continue;
      const expected = returnedValue(view, ret.document);
      let credited: string | undefined = '0';
      for (const credit of credits) {
        const amount = creditAmount(credit.document);
        credited = credited === undefined || amount === undefined ? undefined : addDecimals(credited, amount);
      }
      if (expected === undefined || credited === undefined || amountWithin(expected, credited, view.settings.moneyAmount)) continue;
      const currency = credits[0]?.document.totals?.total?.currency ?? credits[0]?.document.currency ?? view.currency;
      found.push(
        mismatch(view.thread, {
          type: 'credit-amount-mismatch',
          lineKey: `return:${ret.document.returnNumber}`,
          severity: 'medium',
          owner: 'finance',
          summary: `Return ${ret.document.returnNumber} is worth ${expected}, credited ${credited}`,
          expected: moneyValue(expected, currency),
          actual: moneyValue(credited, currency),
          evidence: evidenceList([ret, ...credits]),
          moneyAtRisk: difference(expected, credited),
          currency,
        }),
      );
    }
    return found;
  },
};
