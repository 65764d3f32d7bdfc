/** Date and time checks for envelope fields (UNB/UNG S004: YYMMDD or CCYYMMDD, HHMM). */

export function isValidEnvelopeDate(value: string): boolean {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(value)) {
    year = 2000 + Number(value.slice(0, 2));
    rest = value.slice(2);
  } else if (/^\d{8}$/.test(value)) {
    year = Number(value.slice(0, 4));
    rest = value.slice(4);
  } else {
    return false;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isValidEnvelopeTime(value: string): boolean {
  if (!/^\d{4}$/.test(value)) return false;
  return Number(value.slice(0, 2)) <= 23 && Number(value.slice(2, 4)) <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
