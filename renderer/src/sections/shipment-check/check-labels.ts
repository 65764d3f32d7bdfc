/**
 * Words, symbols and tones for match states. Every state is told by text and a symbol as well as colour: staff may
 * not tell red from green, and a shared screen is read from a distance.
 */
import type { CartonComparison, ShipmentMatch } from '../../../../main/core/reconcile-store/types.js';

export type Tone = 'good' | 'bad' | 'warn' | 'neutral';

export interface BadgeLabel {
  text: string;
  symbol: string;
  tone: Tone;
  /** one sentence for the screen reader and the tooltip */
  explain: string;
}

export const MATCH_LABELS: Record<ShipmentMatch, BadgeLabel> = {
  matched: { text: 'Matched', symbol: '✓', tone: 'good', explain: 'The warehouse shipment, the ASN and the order agree.' },
  mismatch: { text: 'Mismatch', symbol: '✕', tone: 'bad', explain: 'The warehouse shipment and the ASN (or the order) disagree.' },
  'asn-missing': { text: 'ASN missing', symbol: '!', tone: 'warn', explain: 'The goods left but no ASN was sent, and it is overdue.' },
  'wms-missing': { text: 'Not in WMS', symbol: '!', tone: 'warn', explain: 'An ASN was sent but the warehouse system has no shipment for it.' },
  pending: { text: 'Pending', symbol: '…', tone: 'neutral', explain: 'Not checked yet, or the ASN is not due yet.' },
};

export const CARTON_LABELS: Record<CartonComparison['match'], BadgeLabel> = {
  matched: { text: 'Same', symbol: '✓', tone: 'good', explain: 'The carton holds what the ASN says.' },
  differs: { text: 'Differs', symbol: '✕', tone: 'bad', explain: 'The carton holds something other than what the ASN says.' },
  'only-wms': { text: 'Not on ASN', symbol: '!', tone: 'bad', explain: 'The warehouse shipped this carton but the ASN does not list it.' },
  'only-asn': { text: 'Not shipped', symbol: '!', tone: 'bad', explain: 'The ASN lists this carton but the warehouse did not ship it.' },
};

/** Problem cartons first, then the rest, each in SSCC order. */
export function cartonsProblemsFirst(cartons: readonly CartonComparison[]): CartonComparison[] {
  return [...cartons].sort((a, b) => Number(a.match === 'matched') - Number(b.match === 'matched') || a.sscc.localeCompare(b.sscc));
}

/** An SSCC as printed under its barcode: (00) extension, company prefix and serial, check digit. */
export function formatSscc(sscc: string): string {
  return /^\d{18}$/.test(sscc) ? `${sscc.slice(0, 1)} ${sscc.slice(1, 8)} ${sscc.slice(8, 17)} ${sscc.slice(17)}` : sscc;
}

/** '2026-11-28T09:30:00.000Z' → local time '09:30'; a day without a time stays as written. */
export function formatShipped(at: string | null, locale?: string): string {
  if (!at) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/** '1 carton', '3 cartons'. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What the screen says it found: the scanned carton, or the number that named the shipment. */
export function foundText(foundBy: { kind: 'asn' | 'shipment' | 'bill-of-lading' | 'sscc'; value: string } | undefined, query: string): string {
  if (!foundBy) return `Showing ${query}.`;
  const what = { asn: 'ASN', shipment: 'WMS shipment', 'bill-of-lading': 'bill of lading', sscc: 'carton' }[foundBy.kind];
  return `Found ${what} ${foundBy.kind === 'sscc' ? formatSscc(foundBy.value) : foundBy.value}.`;
}
