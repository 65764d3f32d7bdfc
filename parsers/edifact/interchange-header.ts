/**
 * Reads and checks a UNB interchange header (ISO 9735: S001 syntax, S002 sender, S003 recipient, S004 date/time,
 * 0020 control reference, S005 password, 0026 application, 0029 priority, 0031 ack request, 0032 agreement,
 * 0035 test indicator). Findings carry element/component positions; the caller turns them into problems.
 */
import { elementValue } from '../model.js';
import type { PartyId, Segment, Severity } from '../model.js';
import type { ProblemCode } from '../problems.js';
import { isValidEnvelopeDate, isValidEnvelopeTime } from './dates.js';
import { quote } from './report.js';

export interface Finding {
  severity: Severity;
  code: ProblemCode;
  message: string;
  element?: number;
  component?: number;
  dataElementRef?: string;
  badValue?: string;
}

export interface InterchangeHeader {
  syntaxId: string;
  syntaxVersion: string;
  sender: PartyId;
  receiver: PartyId;
  date: string;
  time: string;
  controlNumber: string;
  ackRequested: boolean;
  test: boolean;
  quirks: string[];
  findings: Finding[];
}

export function readInterchangeHeader(unb: Segment): InterchangeHeader {
  const value = (element: number, component = 1): string => elementValue(unb, element, component);
  const findings: Finding[] = [];
  const quirks: string[] = [];
  const header: InterchangeHeader = {
    syntaxId: value(1, 1),
    syntaxVersion: value(1, 2),
    sender: { qualifier: value(2, 2), id: value(2, 1) },
    receiver: { qualifier: value(3, 2), id: value(3, 1) },
    date: value(4, 1),
    time: value(4, 2),
    controlNumber: value(5),
    ackRequested: false,
    test: false,
    quirks,
    findings,
  };
  let controlElement = 5;
  // Some senders write date and time as two elements (+180312+1623+1): read the reference one element later.
  if ((unb.elements[3]?.length ?? 0) === 1 && isValidEnvelopeTime(value(5)) && value(6) !== '' && unb.elements.length >= 6) {
    header.time = value(5);
    header.controlNumber = value(6);
    controlElement = 6;
    quirks.push('date-time-not-composite');
    findings.push({
      severity: 'warning', code: 'interchange-header-invalid', element: 4,
      message: `UNB date ${quote(header.date)} and time ${quote(header.time)} are separate elements instead of one composite (date:time); the control reference was read from element 6 (${quote(header.controlNumber)})`,
    });
  }
  header.ackRequested = value(controlElement + 4) === '1';
  header.test = value(controlElement + 6) === '1';
  checkSyntax(header, findings);
  checkParty('sender', header.sender, 2, '0004', findings);
  checkParty('recipient', header.receiver, 3, '0010', findings);
  checkDateTime(header, controlElement === 6, findings);
  checkControlReference(header.controlNumber, controlElement, findings);
  checkFlag(value(controlElement + 4), controlElement + 4, 'acknowledgement request (0031)', 'interchange-header-invalid', findings);
  checkFlag(value(controlElement + 6), controlElement + 6, 'test indicator (0035)', 'interchange-test-indicator-invalid', findings);
  return header;
}

function checkSyntax(header: InterchangeHeader, findings: Finding[]): void {
  if (header.syntaxId === '') {
    findings.push({ severity: 'error', code: 'interchange-header-invalid', element: 1, component: 1, dataElementRef: '0001', message: 'UNB has no syntax identifier (0001), e.g. UNOC' });
  }
  if (!/^[1-4]$/.test(header.syntaxVersion)) {
    const missing = header.syntaxVersion === '';
    findings.push({
      severity: 'error',
      code: missing ? 'interchange-header-invalid' : 'interchange-version-unsupported',
      element: 1, component: 2, dataElementRef: '0002', badValue: header.syntaxVersion,
      message: missing
        ? `UNB syntax identifier ${quote(header.syntaxId)} has no syntax version number (0002)`
        : `UNB syntax version ${quote(header.syntaxVersion)} is not 1, 2, 3 or 4`,
    });
  }
}

function checkParty(role: string, party: PartyId, element: number, ref: string, findings: Finding[]): void {
  if (party.id === '') {
    findings.push({ severity: 'error', code: 'interchange-id-invalid', element, component: 1, dataElementRef: ref, message: `UNB has no ${role} identification (${ref})` });
  } else if (party.id.length > 35) {
    findings.push({ severity: 'warning', code: 'interchange-id-invalid', element, component: 1, dataElementRef: ref, badValue: party.id, message: `UNB ${role} identification ${quote(party.id)} is longer than 35 characters` });
  }
  if (party.qualifier.length > 4) {
    findings.push({ severity: 'warning', code: 'interchange-qualifier-invalid', element, component: 2, dataElementRef: '0007', badValue: party.qualifier, message: `UNB ${role} qualifier ${quote(party.qualifier)} is longer than 4 characters` });
  }
}

function checkDateTime(header: InterchangeHeader, timeIsElement5: boolean, findings: Finding[]): void {
  if (!isValidEnvelopeDate(header.date)) {
    findings.push({
      severity: 'error', code: 'interchange-date-invalid', element: 4, component: 1, dataElementRef: '0017', badValue: header.date,
      message: `UNB date ${quote(header.date)} is not a valid YYMMDD or CCYYMMDD date`,
    });
  }
  if (!isValidEnvelopeTime(header.time)) {
    findings.push({
      severity: 'error', code: 'interchange-time-invalid', element: timeIsElement5 ? 5 : 4, component: timeIsElement5 ? 1 : 2,
      dataElementRef: '0019', badValue: header.time,
      message: `UNB time ${quote(header.time)} is not a valid HHMM time`,
    });
  }
}

function checkControlReference(reference: string, element: number, findings: Finding[]): void {
  if (reference === '') {
    findings.push({ severity: 'error', code: 'interchange-control-number-invalid', element, dataElementRef: '0020', message: 'UNB has no interchange control reference (0020)' });
  } else if (reference.length > 14) {
    findings.push({ severity: 'warning', code: 'interchange-control-number-invalid', element, dataElementRef: '0020', badValue: reference, message: `UNB interchange control reference ${quote(reference)} is longer than 14 characters` });
  }
}

/** Acknowledgement request and test indicator are '1' when set; '0' is a common, harmless way to say no. */
function checkFlag(flag: string, element: number, name: string, code: ProblemCode, findings: Finding[]): void {
  if (flag === '' || flag === '1' || flag === '0') return;
  findings.push({ severity: 'warning', code, element, badValue: flag, message: `UNB ${name} is ${quote(flag)}; only '1' is defined` });
}
