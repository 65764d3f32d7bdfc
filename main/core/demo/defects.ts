/**
 * The mismatches the demo plants: each names the partner it happens to, the mismatch type the engine must report,
 * and a sentence a new user reads in the manifest. Every one of the 23 types appears at least once.
 */
import type { MismatchType } from '../reconcile/types.js';
import type { PartnerKey } from './cast.js';

export type DefectName =
  | 'not-in-erp'
  | 'erp-only'
  | 'erp-entered-twice'
  | 'no-order-ack'
  | 'ack-rejects-line'
  | 'erp-price'
  | 'erp-quantity'
  | 'no-asn'
  | 'asn-carton-differs'
  | 'shipped-too-much'
  | 'shipped-too-little'
  | 'asn-sent-late'
  | 'invoiced-more-than-shipped'
  | 'invoice-price'
  | 'invoice-before-shipping'
  | 'invoice-total'
  | 'told-too-much-stock'
  | 'return-not-credited'
  | 'credit-wrong-amount'
  | 'control-number-reused'
  | 'control-numbers-skipped'
  | 'group-rejected'
  | 'no-functional-ack';

export interface DefectSpec {
  name: DefectName;
  partner: PartnerKey;
  type: MismatchType;
  description: string;
  /** planted in a shipment that leaves on the day the demo is made (the shipment check lists only today's) */
  today?: true;
}

export const DEFECT_SPECS: DefectSpec[] = [
  { name: 'not-in-erp', partner: 'summit', type: 'order-missing-in-erp', description: 'The 850 arrived but nobody entered the sales order in the ERP' },
  { name: 'not-in-erp', partner: 'bricoland', type: 'order-missing-in-erp', description: 'The ORDERS arrived but the sales order is not in the ERP' },
  { name: 'erp-only', partner: 'freshway', type: 'erp-order-without-edi', description: 'An order phoned in and entered in the ERP; the EDI 850 never came' },
  { name: 'erp-entered-twice', partner: 'summit', type: 'duplicate-po', description: 'The same PO was entered in the ERP as two sales orders' },
  { name: 'no-order-ack', partner: 'summit', type: 'ack-missing', description: 'We never sent the 855 for this order' },
  { name: 'no-order-ack', partner: 'bricoland', type: 'ack-missing', description: 'We never sent the ORDRSP for this order' },
  { name: 'ack-rejects-line', partner: 'summit', type: 'ack-line-rejected', description: 'Our 855 rejected one line (ACK IR): the store will be short' },
  { name: 'ack-rejects-line', partner: 'freshway', type: 'ack-line-rejected', description: 'Our 855 rejected a discontinued line; the rest shipped' },
  { name: 'erp-price', partner: 'summit', type: 'price-mismatch', description: 'The ERP price per each does not match the PO price per case (CA = 12 EA)' },
  { name: 'erp-price', partner: 'freshway', type: 'price-mismatch', description: 'The ERP has last year\'s price, beyond the 0.5 % tolerance' },
  { name: 'erp-quantity', partner: 'freshway', type: 'qty-mismatch', description: 'The ERP order says more eaches than the PO ordered' },
  { name: 'erp-quantity', partner: 'bricoland', type: 'qty-mismatch', description: 'The ERP order has fewer pieces than the ORDERS' },
  { name: 'no-asn', partner: 'summit', type: 'asn-missing', description: 'The warehouse shipped but no 856 went out' },
  { name: 'asn-carton-differs', partner: 'summit', type: 'asn-qty-vs-wms', description: 'One carton on the 856 holds one case more than the warehouse packed' },
  { name: 'asn-carton-differs', partner: 'bricoland', type: 'asn-qty-vs-wms', description: 'One carton on the DESADV disagrees with the warehouse' },
  { name: 'asn-carton-differs', partner: 'freshway', type: 'asn-qty-vs-wms', today: true, description: 'Shipped today: one carton on the 856 holds more than the warehouse packed (scan it in the shipment check)' },
  { name: 'shipped-too-much', partner: 'freshway', type: 'over-shipment', description: 'The warehouse shipped more eaches than ordered' },
  { name: 'shipped-too-little', partner: 'summit', type: 'under-shipment', description: 'Shipped and invoiced two cases short, no backorder promised' },
  { name: 'asn-sent-late', partner: 'summit', type: 'asn-late', description: 'The 856 went out three days after the truck left' },
  { name: 'asn-sent-late', partner: 'bricoland', type: 'asn-late', description: 'The DESADV went out two days after shipping' },
  { name: 'invoiced-more-than-shipped', partner: 'freshway', type: 'invoice-qty-vs-shipped', description: 'The 810 bills more eaches than the warehouse shipped' },
  { name: 'invoice-price', partner: 'bricoland', type: 'invoice-price-vs-po', description: 'The INVOIC line price is 10 % above the ORDERS price' },
  { name: 'invoice-before-shipping', partner: 'summit', type: 'invoice-without-shipment', description: 'An 810 went out for an order nothing has shipped for' },
  { name: 'invoice-total', partner: 'summit', type: 'invoice-total-mismatch', description: 'The 810 total (TDS) is 10.00 more than its lines' },
  { name: 'invoice-total', partner: 'bricoland', type: 'invoice-total-mismatch', description: 'The INVOIC total (MOA 77) is 25.00 more than its lines' },
  { name: 'told-too-much-stock', partner: 'summit', type: 'oversell-risk', description: 'Our latest 846 told Summit more was available than the ERP and WMS hold' },
  { name: 'return-not-credited', partner: 'summit', type: 'return-without-credit', description: 'A return was received in the warehouse a week ago and never credited' },
  { name: 'credit-wrong-amount', partner: 'summit', type: 'credit-amount-mismatch', description: 'The ERP credit for a 180 return is short of the returned goods' },
  { name: 'control-number-reused', partner: 'freshway', type: 'control-number-duplicate', description: 'FreshWay reused an interchange control number (ISA13) in a later file' },
  { name: 'control-numbers-skipped', partner: 'summit', type: 'control-number-gap', description: 'Two of Summit\'s interchanges never arrived (ISA13 jumps)' },
  { name: 'group-rejected', partner: 'summit', type: 'ack-rejected', description: 'Summit\'s 997 rejected our 810 group' },
  { name: 'group-rejected', partner: 'bricoland', type: 'ack-rejected', description: 'Bricoland\'s CONTRL rejected our DESADV interchange' },
  { name: 'no-functional-ack', partner: 'freshway', type: 'ack-overdue', description: 'FreshWay never acknowledged our 856 group' },
];

/** One planted defect in the manifest: what the reconciliation must report, and where. */
export interface PlantedDefect {
  id: string;
  name: DefectName;
  type: MismatchType;
  partner: string;
  partnerId: number;
  threadKey: string;
  poNumber: string | null;
  description: string;
}

export interface DemoManifest {
  format: 'crossdock-demo/1';
  seed: number;
  now: string;
  partners: { key: PartnerKey; id: number; name: string; standard: string; version: string }[];
  counts: { orders: number; ediFiles: number; erpRecords: number; wmsRecords: number };
  /** the orders planned to ship on the creation day (day null: it had just begun, they left the evening before) */
  shippedToday: { day: string | null; threadKeys: string[] };
  defects: PlantedDefect[];
}
