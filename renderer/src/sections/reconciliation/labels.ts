/**
 * The reconciliation vocabulary as the review screens show it. The renderer may not load runtime code from main/,
 * so the lists are copied here; labels.test.ts compares them with the core's so they cannot drift apart.
 */
import type { MismatchStatus, MismatchType, Owner, ResolutionReason, Severity } from './recon-types.js';

export const MISMATCH_TYPE_LABELS: Record<MismatchType, string> = {
  'order-missing-in-erp': 'Order missing in ERP',
  'erp-order-without-edi': 'ERP order without EDI',
  'duplicate-po': 'Duplicate PO',
  'ack-missing': 'Ack missing',
  'ack-line-rejected': 'Ack line rejected',
  'price-mismatch': 'Price mismatch',
  'qty-mismatch': 'Quantity mismatch',
  'asn-missing': 'ASN missing',
  'asn-qty-vs-wms': 'ASN quantity vs WMS',
  'over-shipment': 'Over-shipment',
  'under-shipment': 'Under-shipment',
  'asn-late': 'ASN late',
  'invoice-qty-vs-shipped': 'Invoice quantity vs shipped',
  'invoice-price-vs-po': 'Invoice price vs PO',
  'invoice-without-shipment': 'Invoice without shipment',
  'invoice-total-mismatch': 'Invoice total mismatch',
  'oversell-risk': 'Oversell risk',
  'return-without-credit': 'Return without credit',
  'credit-amount-mismatch': 'Credit amount mismatch',
  'control-number-duplicate': 'Control number duplicate',
  'control-number-gap': 'Control number gap',
  'ack-rejected': 'Ack rejected',
  'ack-overdue': 'Ack overdue',
};
export const MISMATCH_TYPES = Object.keys(MISMATCH_TYPE_LABELS) as MismatchType[];

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
export const OWNERS: readonly Owner[] = ['edi', 'warehouse', 'finance', 'sales'];
export const OWNER_LABELS: Record<Owner, string> = { edi: 'EDI', warehouse: 'Warehouse', finance: 'Finance', sales: 'Sales' };
export const STATUSES: readonly MismatchStatus[] = ['open', 'assigned', 'resolved', 'accepted'];
export const CHANNELS = ['edi', 'ecommerce', 'marketplace', 'field-sales', 'portal'] as const;

/** What a person may pick when resolving; 'data-corrected' is the system's own (new data made it go away). */
export type UserResolutionReason = Exclude<ResolutionReason, 'data-corrected'>;
export const RESOLUTION_REASON_LABELS: Record<UserResolutionReason, string> = {
  'corrected-in-erp': 'Corrected in the ERP',
  'corrected-in-wms': 'Corrected in the WMS',
  'corrected-by-partner': 'Corrected by the partner',
  'partner-informed': 'Partner informed',
  duplicate: 'Duplicate',
  'chargeback-disputed': 'Chargeback disputed',
  'no-action-needed': 'No action needed',
  other: 'Other',
};
export const USER_RESOLUTION_REASONS = Object.keys(RESOLUTION_REASON_LABELS) as UserResolutionReason[];

export const reasonLabel = (reason: ResolutionReason): string => (reason === 'data-corrected' ? 'Data corrected (by new data)' : RESOLUTION_REASON_LABELS[reason]);

export const STEP_LABELS: Record<string, string> = {
  order: 'Order',
  'erp-order': 'ERP order',
  ack: 'Ack',
  'wms-shipment': 'WMS shipment',
  asn: 'Ship notice',
  invoice: 'Invoice',
  'erp-invoice': 'ERP invoice',
  return: 'Return',
  credit: 'Credit',
  stock: 'Stock',
  control: 'Control numbers',
};

export const COLUMN_LABELS: Record<string, string> = { ...STEP_LABELS, order: 'Partner order' };

/** How long ago, in words a reviewer scans: '45 min', '5 h', '3 d'. */
export function ageText(since: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
  if (!Number.isFinite(minutes)) return '—';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / 1440)} d`;
}

export function moneyText(money: { amount: string; currency: string | null } | null): string {
  if (!money) return '';
  const value = Number(money.amount);
  const shown = Number.isFinite(value) ? value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : money.amount;
  return money.currency ? `${shown} ${money.currency}` : shown;
}
