import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFromCcyymmdd, dateFromEdifact, DateFormatError, dateFromX12, dateFromYymmdd, dateProblem, expandYear, withTime } from './dates.js';

describe('X12 dates and times', () => {
  it('reads CCYYMMDD as a day', () => {
    expect(dateFromCcyymmdd('20261127')).toEqual({ value: '2026-11-27', precision: 'day' });
    expect(dateFromCcyymmdd('20240229')).toEqual({ value: '2024-02-29', precision: 'day' });
  });

  it('refuses impossible or malformed days with the reason', () => {
    expect(() => dateFromCcyymmdd('20250229')).toThrow(/not a calendar day/);
    expect(() => dateFromCcyymmdd('19001329')).toThrow(/month 13/);
    expect(() => dateFromCcyymmdd('2026112')).toThrow(DateFormatError);
    expect(() => dateFromCcyymmdd('2026-11-2')).toThrow(DateFormatError);
  });

  it('puts YYMMDD in the century window around the reference year', () => {
    expect(dateFromYymmdd('261127', { referenceYear: 2026 })).toEqual({ value: '2026-11-27', precision: 'day' });
    expect(dateFromYymmdd('991231', { referenceYear: 2026 }).value).toBe('1999-12-31');
    expect(expandYear('76', 2026)).toBe('2076');
    expect(expandYear('77', 2026)).toBe('1977');
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 99 }), (reference, yy) => {
        const year = Number(expandYear(String(yy).padStart(2, '0'), reference));
        expect(year % 100).toBe(yy);
        expect(Math.abs(year - reference)).toBeLessThanOrEqual(50);
      }),
    );
  });

  it('adds HHMM and HHMMSS(DD) times at their precision', () => {
    expect(dateFromX12('20261127', '1430')).toEqual({ value: '2026-11-27T14:30', precision: 'minute' });
    expect(dateFromX12('20261127', '143005')).toEqual({ value: '2026-11-27T14:30:05', precision: 'second' });
    expect(dateFromX12('20261127', '14300512')).toEqual({ value: '2026-11-27T14:30:05', precision: 'second' });
    expect(withTime({ value: '2026-11-27', precision: 'day', timeZone: 'America/Chicago' }, '0900')).toEqual({ value: '2026-11-27T09:00', precision: 'minute', timeZone: 'America/Chicago' });
    expect(() => dateFromX12('20261127', '2460')).toThrow(/time of day/);
    expect(() => dateFromX12('20261127', '930')).toThrow(DateFormatError);
    expect(() => withTime({ value: '2026-11', precision: 'month' }, '0900')).toThrow(/day-precision/);
  });
});

describe('EDIFACT DTM formats', () => {
  it('reads 102, 203, 204, 205, 101, 602, 610', () => {
    expect(dateFromEdifact('20261127', '102')).toEqual({ value: '2026-11-27', precision: 'day' });
    expect(dateFromEdifact('20261127')).toEqual({ value: '2026-11-27', precision: 'day' });
    expect(dateFromEdifact('202611271430', '203')).toEqual({ value: '2026-11-27T14:30', precision: 'minute' });
    expect(dateFromEdifact('20261127143005', '204')).toEqual({ value: '2026-11-27T14:30:05', precision: 'second' });
    expect(dateFromEdifact('20261127143005+0100', '205')).toEqual({ value: '2026-11-27T14:30:05+01:00', precision: 'second' });
    expect(dateFromEdifact('2026', '602')).toEqual({ value: '2026', precision: 'year' });
    expect(dateFromEdifact('202611', '610')).toEqual({ value: '2026-11', precision: 'month' });
    expect(dateFromEdifact('2611271430', '201').precision).toBe('minute');
  });

  it('names the format when the value does not fit it, and refuses formats it cannot hold', () => {
    expect(() => dateFromEdifact('2026112714', '203')).toThrow(/format 203/);
    expect(() => dateFromEdifact('20261127', '203')).toThrow(/format 203/);
    expect(() => dateFromEdifact('202611', '102')).toThrow(/format 102/);
    expect(() => dateFromEdifact('202613', '610')).toThrow(/month 13/);
    expect(() => dateFromEdifact('20261127-20261130', '718')).toThrow(/718 is not supported/);
    expect(() => dateFromEdifact('20261127143005+1500', '205')).toThrow(/out of range/);
  });
});

describe('dateProblem', () => {
  it('checks text against its precision', () => {
    expect(dateProblem('2026-11-27T14:30Z', 'minute')).toBeNull();
    expect(dateProblem('2026-11-27T14:30:00-05:00', 'second')).toBeNull();
    expect(dateProblem('2026-11-27', 'minute')).toMatch(/ISO-8601 minute/);
    expect(dateProblem('2026-11-27T14:30', 'day')).toMatch(/ISO-8601 day/);
    expect(dateProblem('2026-00', 'month')).toMatch(/month 0/);
    expect(dateProblem('2100-02-29', 'day')).toMatch(/calendar day/);
    expect(dateProblem('2000-02-29', 'day')).toBeNull();
  });

  it('agrees with the JavaScript calendar for every day-precision value it builds', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const digits = date.toISOString().slice(0, 10).replaceAll('-', '');
        expect(dateFromCcyymmdd(digits).value).toBe(date.toISOString().slice(0, 10));
      }),
    );
  });
});
