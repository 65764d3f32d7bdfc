/**
 * Every problem the engine can report, with the acknowledgment codes it maps to. Codes are stable ids used in
 * stored results, the CLI and exports; acks translate them with the columns below:
 *   ta1   X12 TA1 interchange note code (I18)          ak9   X12 AK9/999 functional group error code (716)
 *   ak5   X12 AK5 / 999 IK5 transaction error (718)    ak3   X12 AK3 / 999 IK3 segment error (720)
 *   ak4   X12 AK4 / 999 IK4 element error (723)        contrl EDIFACT CONTRL syntax error code (0085)
 */
export interface ProblemDefinition {
  ta1?: string;
  ak9?: string;
  ak5?: string;
  ak3?: string;
  ak4?: string;
  contrl?: string;
  /** short human title, used as a column header and in lists */
  title: string;
}

export const PROBLEM_CODES = {
  // file level
  'not-edi': { title: 'Not an EDI file' },
  'empty-file': { title: 'Empty file' },
  'bom-skipped': { title: 'Byte order mark skipped' },
  'junk-before-header': { title: 'Unexpected bytes before the interchange header' },
  'junk-between-interchanges': { title: 'Unexpected bytes between interchanges' },
  'ebcdic-detected': { title: 'EBCDIC-encoded file' },
  'wrapped-lines': { title: 'File is hard-wrapped at a fixed width' },
  'truncated-file': { title: 'File ends inside an interchange', ta1: '023', contrl: '13' },

  // interchange level
  'interchange-header-invalid': { title: 'Interchange header is malformed', ta1: '024', contrl: '12' },
  'interchange-trailer-missing': { title: 'Interchange trailer missing', ta1: '023', contrl: '13' },
  'interchange-control-mismatch': { title: 'Interchange control numbers differ in header and trailer', ta1: '001', contrl: '28' },
  'interchange-count-mismatch': { title: 'Interchange trailer count is wrong', ta1: '021', contrl: '29' },
  'interchange-control-duplicate': { title: 'Interchange control number repeated in this file', ta1: '025', contrl: '26' },
  'interchange-version-unsupported': { title: 'Interchange version not supported', ta1: '017', contrl: '2' },
  'interchange-date-invalid': { title: 'Interchange date invalid', ta1: '014', contrl: '12' },
  'interchange-time-invalid': { title: 'Interchange time invalid', ta1: '015', contrl: '12' },
  'interchange-id-invalid': { title: 'Interchange sender or receiver id invalid', ta1: '006', contrl: '12' },
  'interchange-qualifier-invalid': { title: 'Interchange id qualifier invalid', ta1: '005', contrl: '12' },
  'interchange-test-indicator-invalid': { title: 'Test indicator invalid', ta1: '020', contrl: '25' },
  'interchange-control-number-invalid': { title: 'Interchange control number invalid', ta1: '018', contrl: '12' },
  'delimiter-invalid': { title: 'Delimiters are invalid or clash', ta1: '026', contrl: '22' },
  'charset-violation': { title: 'Character outside the declared character set', contrl: '21' },
  'syntax-id-unknown': { title: 'Unknown syntax identifier', contrl: '2' },
  'segment-outside-envelope': { title: 'Segment outside any envelope', ta1: '022', contrl: '33' },
  'groups-and-messages-mixed': { title: 'Groups and ungrouped messages mixed', contrl: '30' },

  // group level
  'group-trailer-missing': { title: 'Functional group trailer missing', ak9: '3', contrl: '13' },
  'group-control-mismatch': { title: 'Group control numbers differ in header and trailer', ak9: '4', contrl: '28' },
  'group-count-mismatch': { title: 'Group trailer count is wrong', ak9: '5', contrl: '29' },
  'group-control-duplicate': { title: 'Group control number repeated in the interchange', ak9: '19', contrl: '26' },
  'group-version-unsupported': { title: 'Group version not supported', ak9: '2', contrl: '2' },
  'group-functional-id-mismatch': { title: 'Transaction does not belong to its functional group', ak5: '18' },
  'group-empty': { title: 'Functional group has no transactions', contrl: '32' },

  // transaction level
  'transaction-unsupported': { title: 'Transaction type has no spec (parsed without structure checks)', ak5: '1' },
  'transaction-trailer-missing': { title: 'Transaction trailer missing', ak5: '2', contrl: '13' },
  'transaction-control-mismatch': { title: 'Transaction control numbers differ in header and trailer', ak5: '3', contrl: '28' },
  'transaction-count-mismatch': { title: 'Transaction segment count is wrong', ak5: '4', contrl: '29' },
  'transaction-control-duplicate': { title: 'Transaction control number repeated in the group', ak5: '23', contrl: '26' },
  'transaction-header-invalid': { title: 'Transaction header is malformed', ak5: '6', contrl: '12' },
  'transaction-segments-in-error': { title: 'One or more segments in error', ak5: '5' },

  // segment level
  'segment-unrecognized': { title: 'Unrecognized segment', ak3: '1', contrl: '14' },
  'segment-unexpected': { title: 'Segment not expected here', ak3: '2', contrl: '14' },
  'segment-missing': { title: 'Mandatory segment missing', ak3: '3', contrl: '13' },
  'loop-over-max': { title: 'Loop repeats more than allowed', ak3: '4', contrl: '36' },
  'segment-over-max': { title: 'Segment repeats more than allowed', ak3: '5', contrl: '35' },
  'segment-not-in-set': { title: 'Segment not defined for this transaction', ak3: '6', contrl: '15' },
  'segment-out-of-order': { title: 'Segment out of sequence', ak3: '7', contrl: '14' },
  'segment-has-element-errors': { title: 'Segment has element errors', ak3: '8' },
  'segment-empty': { title: 'Segment has no data', ak3: '8', contrl: '12' },
  'hierarchy-invalid': { title: 'HL hierarchy is inconsistent', ak3: '8' },

  // element level
  'element-missing': { title: 'Mandatory element missing', ak4: '1', contrl: '13' },
  'element-conditional-missing': { title: 'Conditionally required element missing', ak4: '2', contrl: '13' },
  'element-too-many': { title: 'Too many elements', ak4: '3', contrl: '16' },
  'element-too-short': { title: 'Element too short', ak4: '4', contrl: '40' },
  'element-too-long': { title: 'Element too long', ak4: '5', contrl: '39' },
  'element-invalid-character': { title: 'Invalid character in element', ak4: '6', contrl: '37' },
  'element-invalid-code': { title: 'Code value not valid for this element', ak4: '7', contrl: '12' },
  'element-invalid-date': { title: 'Invalid date', ak4: '8', contrl: '12' },
  'element-invalid-time': { title: 'Invalid time', ak4: '9', contrl: '12' },
  'element-exclusion-violated': { title: 'Elements that exclude each other are both present', ak4: '10', contrl: '12' },
  'element-too-many-repetitions': { title: 'Element repeats more than allowed', ak4: '12', contrl: '16' },
  'element-too-many-components': { title: 'Too many components', ak4: '13', contrl: '16' },
  'element-invalid-number': { title: 'Invalid numeric value', ak4: '6', contrl: '37' },
  'element-invalid-decimal-mark': { title: 'Invalid decimal notation', ak4: '6', contrl: '19' },
} as const satisfies Record<string, ProblemDefinition>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export function problemDefinition(code: ProblemCode): ProblemDefinition {
  return PROBLEM_CODES[code];
}
