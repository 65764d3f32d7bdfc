/**
 * The business ids a coordinator searches by (PO, ASN, invoice, shipment numbers), the document's date and its
 * amount, read from the few header segments that carry them in each supported transaction type.
 */
import { elementValue, type Segment } from '../../../parsers/index.js';

export interface BusinessKeys {
  poNumber: string | null;
  /** the document's own number: ASN/shipment id, invoice number, ack or order response number */
  reference: string | null;
  /** as sent: CCYYMMDD / YYMMDD (X12) or the DTM value (EDIFACT) */
  documentDate: string | null;
  /** decimal string, never a float */
  amount: string | null;
}

const none = (): BusinessKeys => ({ poNumber: null, reference: null, documentDate: null, amount: null });
const orNull = (value: string): string | null => (value === '' ? null : value);

function first(segments: Segment[], tag: string, where?: (segment: Segment) => boolean): Segment | undefined {
  return segments.find((segment) => segment.tag === tag && (!where || where(segment)));
}

/** TDS01 and similar N2 values carry two implied decimals: "123456" is 1234.56. */
export function impliedDecimal(value: string, places: number): string | null {
  if (!/^-?\d+$/.test(value)) return null;
  const negative = value.startsWith('-');
  const digits = (negative ? value.slice(1) : value).padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places).replace(/^0+(?=\d)/, '');
  return `${negative ? '-' : ''}${whole}.${digits.slice(digits.length - places)}`;
}

export function x12BusinessKeys(type: string, segments: Segment[]): BusinessKeys {
  const keys = none();
  const value = (tag: string, position: number) => {
    const segment = first(segments, tag);
    return segment ? orNull(elementValue(segment, position)) : null;
  };
  switch (type) {
    case '850':
      return { ...keys, poNumber: value('BEG', 3), documentDate: value('BEG', 5) };
    case '855':
      return { ...keys, poNumber: value('BAK', 3), documentDate: value('BAK', 4), reference: value('BAK', 8) };
    case '860':
      return { ...keys, poNumber: value('BCH', 3), documentDate: value('BCH', 6) };
    case '856':
      return { ...keys, reference: value('BSN', 2), documentDate: value('BSN', 3), poNumber: value('PRF', 1) };
    case '810': {
      const total = value('TDS', 1);
      return { poNumber: value('BIG', 4), reference: value('BIG', 2), documentDate: value('BIG', 1), amount: total === null ? null : impliedDecimal(total, 2) };
    }
    case '846':
      return { ...keys, reference: value('BIA', 3), documentDate: value('BIA', 4) };
    case '940':
      return { ...keys, reference: value('W05', 2), poNumber: value('W05', 3) };
    case '945':
      return { ...keys, reference: value('W06', 2), documentDate: value('W06', 3), poNumber: value('W06', 6) };
    case '180':
      return { ...keys, reference: value('BGN', 2), documentDate: value('BGN', 3) };
    case '997':
    case '999':
      return { ...keys, reference: value('AK1', 2) };
    default:
      return keys;
  }
}

export function edifactBusinessKeys(type: string, segments: Segment[]): BusinessKeys {
  const bgm = first(segments, 'BGM');
  const documentNumber = bgm ? orNull(elementValue(bgm, 2, 1)) : null;
  const orderReference = first(segments, 'RFF', (segment) => elementValue(segment, 1, 1) === 'ON');
  const documentDate = first(segments, 'DTM', (segment) => elementValue(segment, 1, 1) === '137');
  const keys: BusinessKeys = {
    poNumber: orderReference ? orNull(elementValue(orderReference, 1, 2)) : null,
    reference: documentNumber,
    documentDate: documentDate ? orNull(elementValue(documentDate, 1, 2)) : null,
    amount: null,
  };
  if (type === 'ORDERS' || type === 'ORDCHG') return { ...keys, poNumber: documentNumber };
  if (type === 'INVOIC') {
    const total = first(segments, 'MOA', (segment) => ['77', '86', '39'].includes(elementValue(segment, 1, 1)));
    return { ...keys, amount: total ? orNull(elementValue(total, 1, 2).replace(',', '.')) : null };
  }
  if (type === 'CONTRL' || type === 'APERAK') {
    const uci = first(segments, 'UCI');
    return { ...keys, reference: uci ? orNull(elementValue(uci, 1)) : documentNumber };
  }
  return keys;
}
