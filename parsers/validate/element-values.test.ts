import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDecimalDigits,
  countIntegerDigits,
  isCalendarDate,
  isClockTime,
  isPrintable,
} from './element-values.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The calendar as JavaScript's Date knows it (UTC, so no daylight-saving surprises). */
function realDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('calendar dates', () => {
  it('agrees with the real calendar for CCYYMMDD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        expect(isCalendarDate(`${pad(year, 4)}${pad(month, 2)}${pad(day, 2)}`)).toBe(realDate(year, month, day));
      }),
    );
  });

  it('reads YYMMDD in the 2000s for leap years', () => {
    expect(isCalendarDate('000229')).toBe(true);
    expect(isCalendarDate('240229')).toBe(true);
    expect(isCalendarDate('230229')).toBe(false);
    expect(isCalendarDate('2402290')).toBe(false);
  });
});

describe('clock times', () => {
  it('accepts HHMM, HHMMSS and decimal seconds on a 24-hour clock only', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 0, max: 69 }), fc.integer({ min: 0, max: 69 }), (hour, minute, second) => {
        const valid = hour <= 23 && minute <= 59;
        expect(isClockTime(`${pad(hour, 2)}${pad(minute, 2)}`)).toBe(valid);
        expect(isClockTime(`${pad(hour, 2)}${pad(minute, 2)}${pad(second, 2)}`)).toBe(valid && second <= 59);
        expect(isClockTime(`${pad(hour, 2)}${pad(minute, 2)}${pad(second, 2)}75`)).toBe(valid && second <= 59);
      }),
    );
    expect(isClockTime('12304')).toBe(false);
    expect(isClockTime('123045678')).toBe(false);
  });
});

describe('numbers', () => {
  it('counts integer digits without the sign and rejects anything else', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (value) => {
        const text = value.toString();
        expect(countIntegerDigits(text)).toBe(text.replace('-', '').length);
      }),
    );
    for (const bad of ['', '-', '+1', '1-', '1.0', ' 1', '1e3']) expect(countIntegerDigits(bad), bad).toBe(-1);
  });

  it('counts decimal digits without sign and mark, with at most one mark', () => {
    expect(countDecimalDigits('-12.50', '.', false)).toBe(4);
    expect(countDecimalDigits('.5', '.', false)).toBe(1);
    expect(countDecimalDigits('5.', '.', false)).toBe(1);
    expect(countDecimalDigits('.5', '.', true)).toBe(-1);
    expect(countDecimalDigits('5.', '.', true)).toBe(-1);
    expect(countDecimalDigits('-0,25', ',', true)).toBe(3);
    for (const bad of ['', '.', '-', '1.2.3', '1,2', '12a']) expect(countDecimalDigits(bad, '.', false), bad).toBe(-1);
  });
});

describe('printable text', () => {
  it('rejects C0 and C1 control characters and DEL, accepts Latin-1 letters', () => {
    expect(isPrintable('Müller & Söhne, 5% off')).toBe(true);
    for (const code of [0, 9, 10, 13, 31, 127, 128, 159]) expect(isPrintable(`a${String.fromCharCode(code)}b`), String(code)).toBe(false);
  });
});
