/**
 * Which ASN tells the partner about which warehouse shipment: same bill of lading, same shipment number, or an ASN
 * quoting the warehouse's shipment number in a reference. What is left pairs up in time order, so an ASN without any
 * shared key still covers one warehouse shipment.
 */
import type { Shipment } from '../../canonical/index.js';
import { eventTime, timeOf, type Entry, type ThreadView } from '../view.js';

function shareKey(asn: Shipment, wms: Shipment): boolean {
  if (asn.billOfLading && asn.billOfLading === wms.billOfLading) return true;
  if (asn.shipmentNumber && asn.shipmentNumber === wms.shipmentNumber) return true;
  return wms.shipmentNumber !== undefined && (asn.references ?? []).some((reference) => reference.value === wms.shipmentNumber);
}

export function pairShipments(view: ThreadView): { wms: Entry<Shipment>; asn: Entry<Shipment> | undefined }[] {
  return view.cachedPairs(() => computePairs(view));
}

type Pair = { wms: Entry<Shipment>; asn: Entry<Shipment> | undefined };

function inTime(a: Entry<Shipment>, b: Entry<Shipment>): number {
  return (shipTime(a) || 0) - (shipTime(b) || 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function computePairs(view: ThreadView): Pair[] {
  const taken = new Set<Entry<Shipment>>();
  const pairs: Pair[] = [];
  const warehouse = view.warehouseShipments.length > 1 ? [...view.warehouseShipments].sort(inTime) : view.warehouseShipments;
  const asns = view.asns.length > 1 ? [...view.asns].sort(inTime) : view.asns;
  for (const wms of warehouse) {
    let asn: Entry<Shipment> | undefined;
    for (const candidate of asns) {
      if (!taken.has(candidate) && shareKey(candidate.document, wms.document)) {
        asn = candidate;
        break;
      }
    }
    if (asn) taken.add(asn);
    pairs.push({ wms, asn });
  }
  for (const pair of pairs) {
    if (pair.asn) continue;
    const asn = asns.find((candidate) => !taken.has(candidate) && !warehouse.some((wms) => shareKey(candidate.document, wms.document)));
    if (asn) {
      taken.add(asn);
      pair.asn = asn;
    }
  }
  return pairs;
}

/** When the goods left: the shipment's ship date (its end, for a date without time), else its own date. */
export function shipTime(entry: Entry<Shipment>): number {
  const shipped = eventTime(entry.document, 'ship', 'end');
  return Number.isNaN(shipped) ? timeOf(entry, 'end') : shipped;
}
