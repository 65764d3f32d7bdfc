import { describe, expect, it } from 'vitest';
import { decodeTryton, encodeDatetime, normaliseDecimal } from './values.js';

describe('Tryton JSON-RPC values', () => {
  it('decodes Decimal, date and datetime tags anywhere, including inside nested "field." objects and lists', () => {
    const wire = {
      total_amount: { __class__: 'Decimal', decimal: '285.00' },
      sale_date: { __class__: 'date', year: 2026, month: 11, day: 8 },
      write_date: null,
      create_date: { __class__: 'datetime', year: 2026, month: 1, day: 2, hour: 3, minute: 4, second: 5, microsecond: 60 },
      'lines.': [{ unit_price: { __class__: 'Decimal', decimal: '12.50' }, 'product.': { code: 'SKU-1001', id: 1 } }],
    };
    expect(decodeTryton(wire)).toEqual({
      total_amount: '285.00',
      sale_date: '2026-11-08',
      write_date: null,
      create_date: '2026-01-02T03:04:05.000060Z',
      'lines.': [{ unit_price: '12.50', 'product.': { code: 'SKU-1001', id: 1 } }],
    });
  });

  it('always writes six fraction digits so instants compare correctly as text', () => {
    const whole = decodeTryton({ __class__: 'datetime', year: 2026, month: 11, day: 28, hour: 3, minute: 58, second: 5, microsecond: 0 }) as string;
    const later = decodeTryton({ __class__: 'datetime', year: 2026, month: 11, day: 28, hour: 3, minute: 58, second: 5, microsecond: 123456 }) as string;
    expect(whole).toBe('2026-11-28T03:58:05.000000Z');
    expect(whole < later).toBe(true);
  });

  it("turns Python's exponent forms into plain decimal text", () => {
    expect(normaliseDecimal('1E+1')).toBe('10');
    expect(normaliseDecimal('0E-10')).toBe('0.0000000000');
    expect(normaliseDecimal('-2.50E-1')).toBe('-0.250');
    expect(normaliseDecimal('1.5E+3')).toBe('1500');
    expect(normaliseDecimal('12.50')).toBe('12.50');
  });

  it('encodes an ISO instant as a tagged datetime keeping microseconds, and decoding returns it', () => {
    const iso = '2026-11-28T03:58:09.627411Z';
    const tagged = encodeDatetime(iso);
    expect(tagged).toMatchObject({ __class__: 'datetime', year: 2026, month: 11, day: 28, hour: 3, minute: 58, second: 9, microsecond: 627411 });
    expect(decodeTryton(tagged)).toBe(iso);
    expect(() => encodeDatetime('yesterday')).toThrow(/not an ISO instant/);
  });
});
