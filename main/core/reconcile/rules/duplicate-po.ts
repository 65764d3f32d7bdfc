/**
 * The same PO twice: two original orders from the partner (a resend in a new file), or two ERP orders carrying the
 * same customer PO. Replacements, changes, cancellations and orders the partner marks as duplicates are not counted.
 */
import { evidenceList } from '../evidence.js';
import { countValue } from '../measure.js';
import { orderValue } from './common.js';
import { mismatch, type Rule } from './rule.js';

const NOT_AN_ORIGINAL = new Set(['replace', 'change', 'cancel', 'confirmation', 'duplicate', 'test']);

export const duplicatePo: Rule = {
  type: 'duplicate-po',
  scope: 'order',
  evaluate(view) {
    const found = [];
    const originals = view.purchaseOrders.filter((entry) => !NOT_AN_ORIGINAL.has(entry.document.purpose ?? 'original'));
    const po = view.thread.poNumbers[0] ?? originals[0]?.document.poNumber ?? '';
    if (originals.length > 1) {
      found.push(
        mismatch(view.thread, {
          type: 'duplicate-po',
          lineKey: 'partner',
          severity: 'high',
          owner: 'edi',
          summary: `PO ${po} arrived ${originals.length} times as an original order`,
          expected: countValue(1, 'original order'),
          actual: countValue(originals.length, 'original orders'),
          evidence: evidenceList(originals),
          moneyAtRisk: orderValue(view),
          currency: view.currency,
        }),
      );
    }
    // two numbers need two orders: most threads have one
    const erpNumbers = view.erpOrders.length > 1 ? new Set(view.erpOrders.map((entry) => entry.document.orderNumber ?? entry.key)) : undefined;
    if (erpNumbers && erpNumbers.size > 1) {
      found.push(
        mismatch(view.thread, {
          type: 'duplicate-po',
          lineKey: 'erp',
          severity: 'high',
          owner: 'sales',
          summary: `PO ${po} was entered in the ERP as ${erpNumbers.size} orders (${[...erpNumbers].sort().join(', ')})`,
          expected: countValue(1, 'ERP order'),
          actual: countValue(erpNumbers.size, 'ERP orders'),
          evidence: evidenceList(view.erpOrders),
          moneyAtRisk: orderValue(view),
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
