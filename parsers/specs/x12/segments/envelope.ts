/** Interchange, functional group and transaction set envelopes, and the TA1 interchange acknowledgment. */
import { ONLY_5010, element } from '../builders.js';
import type { SegmentDefinition } from '../builders.js';

export const envelopeSegments: SegmentDefinition[] = [
  {
    tag: 'ISA',
    name: 'Interchange Control Header',
    purpose: 'Opens an interchange: who sends it to whom, when, its control number and the delimiters used.',
    elements: [
      element('I01', 'Authorization Information Qualifier', 'M', 'ID', 2, 2, { codes: 'I01' }),
      element('I02', 'Authorization Information', 'M', 'AN', 10, 10),
      element('I03', 'Security Information Qualifier', 'M', 'ID', 2, 2, { codes: 'I03' }),
      element('I04', 'Security Information', 'M', 'AN', 10, 10),
      element('I05', 'Interchange ID Qualifier', 'M', 'ID', 2, 2, { codes: 'I05' }),
      element('I06', 'Interchange Sender ID', 'M', 'AN', 15, 15),
      element('I05', 'Interchange ID Qualifier', 'M', 'ID', 2, 2, { codes: 'I05' }),
      element('I07', 'Interchange Receiver ID', 'M', 'AN', 15, 15),
      element('I08', 'Interchange Date', 'M', 'DT', 6, 6),
      element('I09', 'Interchange Time', 'M', 'TM', 4, 4),
      // 004010 sends the standards identifier 'U' here; 005010 sends the repetition separator character.
      element('I65', 'Repetition Separator', 'M', 'AN', 1, 1, {
        versions: { '004010': { id: 'I10', name: 'Interchange Control Standards Identifier', type: 'ID', codes: 'I10' } },
      }),
      element('I11', 'Interchange Control Version Number', 'M', 'ID', 5, 5, { codes: 'I11' }),
      element('I12', 'Interchange Control Number', 'M', 'N0', 9, 9),
      element('I13', 'Acknowledgment Requested', 'M', 'ID', 1, 1, { codes: 'I13' }),
      element('I14', 'Interchange Usage Indicator', 'M', 'ID', 1, 1, { codes: 'I14' }),
      element('I15', 'Component Element Separator', 'M', 'AN', 1, 1),
    ],
  },
  {
    tag: 'IEA',
    name: 'Interchange Control Trailer',
    purpose: 'Closes an interchange with the number of functional groups it holds and its control number again.',
    elements: [
      element('I16', 'Number of Included Functional Groups', 'M', 'N0', 1, 5),
      element('I12', 'Interchange Control Number', 'M', 'N0', 9, 9),
    ],
  },
  {
    tag: 'GS',
    name: 'Functional Group Header',
    purpose: 'Opens a group of transaction sets of one kind (purchase orders, invoices...) with its version.',
    elements: [
      element('479', 'Functional Identifier Code', 'M', 'ID', 2, 2, { codes: '479' }),
      element('142', "Application Sender's Code", 'M', 'AN', 2, 15),
      element('124', "Application Receiver's Code", 'M', 'AN', 2, 15),
      element('373', 'Date', 'M', 'DT', 8, 8),
      element('337', 'Time', 'M', 'TM', 4, 8),
      element('28', 'Group Control Number', 'M', 'N0', 1, 9),
      element('455', 'Responsible Agency Code', 'M', 'ID', 1, 2, { codes: '455' }),
      element('480', 'Version / Release / Industry Identifier Code', 'M', 'AN', 1, 12),
    ],
  },
  {
    tag: 'GE',
    name: 'Functional Group Trailer',
    purpose: 'Closes a functional group with the number of transaction sets it holds and its control number.',
    elements: [
      element('97', 'Number of Transaction Sets Included', 'M', 'N0', 1, 6),
      element('28', 'Group Control Number', 'M', 'N0', 1, 9),
    ],
  },
  {
    tag: 'ST',
    name: 'Transaction Set Header',
    purpose: 'Starts one business document (850, 856, ...) and gives it a control number.',
    elements: [
      element('143', 'Transaction Set Identifier Code', 'M', 'ID', 3, 3),
      element('329', 'Transaction Set Control Number', 'M', 'AN', 4, 9),
      element('1705', 'Implementation Convention Reference', 'O', 'AN', 1, 35, { versions: ONLY_5010 }),
    ],
  },
  {
    tag: 'SE',
    name: 'Transaction Set Trailer',
    purpose: 'Ends the document with its segment count (ST and SE included) and the control number from ST.',
    elements: [
      element('96', 'Number of Included Segments', 'M', 'N0', 1, 10),
      element('329', 'Transaction Set Control Number', 'M', 'AN', 4, 9),
    ],
  },
  {
    tag: 'TA1',
    name: 'Interchange Acknowledgment',
    purpose: 'Reports whether an interchange envelope (ISA/IEA) was received intact, and why not.',
    elements: [
      element('I12', 'Interchange Control Number', 'M', 'N0', 9, 9),
      element('I08', 'Interchange Date', 'M', 'DT', 6, 6),
      element('I09', 'Interchange Time', 'M', 'TM', 4, 4),
      element('I17', 'Interchange Acknowledgment Code', 'M', 'ID', 1, 1, { codes: 'I17' }),
      element('I18', 'Interchange Note Code', 'M', 'ID', 3, 3, { codes: 'I18' }),
    ],
  },
];

