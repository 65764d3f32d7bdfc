/** Date and time checks for envelope fields (ISA09/ISA10, GS04/GS05). */

const SIX_DIGITS = /^\d{6}$/;
const EIGHT_DIGITS = /^\d{8}$/;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** YYMMDD */
export function isValidShortDate(value: string): boolean {
  if (!SIX_DIGITS.test(value)) return false;
  return isValidDate(2000 + Number(value.slice(0, 2)), Number(value.slice(2, 4)), Number(value.slice(4, 6)));
}

/** CCYYMMDD */
export function isValidLongDate(value: string): boolean {
  if (!EIGHT_DIGITS.test(value)) return false;
  return isValidDate(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)));
}

/** HHMM, optionally followed by SS and decimal seconds (X12 TM) */
export function isValidTime(value: string): boolean {
  if (!/^\d{4}(\d{2}\d{0,2})?$/.test(value)) return false;
  const hours = Number(value.slice(0, 2));
  const minutes = Number(value.slice(2, 4));
  const seconds = value.length >= 6 ? Number(value.slice(4, 6)) : 0;
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}
