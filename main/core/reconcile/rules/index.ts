/** Every rule, one per mismatch type, in the order of MISMATCH_TYPES. */
import type { MismatchType } from '../types.js';
import { ackLineRejected } from './ack-line-rejected.js';
import { ackMissing } from './ack-missing.js';
import { ackOverdue } from './ack-overdue.js';
import { ackRejected } from './ack-rejected.js';
import { asnLate } from './asn-late.js';
import { asnMissing } from './asn-missing.js';
import { asnQtyVsWms } from './asn-qty-vs-wms.js';
import { controlNumberDuplicate } from './control-number-duplicate.js';
import { controlNumberGap } from './control-number-gap.js';
import { creditAmountMismatch } from './credit-amount-mismatch.js';
import { duplicatePo } from './duplicate-po.js';
import { erpOrderWithoutEdi } from './erp-order-without-edi.js';
import { invoicePriceVsPo } from './invoice-price-vs-po.js';
import { invoiceQtyVsShipped } from './invoice-qty-vs-shipped.js';
import { invoiceTotalMismatch } from './invoice-total-mismatch.js';
import { invoiceWithoutShipment } from './invoice-without-shipment.js';
import { orderMissingInErp } from './order-missing-in-erp.js';
import { overShipment } from './over-shipment.js';
import { oversellRisk } from './oversell-risk.js';
import { priceMismatch } from './price-mismatch.js';
import { qtyMismatch } from './qty-mismatch.js';
import { returnWithoutCredit } from './return-without-credit.js';
import type { Rule } from './rule.js';
import { underShipment } from './under-shipment.js';

export const RULES: Record<MismatchType, Rule> = {
  'order-missing-in-erp': orderMissingInErp,
  'erp-order-without-edi': erpOrderWithoutEdi,
  'duplicate-po': duplicatePo,
  'ack-missing': ackMissing,
  'ack-line-rejected': ackLineRejected,
  'price-mismatch': priceMismatch,
  'qty-mismatch': qtyMismatch,
  'asn-missing': asnMissing,
  'asn-qty-vs-wms': asnQtyVsWms,
  'over-shipment': overShipment,
  'under-shipment': underShipment,
  'asn-late': asnLate,
  'invoice-qty-vs-shipped': invoiceQtyVsShipped,
  'invoice-price-vs-po': invoicePriceVsPo,
  'invoice-without-shipment': invoiceWithoutShipment,
  'invoice-total-mismatch': invoiceTotalMismatch,
  'oversell-risk': oversellRisk,
  'return-without-credit': returnWithoutCredit,
  'credit-amount-mismatch': creditAmountMismatch,
  'control-number-duplicate': controlNumberDuplicate,
  'control-number-gap': controlNumberGap,
  'ack-rejected': ackRejected,
  'ack-overdue': ackOverdue,
};

export type { Rule } from './rule.js';
