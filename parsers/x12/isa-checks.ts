/**
 * Field checks of the ISA header: fixed lengths, codes, date and time, control number. Each finding names the field
 * and its value; the caller positions it at the field's bytes.
 */
import type { Severity } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { describeChar, isAlphanumeric } from './bytes.js';
import { isValidShortDate, isValidTime } from './dates.js';
import { quote, type Finding } from './problem-factory.js';


const FIELD_LENGTHS = [2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1];
/** fields whose own check below reports a wrong value, so the generic length note would repeat it */
const CHECKED_ELSEWHERE = new Set([9, 10, 12, 13, 14, 15]);
/** I05 interchange id qualifiers across versions 00200-00801 */
const ID_QUALIFIERS = new Set([
  '01', '02', '03', '04', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21',
  '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', 'AM', 'NR',
  'SA', 'SN', 'ZZ',
]);

export interface IsaDelimiterBytes {
  element: number;
  component: number;
  terminator: number;
}

/** `values[n - 1]` is ISA element n as it appears (padding kept). */
export function checkIsaFields(values: readonly string[], delimiters: IsaDelimiterBytes): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Severity, code: ProblemCode, element: number, message: string): void => {
    findings.push({ severity, code, element, message, badValue: values[element - 1] ?? '' });
  };
  const field = (n: number): string => values[n - 1] ?? '';

  FIELD_LENGTHS.forEach((length, index) => {
    const n = index + 1;
    const value = field(n);
    if (value.length !== length && !CHECKED_ELSEWHERE.has(n)) {
      add('warning', 'interchange-header-invalid', n,
        `ISA${pad(n)} ${quote(value)} is ${value.length} characters; the fixed-width ISA needs exactly ${length}.`);
    }
  });
  if (!/^0[0-8]$/.test(field(1))) add('error', 'interchange-header-invalid', 1, `ISA01 authorization qualifier ${quote(field(1))} is not a known code (00-08).`);
  if (!/^0[01]$/.test(field(3))) add('error', 'interchange-header-invalid', 3, `ISA03 security qualifier ${quote(field(3))} is not 00 or 01.`);
  checkParty(field, add, 5, 6, 'sender');
  checkParty(field, add, 7, 8, 'receiver');
  if (!isValidShortDate(field(9))) add('error', 'interchange-date-invalid', 9, `ISA09 date ${quote(field(9))} is not a valid YYMMDD date.`);
  if (field(10).length !== 4 || !isValidTime(field(10))) add('error', 'interchange-time-invalid', 10, `ISA10 time ${quote(field(10))} is not a valid HHMM time.`);
  if (!/^\d{5}$/.test(field(12))) add('error', 'interchange-version-unsupported', 12, `ISA12 version ${quote(field(12))} is not a 5-digit control version such as 00401 or 00501.`);
  if (!/^\d{9}$/.test(field(13))) add('error', 'interchange-control-number-invalid', 13, `ISA13 control number ${quote(field(13))} must be exactly 9 digits.`);
  if (field(14) !== '0' && field(14) !== '1') add('error', 'interchange-header-invalid', 14, `ISA14 acknowledgment requested ${quote(field(14))} must be 0 or 1.`);
  if (!['T', 'P', 'I'].includes(field(15))) add('error', 'interchange-test-indicator-invalid', 15, `ISA15 usage indicator ${quote(field(15))} must be T, P or I.`);
  checkDelimiters(field, delimiters, add);
  return findings;
}

type Add = (severity: Severity, code: ProblemCode, element: number, message: string) => void;

function checkParty(field: (n: number) => string, add: Add, qualifierAt: number, idAt: number, role: string): void {
  const qualifier = field(qualifierAt);
  if (qualifier.trim() === '') add('error', 'interchange-qualifier-invalid', qualifierAt, `ISA${pad(qualifierAt)} ${role} id qualifier is empty.`);
  else if (!ID_QUALIFIERS.has(qualifier)) add('warning', 'interchange-qualifier-invalid', qualifierAt, `ISA${pad(qualifierAt)} ${role} id qualifier ${quote(qualifier)} is not a known qualifier.`);
  if (field(idAt).trim() === '') add('error', 'interchange-id-invalid', idAt, `ISA${pad(idAt)} ${role} id is empty.`);
}

function checkDelimiters(field: (n: number) => string, delimiters: IsaDelimiterBytes, add: Add): void {
  const component = String.fromCharCode(delimiters.component);
  const terminator = String.fromCharCode(delimiters.terminator);
  if (isAlphanumeric(delimiters.component)) add('error', 'delimiter-invalid', 16, `ISA16 component separator ${describeChar(component)} is a letter or digit, which also occurs in data.`);
  if (isAlphanumeric(delimiters.terminator)) add('error', 'delimiter-invalid', 16, `The segment terminator after ISA16 is ${describeChar(terminator)}, a letter or digit, which also occurs in data.`);
  const repetition = field(11);
  if (repetition.length === 1 && !isAlphanumeric(repetition.charCodeAt(0))) {
    const clash = [delimiters.element, delimiters.component, delimiters.terminator].includes(repetition.charCodeAt(0));
    if (clash) add('error', 'delimiter-invalid', 11, `ISA11 repetition separator ${describeChar(repetition)} is already used as another delimiter.`);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
