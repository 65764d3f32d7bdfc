import { describe, expect, it } from 'vitest';
import { CARTON_LABELS, cartonsProblemsFirst, count, formatShipped, formatSscc, foundText, MATCH_LABELS } from './check-labels.js';

describe('shipment check labels', () => {
  it('tells every state by text and symbol, never by colour alone', () => {
    for (const label of [...Object.values(MATCH_LABELS), ...Object.values(CARTON_LABELS)]) {
      expect(label.text.length).toBeGreaterThan(2);
      expect(label.symbol).not.toBe('');
      expect(label.explain).toMatch(/\.$/);
    }
    expect(new Set(Object.values(MATCH_LABELS).map((label) => label.text)).size).toBe(5);
  });

  it('puts problem cartons first', () => {
    const carton = (sscc: string, match: 'matched' | 'differs' | 'only-wms') => ({ sscc, match, wms: null, asn: null });
    expect(cartonsProblemsFirst([carton('1', 'matched'), carton('3', 'differs'), carton('2', 'only-wms')]).map((each) => each.sscc)).toEqual(['2', '3', '1']);
  });

  it('formats an SSCC as printed and a ship time', () => {
    expect(formatSscc('006141411234567890')).toBe('0 0614141 123456789 0');
    expect(formatSscc('ABC')).toBe('ABC');
    expect(formatShipped('2026-11-28')).toBe('2026-11-28');
    expect(formatShipped(null)).toBe('—');
    expect(formatShipped('2026-11-28T09:30:00.000Z')).toMatch(/\d{2}.\d{2}/);
  });
});

describe('shipment check wording', () => {
  it('counts in the singular and the plural, and says what a scan was recognised as', () => {
    expect(count(1, 'carton')).toBe('1 carton');
    expect(count(3, 'carton')).toBe('3 cartons');
    expect(foundText({ kind: 'sscc', value: '006141411234567890' }, ']C100006141411234567890')).toBe('Found carton 0 0614141 123456789 0.');
    expect(foundText({ kind: 'asn', value: 'ASN-1' }, 'asn-1')).toBe('Found ASN ASN-1.');
    expect(foundText(undefined, 'X')).toBe('Showing X.');
  });
});
