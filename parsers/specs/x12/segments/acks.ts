/** Segments of the 997 Functional Acknowledgment and the 999 Implementation Acknowledgment. */
import { ONLY_5010, composite, element, rules } from '../builders.js';
import type { ElementDefinition, SegmentDefinition } from '../builders.js';

const positionInSegment = (usage: 'M' | 'O'): ElementDefinition =>
  composite('C030', 'Position in Segment', usage, [
    element('722', 'Element Position in Segment', 'M', 'N0', 1, 2),
    element('1528', 'Component Data Element Position in Composite', 'O', 'N0', 1, 2),
    element('1686', 'Repeating Data Element Position', 'O', 'N0', 1, 4, { versions: ONLY_5010 }),
  ]);

// 719 grew from 6 to 10 digits in 005010.
const segmentPosition = (usage: 'M' | 'O'): ElementDefinition =>
  element('719', 'Segment Position in Transaction Set', usage, 'N0', 1, 10, { versions: { '004010': { max: 6 } } });

const segmentIdCode = (usage: 'M' | 'O'): ElementDefinition =>
  element('721', 'Segment ID Code', usage, 'ID', 2, 3);

const loopIdentifier = element('447', 'Loop Identifier Code', 'O', 'AN', 1, 4);
const elementReference = element('725', 'Data Element Reference Number', 'O', 'N0', 1, 4);
const badValue = element('724', 'Copy of Bad Data Element', 'O', 'AN', 1, 99);

export const ackSegments: SegmentDefinition[] = [
  {
    tag: 'AK1',
    name: 'Functional Group Response Header',
    purpose: 'Names the functional group being acknowledged by its functional id and group control number.',
    elements: [
      element('479', 'Functional Identifier Code', 'M', 'ID', 2, 2, { codes: '479' }),
      element('28', 'Group Control Number', 'M', 'N0', 1, 9),
      element('480', 'Version / Release / Industry Identifier Code', 'O', 'AN', 1, 12, { versions: ONLY_5010 }),
    ],
  },
  {
    tag: 'AK2',
    name: 'Transaction Set Response Header',
    purpose: 'Names one transaction set being acknowledged by its type and control number.',
    elements: [
      element('143', 'Transaction Set Identifier Code', 'M', 'ID', 3, 3),
      element('329', 'Transaction Set Control Number', 'M', 'AN', 4, 9),
      element('1705', 'Implementation Convention Reference', 'O', 'AN', 1, 35, { versions: ONLY_5010 }),
    ],
  },
  {
    tag: 'AK3',
    name: 'Data Segment Note',
    purpose: 'Points at a segment with an error: its tag, its position in the transaction set and its loop.',
    elements: [
      segmentIdCode('M'),
      segmentPosition('M'),
      loopIdentifier,
      element('720', 'Segment Syntax Error Code', 'O', 'ID', 1, 3, { codes: '720' }),
    ],
  },
  {
    tag: 'AK4',
    name: 'Data Element Note',
    purpose: 'Points at an element with an error inside the segment named by the preceding AK3.',
    elements: [
      positionInSegment('M'),
      elementReference,
      element('723', 'Data Element Syntax Error Code', 'M', 'ID', 1, 3, { codes: '723' }),
      badValue,
    ],
  },
  {
    tag: 'AK5',
    name: 'Transaction Set Response Trailer',
    purpose: 'Says whether the transaction set named by AK2 was accepted, and why not.',
    elements: [
      element('717', 'Transaction Set Acknowledgment Code', 'M', 'ID', 1, 1, { codes: '717' }),
      ...[2, 3, 4, 5, 6].map(() =>
        element('718', 'Transaction Set Syntax Error Code', 'O', 'ID', 1, 3, { codes: '718' }),
      ),
    ],
  },
  {
    tag: 'AK9',
    name: 'Functional Group Response Trailer',
    purpose: 'Says whether the functional group was accepted, with counts of sets received and accepted.',
    elements: [
      element('715', 'Functional Group Acknowledge Code', 'M', 'ID', 1, 1, { codes: '715' }),
      element('97', 'Number of Transaction Sets Included', 'M', 'N0', 1, 6),
      element('123', 'Number of Received Transaction Sets', 'M', 'N0', 1, 6),
      element('2', 'Number of Accepted Transaction Sets', 'M', 'N0', 1, 6),
      ...[5, 6, 7, 8, 9].map(() =>
        element('716', 'Functional Group Syntax Error Code', 'O', 'ID', 1, 3, { codes: '716' }),
      ),
    ],
  },
  {
    tag: 'IK3',
    name: 'Implementation Data Segment Note',
    purpose: 'Points at a segment that breaks the standard or the implementation guide (999).',
    elements: [
      segmentIdCode('M'),
      segmentPosition('M'),
      loopIdentifier,
      element('620', 'Implementation Segment Syntax Error Code', 'O', 'ID', 1, 3, { codes: '620' }),
    ],
  },
  {
    tag: 'IK4',
    name: 'Implementation Data Element Note',
    purpose: 'Points at an element that breaks the standard or the implementation guide (999).',
    elements: [
      positionInSegment('M'),
      elementReference,
      element('621', 'Implementation Data Element Syntax Error Code', 'M', 'ID', 1, 3, { codes: '621' }),
      badValue,
    ],
  },
  {
    tag: 'IK5',
    name: 'Implementation Transaction Set Response Trailer',
    purpose: 'Says whether the transaction set named by AK2 was accepted under its implementation guide (999).',
    elements: [
      element('717', 'Transaction Set Acknowledgment Code', 'M', 'ID', 1, 1, { codes: '717' }),
      ...[2, 3, 4, 5, 6].map(() =>
        element('618', 'Implementation Transaction Set Syntax Error Code', 'O', 'ID', 1, 3, { codes: '618' }),
      ),
    ],
  },
  {
    tag: 'CTX',
    name: 'Context',
    purpose: 'Gives the business context of an error in a 999: the situational trigger or the business unit.',
    elements: [
      composite('C998', 'Context Identification', 'M', [
        element('9999', 'Context Name', 'M', 'AN', 1, 35),
        element('9998', 'Context Reference', 'O', 'AN', 1, 35),
      ]),
      segmentIdCode('O'),
      element('719', 'Segment Position in Transaction Set', 'O', 'N0', 1, 10),
      loopIdentifier,
      positionInSegment('O'),
      composite('C999', 'Reference in Segment', 'O', [
        element('725', 'Data Element Reference Number', 'M', 'N0', 1, 4),
        element('725', 'Data Element Reference Number', 'O', 'N0', 1, 4),
      ]),
    ],
    rules: rules('P0203', 'C0402', 'C0502'),
  },
];
