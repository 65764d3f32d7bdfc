/** An ASN sent more than `asnWithinHours` after the goods shipped (retailers charge back late ASNs). */
import { evidenceList } from '../evidence.js';
import { instantValue } from '../measure.js';
import type { Mismatch } from '../types.js';
import { timeOf, type Entry } from '../view.js';
import type { Shipment } from '../../canonical/index.js';
import { at, deadline } from './common.js';
import { mismatch, type Rule } from './rule.js';
import { pairShipments, shipTime } from './shipment-pairs.js';

function hasShipDate(document: Shipment): boolean {
  for (const date of document.dates ?? []) if (date.qualifier === 'ship') return true;
  return false;
}

export const asnLate: Rule = {
  type: 'asn-late',
  scope: 'order',
  evaluate(view) {
    const found: Mismatch[] = [];
    const pairs = pairShipments(view);
    for (const asn of view.asns) {
      let wms: Entry<Shipment> | undefined;
      for (const pair of pairs) {
        if (pair.asn === asn) {
          wms = pair.wms;
          break;
        }
      }
      const shipped = wms ? shipTime(wms) : shipTime(asn);
      // the ASN's own date without a ship date is not a ship time: nothing to measure against
      const ownShipDate = hasShipDate(asn.document);
      if (Number.isNaN(shipped) || (!wms && !ownShipDate)) continue;
      const sent = timeOf(asn, 'start');
      if (Number.isNaN(sent)) continue;
      const due = deadline(shipped, view.settings.asnWithinHours);
      if (sent <= due) continue;
      const name = asn.document.asnNumber ?? asn.document.shipmentNumber ?? asn.key;
      found.push(
        mismatch(view.thread, {
          type: 'asn-late',
          lineKey: `asn:${name}`,
          severity: 'medium',
          owner: 'edi',
          chargebackRisk: true,
          summary: `ASN ${name} was sent ${((sent - shipped) / 3_600_000).toFixed(1)} h after shipping (SLA ${view.settings.asnWithinHours} h)`,
          expected: instantValue(`sent by ${at(due)}`, at(due)),
          actual: instantValue(`sent ${at(sent)}`, at(sent)),
          evidence: evidenceList([asn, ...(wms ? [wms] : [])]),
        }),
      );
    }
    return found;
  },
};
