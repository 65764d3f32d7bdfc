/** A received return with no credit once `creditWithinHours` have passed since it was received. */
import { evidenceOf } from '../evidence.js';
import { instantValue, noValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { eventTime, timeOf } from '../view.js';
import { at, deadline } from './common.js';
import { creditsFor, returnedValue } from './returns.js';
import { mismatch, type Rule } from './rule.js';

const RECEIVED = new Set(['received', 'closed']);

export const returnWithoutCredit: Rule = {
  type: 'return-without-credit',
  scope: 'order',
  evaluate(view) {
    const found: Mismatch[] = [];
    for (const ret of view.returns) {
      if (!RECEIVED.has(ret.document.status ?? '') || creditsFor(view, ret).length > 0) continue;
      const receiptDate = eventTime(ret.document, 'receipt', 'end');
      const received = Number.isNaN(receiptDate) ? timeOf(ret, 'end') : receiptDate;
      if (Number.isNaN(received)) continue;
      const due = deadline(received, view.settings.creditWithinHours);
      if (view.now <= due) continue;
      found.push(
        mismatch(view.thread, {
          type: 'return-without-credit',
          lineKey: `return:${ret.document.returnNumber}`,
          severity: 'medium',
          owner: 'finance',
          summary: `Return ${ret.document.returnNumber} was received and has no credit after ${view.settings.creditWithinHours} h`,
          expected: instantValue(`credit by ${at(due)}`, at(due)),
          actual: noValue('no credit'),
          evidence: [evidenceOf(ret)],
          moneyAtRisk: returnedValue(view, ret.document) ?? null,
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
