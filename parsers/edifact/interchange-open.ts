/**
 * Opening an interchange: from its UNB (fields, checks, declared character set, syntax 4 repetition separator) or,
 * when messages arrive without one, as an interchange without header that still holds them.
 */
import type { EdifactDelimiters, Interchange, Problem, Segment } from '../model.js';
import { classTable, VIOLATION } from './byte-classes.js';
import { charsetForSyntaxId, UNDECLARED_CHARSET } from './charset.js';
import type { ReaderOptions } from './envelope.js';
import { readInterchangeHeader } from './interchange-header.js';
import { InterchangeState } from './interchange.js';
import type { SegmentText } from './segment-text.js';
import type { ReferenceLedger } from './reference-ledger.js';
import type { Reporter } from './report.js';
import { quote } from './report.js';
import { SYNTAX_4_DEFAULT_REPETITION } from './delimiters.js';
import { readSegment } from './segment-values.js';
import type { SegmentView } from './segment-view.js';
import { siteOf } from './segment-view.js';

export interface InterchangeOpening {
  /** the UNB bytes (or the first segment when there is no UNB) */
  view: SegmentView;
  flags: number;
  hasHeader: boolean;
  rangeStart: number;
  hasUna: boolean;
  quirks: string[];
  problems: Problem[];
  reporter: Reporter;
  options: ReaderOptions;
  interchangeRefs: ReferenceLedger;
  /** the scanner's table switch, called with the table for the declared character set */
  useTable: (table: Uint8Array) => void;
  text: SegmentText;
}

export function openInterchange(opening: InterchangeOpening): InterchangeState {
  return opening.hasHeader ? fromHeader(opening) : withoutHeader(opening);
}

function fromHeader(opening: InterchangeOpening): InterchangeState {
  const { view, reporter, quirks, problems } = opening;
  const delimiters: EdifactDelimiters = { ...view.delimiters };
  if (quirks.includes('guessed-separators')) guessComponentSeparator(view, delimiters);
  const provisional = readHeaderSegment(view, opening.flags, delimiters, UNDECLARED_CHARSET.decode);
  const header = readInterchangeHeader(provisional);
  const charset = charsetForSyntaxId(header.syntaxId);
  const unb = charset.decode === UNDECLARED_CHARSET.decode ? provisional : readHeaderSegment(view, opening.flags, delimiters, charset.decode);
  const syntaxFour = header.syntaxVersion === '4';
  if (!opening.hasUna && syntaxFour) delimiters.repetition = SYNTAX_4_DEFAULT_REPETITION;
  if (opening.hasUna && !syntaxFour && delimiters.repetition !== null) {
    delimiters.repetition = null;
    quirks.push('una-repetition-ignored');
  }
  view.delimiters = delimiters;
  for (const finding of header.findings) {
    const details = { ...(finding.dataElementRef ? { dataElementRef: finding.dataElementRef } : {}), ...(finding.badValue !== undefined ? { badValue: finding.badValue } : {}) };
    problems.push(reporter.problem(finding.severity, finding.code, 'interchange', finding.message, siteOf(view, finding.element, finding.component), details));
  }
  if (header.syntaxId !== '' && !charset.known) {
    problems.push(reporter.warning('syntax-id-unknown', 'interchange',
      `UNB syntax identifier ${quote(header.syntaxId)} is not a supported UN/EDIFACT character set (UNOA-UNOL, UNOW, UNOY); values are read as Latin-1 and not checked`,
      siteOf(view, 1, 1), { dataElementRef: '0001', badValue: header.syntaxId }));
  }
  if (header.controlNumber !== '' && !opening.interchangeRefs.add(header.controlNumber)) {
    problems.push(reporter.error('interchange-control-duplicate', 'interchange',
      `Interchange control reference ${quote(header.controlNumber)} is used by an earlier interchange in this file`,
      siteOf(view, header.quirks.includes('date-time-not-composite') ? 6 : 5), { dataElementRef: '0020', badValue: header.controlNumber }));
  }
  quirks.push(...header.quirks);
  const interchange: Interchange = {
    standard: 'edifact',
    delimiters,
    controlNumber: header.controlNumber,
    sender: header.sender,
    receiver: header.receiver,
    date: header.date,
    time: header.time,
    version: header.syntaxVersion,
    syntaxId: header.syntaxId || null,
    charset: charset.charset,
    test: header.test,
    ackRequested: header.ackRequested,
    header: unb,
    quirks,
    problems,
    groups: [],
    range: { start: opening.rangeStart, end: unb.end },
  };
  const table = classTable(delimiters, charset);
  opening.useTable(table);
  const state = new InterchangeState(interchange, delimiters, charset, true, reporter, opening.options, opening.text);
  state.segmentIndex = 1;
  state.notes(view, opening.flags, violationsIn(view, table), 0, null);
  return state;
}

function withoutHeader(opening: InterchangeOpening): InterchangeState {
  const { view, reporter, quirks, problems } = opening;
  quirks.push('no-unb');
  problems.push(reporter.error('segment-outside-envelope', 'interchange',
    `${view.tag} at byte ${view.offset} is not inside a UNB ... UNZ interchange; the segments that follow are read as an interchange without header`,
    siteOf(view)));
  const header: Segment = { tag: 'UNB', elements: [], offset: view.offset, end: view.offset, index: -1 };
  const delimiters = { ...view.delimiters };
  const interchange: Interchange = {
    standard: 'edifact',
    delimiters,
    controlNumber: '',
    sender: { qualifier: '', id: '' },
    receiver: { qualifier: '', id: '' },
    date: '',
    time: '',
    version: '',
    syntaxId: null,
    charset: UNDECLARED_CHARSET.charset,
    test: false,
    ackRequested: false,
    header,
    quirks,
    problems,
    groups: [],
    range: { start: opening.rangeStart, end: view.offset },
  };
  return new InterchangeState(interchange, delimiters, UNDECLARED_CHARSET, false, reporter, opening.options, opening.text);
}

function readHeaderSegment(view: SegmentView, flags: number, delimiters: EdifactDelimiters, decode: (b: Uint8Array, s: number, e: number) => string): Segment {
  return readSegment(view.bytes, view.start, view.end, flags, delimiters, decode, view.offset, 0);
}

/** Without UNA and with an odd element separator, the byte after the four-letter syntax id is the component one. */
function guessComponentSeparator(view: SegmentView, delimiters: EdifactDelimiters): void {
  const candidate = view.bytes[view.start + 8];
  if (candidate === undefined || view.start + 8 >= view.end) return;
  const ch = String.fromCharCode(candidate);
  if (!/[A-Za-z0-9]/.test(ch) && ch !== delimiters.element) delimiters.component = ch;
}

/** The header was scanned before its character set was known: check its bytes now. */
function violationsIn(view: SegmentView, table: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let i = view.start; i < view.end; i++) {
    const b = view.bytes[i]!;
    if (b === view.delimiters.release?.charCodeAt(0)) i++;
    else if (table[b] === VIOLATION) offsets.push(view.offset + (i - view.start));
  }
  return offsets;
}
