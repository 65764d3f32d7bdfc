/** Field checks of GS and ST headers. Findings carry the element they are about; the caller positions them. */
import type { Severity } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { isValidLongDate, isValidShortDate, isValidTime } from './dates.js';
import { quote, type Finding } from './problem-factory.js';

export type { Finding };

const GS_NAMES = ['functional identifier', 'sender code', 'receiver code', 'date', 'time', 'control number', 'responsible agency', 'version'];
const GS_ELEMENT_REFS = ['479', '142', '124', '373', '337', '28', '455', '480'];

/** `value(n)` is GS element n; `count` how many elements the segment has. */
export function checkGroupHeader(value: (n: number) => string, count: number): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Severity, code: ProblemCode, element: number, message: string): void => {
    findings.push({ severity, code, element, message, badValue: value(element), dataElementRef: GS_ELEMENT_REFS[element - 1]! });
  };
  for (let n = 1; n <= 8; n++) {
    if (n > count || value(n) === '') add('error', 'element-missing', n, `GS${pad(n)} (${GS_NAMES[n - 1]}) is missing.`);
  }
  const date = value(4);
  const version = value(8);
  if (date !== '' && !isValidLongDate(date)) {
    if (isValidShortDate(date)) {
      if (version >= '004010') add('warning', 'element-invalid-date', 4, `GS04 date ${quote(date)} has 6 digits; version ${version} expects CCYYMMDD.`);
    } else {
      add('error', 'element-invalid-date', 4, `GS04 date ${quote(date)} is not a valid date.`);
    }
  }
  const time = value(5);
  if (time !== '' && !isValidTime(time)) add('error', 'element-invalid-time', 5, `GS05 time ${quote(time)} is not a valid HHMM[SS] time.`);
  const control = value(6);
  if (control !== '' && !/^\d{1,9}$/.test(control)) add('error', 'element-invalid-number', 6, `GS06 control number ${quote(control)} must be 1 to 9 digits.`);
  const agency = value(7);
  if (agency !== '' && agency !== 'X' && agency !== 'T') add('warning', 'element-invalid-code', 7, `GS07 responsible agency ${quote(agency)} is neither X (X12) nor T (TDCC).`);
  return findings;
}

export function checkTransactionHeader(value: (n: number) => string): Finding[] {
  const findings: Finding[] = [];
  const type = value(1);
  const control = value(2);
  if (!/^[0-9A-Z]{3}$/.test(type)) {
    findings.push({ severity: 'error', code: 'transaction-header-invalid', element: 1, badValue: type, dataElementRef: '143',
      message: type === '' ? 'ST01 transaction set identifier is missing.' : `ST01 transaction set identifier ${quote(type)} is not a 3-character code.` });
  }
  if (control === '') {
    findings.push({ severity: 'error', code: 'transaction-header-invalid', element: 2, badValue: control, dataElementRef: '329',
      message: 'ST02 transaction set control number is missing.' });
  } else if (control.length < 4 || control.length > 9) {
    findings.push({ severity: 'warning', code: 'transaction-header-invalid', element: 2, badValue: control, dataElementRef: '329',
      message: `ST02 control number ${quote(control)} is ${control.length} characters; X12 allows 4 to 9.` });
  }
  return findings;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
