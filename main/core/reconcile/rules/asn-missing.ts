/** A warehouse shipment no ASN tells the partner about, once `asnWithinHours` have passed since it shipped. */
import { evidenceList } from '../evidence.js';
import { instantValue, noValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { at, deadline, valueOf } from './common.js';
import { mismatch, type Rule } from './rule.js';
import { pairShipments, shipTime } from './shipment-pairs.js';
import { addDecimals } from '../decimal.js';

export const asnMissing: Rule = {
  type: 'asn-missing',
  scope: 'order',
  evaluate(view) {
    const found: Mismatch[] = [];
    for (const { wms, asn } of pairShipments(view)) {
      if (asn) continue;
      const shipped = shipTime(wms);
      if (Number.isNaN(shipped)) continue;
      const due = deadline(shipped, view.settings.asnWithinHours);
      if (view.now <= due) continue;
      let value: string | null = null;
      for (const total of view.matcher.totals(view.shipmentLinesOf([wms])).values()) {
        const lineValue = total.comparable ? valueOf(view.matcher.orderLine(total.key), total.quantity) : null;
        if (lineValue !== null) value = value === null ? lineValue : addDecimals(value, lineValue);
      }
      const name = wms.document.shipmentNumber ?? wms.document.asnNumber ?? wms.key;
      found.push(
        mismatch(view.thread, {
          type: 'asn-missing',
          lineKey: `shipment:${name}`,
          severity: 'high',
          owner: 'edi',
          chargebackRisk: true,
          summary: `Warehouse shipment ${name} left on ${at(shipped).slice(0, 10)} and no ASN was sent within ${view.settings.asnWithinHours} h`,
          expected: instantValue(`ASN by ${at(due)}`, at(due)),
          actual: noValue('no ASN'),
          evidence: evidenceList([wms, ...(view.referenceOrder ? [view.referenceOrder] : [])]),
          moneyAtRisk: value,
          currency: view.currency,
        }),
      );
    }
    return found;
  },
};
