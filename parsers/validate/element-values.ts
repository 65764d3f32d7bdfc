/**
 * Checks one non-empty value against its element's type, length and code list. Character-level problems come
 * first, then length, then meaning (calendar, clock, code list), so each value gets the one most useful problem.
 * Hand-written scans instead of regular expressions: this runs for every value of every segment.
 */
import type { ProblemCode } from '../model.js';
import { type CompiledElement, VALUE_KIND } from './compiled-segments.js';

export function checkValue(value: string, element: CompiledElement, decimalMark: string): ProblemCode | null {
  switch (element.kind) {
    case VALUE_KIND.integer: {
      const digits = countIntegerDigits(value);
      if (digits < 0) return 'element-invalid-number';
      return checkLength(digits, element) ?? checkCode(value, element);
    }
    case VALUE_KIND.decimal: {
      const digits = countDecimalDigits(value, '.', false);
      if (digits < 0) return 'element-invalid-number';
      return checkLength(digits, element) ?? checkCode(value, element);
    }
    case VALUE_KIND.edifactNumber: {
      if (value.indexOf(decimalMark === ',' ? '.' : ',') >= 0) return 'element-invalid-decimal-mark';
      const digits = countDecimalDigits(value, decimalMark, true);
      if (digits < 0) return 'element-invalid-number';
      return checkLength(digits, element) ?? checkCode(value, element);
    }
    case VALUE_KIND.date:
      if (!isAllDigits(value)) return 'element-invalid-date';
      return checkLength(value.length, element) ?? (isCalendarDate(value) ? null : 'element-invalid-date');
    case VALUE_KIND.time:
      if (!isAllDigits(value)) return 'element-invalid-time';
      return checkLength(value.length, element) ?? (isClockTime(value) ? null : 'element-invalid-time');
    case VALUE_KIND.binary:
      return null;
    case VALUE_KIND.alphabetic:
      if (!isPrintable(value) || hasDigit(value)) return 'element-invalid-character';
      return checkLength(value.length, element) ?? checkCode(value, element);
    default:
      if (!isPrintable(value)) return 'element-invalid-character';
      return checkLength(value.length, element) ?? checkCode(value, element);
  }
}

/** The length the standard counts: numeric types leave out the sign and the decimal mark. */
export function countedLength(value: string, element: CompiledElement, decimalMark: string): number {
  switch (element.kind) {
    case VALUE_KIND.integer:
      return Math.max(countIntegerDigits(value), 0);
    case VALUE_KIND.decimal:
      return Math.max(countDecimalDigits(value, '.', false), 0);
    case VALUE_KIND.edifactNumber:
      return Math.max(countDecimalDigits(value, decimalMark, true), 0);
    default:
      return value.length;
  }
}

function checkLength(length: number, element: CompiledElement): ProblemCode | null {
  if (length < element.min) return 'element-too-short';
  if (length > element.max) return 'element-too-long';
  return null;
}

function checkCode(value: string, element: CompiledElement): ProblemCode | null {
  if (element.codes === null || element.codes.has(value)) return null;
  return 'element-invalid-code';
}

/** Digits of an integer with an optional leading minus, or -1 when it is not one. */
export function countIntegerDigits(value: string): number {
  const start = value.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (start === value.length) return -1;
  for (let index = start; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return -1;
  }
  return value.length - start;
}

/**
 * Digits of a decimal with an optional leading minus and at most one decimal mark, or -1. `strictMark`: the mark
 * needs a digit on both sides (EDIFACT); X12 R accepts "5." and ".5".
 */
export function countDecimalDigits(value: string, mark: string, strictMark: boolean): number {
  const markCode = mark.charCodeAt(0);
  const start = value.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let markAt = -1;
  for (let index = start; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) digits++;
    else if (code === markCode && markAt < 0) markAt = index;
    else return -1;
  }
  if (digits === 0) return -1;
  if (strictMark && markAt >= 0 && (markAt === start || markAt === value.length - 1)) return -1;
  return digits;
}

function isAllDigits(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function hasDigit(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** No C0 or C1 control characters and no DEL. */
export function isPrintable(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 32 || (code >= 127 && code <= 159)) return false;
  }
  return true;
}

function twoDigits(value: string, at: number): number {
  return (value.charCodeAt(at) - 48) * 10 + (value.charCodeAt(at + 1) - 48);
}

/** CCYYMMDD (8 digits) or YYMMDD (6 digits; YY read as 20YY for leap years), a real calendar day. */
export function isCalendarDate(value: string): boolean {
  let year: number;
  let rest: number;
  if (value.length === 8) {
    year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
    rest = 4;
  } else if (value.length === 6) {
    year = 2000 + twoDigits(value, 0);
    rest = 2;
  } else {
    return false;
  }
  const month = twoDigits(value, rest);
  const day = twoDigits(value, rest + 2);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** HHMM, HHMMSS or HHMMSS followed by one or two decimal-second digits, on a 24-hour clock. */
export function isClockTime(value: string): boolean {
  const length = value.length;
  if (length !== 4 && length !== 6 && length !== 7 && length !== 8) return false;
  if (twoDigits(value, 0) > 23 || twoDigits(value, 2) > 59) return false;
  return length === 4 || twoDigits(value, 4) <= 59;
}
