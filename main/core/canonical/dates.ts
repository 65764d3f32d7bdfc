/**
 * Canonical dates keep the precision the source had: an X12 DTM with only a date is a day, not midnight UTC. Values
 * are ISO-8601 local wall-clock text ('2026-11-27', '2026-11-27T14:30'); an offset is appended only when the source
 * states one (EDIFACT format 205), and `timeZone` names the zone when the partner profile or a code (X12 DTM04) says.
 */

export type DatePrecision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface CanonicalDate {
  value: string;
  precision: DatePrecision;
  timeZone?: string;
}

export class DateFormatError extends Error {
  override name = 'DateFormatError';
}

const OFFSET = '(?:Z|[+-]\\d{2}:\\d{2})';
const VALUE_PATTERNS: Record<DatePrecision, RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-\d{2}$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  minute: new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}${OFFSET}?$`),
  second: new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}${OFFSET}?$`),
};

/** Why `value` is not a valid date of `precision`, or null when it is (calendar checked: no 30 February, no 24:00). */
export function dateProblem(value: string, precision: DatePrecision): string | null {
  if (!VALUE_PATTERNS[precision].test(value)) return `'${value}' is not an ISO-8601 ${precision} (${EXAMPLES[precision]})`;
  const year = Number(value.slice(0, 4));
  if (precision === 'year') return null;
  const month = Number(value.slice(5, 7));
  if (month < 1 || month > 12) return `month ${month} does not exist`;
  if (precision === 'month') return null;
  const day = Number(value.slice(8, 10));
  if (day < 1 || day > daysInMonth(year, month)) return `${value.slice(0, 10)} is not a calendar day`;
  if (precision === 'day') return null;
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  const second = precision === 'second' ? Number(value.slice(17, 19)) : 0;
  if (hour > 23 || minute > 59 || second > 59) return `${value.slice(11, precision === 'second' ? 19 : 16)} is not a time of day`;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value.slice(16));
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return `UTC offset ${offset[0]} is out of range`;
  return null;
}

const EXAMPLES: Record<DatePrecision, string> = {
  year: '2026',
  month: '2026-11',
  day: '2026-11-27',
  minute: '2026-11-27T14:30 with an optional Z or +01:00',
  second: '2026-11-27T14:30:05 with an optional Z or +01:00',
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checked(date: CanonicalDate, source: string): CanonicalDate {
  const problem = dateProblem(date.value, date.precision);
  if (problem) throw new DateFormatError(`'${source}': ${problem}`);
  return date;
}

/** X12 DT with 8 digits (DTM02, BEG05, BIG01...). */
export function dateFromCcyymmdd(text: string): CanonicalDate {
  if (!/^\d{8}$/.test(text)) throw new DateFormatError(`'${text}' is not CCYYMMDD`);
  return checked({ value: `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`, precision: 'day' }, text);
}

/**
 * Six-digit dates (X12 4010 ISA09, EDIFACT 101) have no century: a sliding window puts YY within `pivot` years before
 * or after `referenceYear` (default: 50 around the current year, so in 2026 '76' is 2076 and '77' is 1977).
 */
export function dateFromYymmdd(text: string, options: { referenceYear?: number } = {}): CanonicalDate {
  if (!/^\d{6}$/.test(text)) throw new DateFormatError(`'${text}' is not YYMMDD`);
  return checked({ value: `${expandYear(text.slice(0, 2), options.referenceYear)}-${text.slice(2, 4)}-${text.slice(4, 6)}`, precision: 'day' }, text);
}

export function expandYear(twoDigits: string, referenceYear = new Date().getUTCFullYear()): string {
  const yy = Number(twoDigits);
  const century = Math.floor(referenceYear / 100) * 100;
  let year = century + yy;
  if (year > referenceYear + 50) year -= 100;
  else if (year <= referenceYear - 50) year += 100;
  return String(year).padStart(4, '0');
}

/** A day plus X12 TM (HHMM, HHMMSS, HHMMSSD, HHMMSSDD; tenths and hundredths are dropped). */
export function withTime(day: CanonicalDate, time: string): CanonicalDate {
  if (day.precision !== 'day') throw new DateFormatError(`a time needs a day-precision date (got ${day.precision})`);
  if (!/^\d{4}(\d{2}(\d{1,2})?)?$/.test(time)) throw new DateFormatError(`'${time}' is not HHMM or HHMMSS`);
  const hhmm = `${time.slice(0, 2)}:${time.slice(2, 4)}`;
  const date: CanonicalDate = time.length >= 6 ? { value: `${day.value}T${hhmm}:${time.slice(4, 6)}`, precision: 'second' } : { value: `${day.value}T${hhmm}`, precision: 'minute' };
  if (day.timeZone) date.timeZone = day.timeZone;
  return checked(date, `${day.value} ${time}`);
}

/** X12 date (6 or 8 digits) with an optional time, as DTM02/DTM03 or G62 carry them. */
export function dateFromX12(date: string, time?: string): CanonicalDate {
  const day = date.length === 6 ? dateFromYymmdd(date) : dateFromCcyymmdd(date);
  return time ? withTime(day, time) : day;
}

/** EDIFACT DTM format codes (C507 2379) this model can hold without losing meaning. */
export const EDIFACT_DATE_FORMATS = ['101', '102', '201', '202', '203', '204', '205', '602', '610'] as const;

/** DTM+137:20261127:102 → day; 203 → minute; 204 → second; 205 → second with offset; 602 year; 610 month. */
export function dateFromEdifact(text: string, formatCode: string = '102'): CanonicalDate {
  const digits = (length: number): void => {
    if (text.length !== length || !/^\d+$/.test(text)) throw new DateFormatError(`'${text}' does not match DTM format ${formatCode} (${length} digits)`);
  };
  switch (formatCode) {
    case '102':
      digits(8);
      return dateFromCcyymmdd(text);
    case '101':
      digits(6);
      return dateFromYymmdd(text);
    case '203':
      digits(12);
      return withTime(dateFromCcyymmdd(text.slice(0, 8)), text.slice(8));
    case '204':
      digits(14);
      return withTime(dateFromCcyymmdd(text.slice(0, 8)), text.slice(8));
    case '201':
    case '202':
      digits(formatCode === '201' ? 10 : 12);
      return withTime(dateFromYymmdd(text.slice(0, 6)), text.slice(6));
    case '205':
      return fromFormat205(text);
    case '602':
      digits(4);
      return checked({ value: text, precision: 'year' }, text);
    case '610':
      digits(6);
      return checked({ value: `${text.slice(0, 4)}-${text.slice(4, 6)}`, precision: 'month' }, text);
    default:
      throw new DateFormatError(`DTM format ${formatCode} is not supported (supported: ${EDIFACT_DATE_FORMATS.join(', ')})`);
  }
}

/** CCYYMMDDHHMMSSZHHMM: Z is the offset's sign ('+' or '-'), HHMM its size. */
function fromFormat205(text: string): CanonicalDate {
  const match = /^(\d{8})(\d{6})([+-])(\d{2})(\d{2})$/.exec(text);
  if (!match) throw new DateFormatError(`'${text}' does not match DTM format 205 (CCYYMMDDHHMMSS±HHMM)`);
  const local = withTime(dateFromCcyymmdd(match[1] ?? ''), match[2] ?? '');
  return checked({ value: `${local.value}${match[3]}${match[4]}:${match[5]}`, precision: 'second' }, text);
}
