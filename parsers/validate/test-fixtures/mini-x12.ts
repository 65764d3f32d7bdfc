/**
 * Test-only X12 dictionary: enough of 850 and 856 to exercise every structure rule, plus TST, a made-up segment
 * with one element of each type for element tests. Real spec data lives in parsers/specs/x12.
 */
import type { StandardDictionary, TransactionSpec } from '../../specs/types.js';
import { codeList, composite, element, loop, ref, segmentSpec } from './spec-builders.js';

const segments = [
  segmentSpec('ST', 'Transaction Set Header', [
    element('143', 'Transaction Set Identifier Code', 'M', 'ID', 3, 3),
    element('329', 'Transaction Set Control Number', 'M', 'AN', 4, 9),
  ]),
  segmentSpec('SE', 'Transaction Set Trailer', [
    element('96', 'Number of Included Segments', 'M', 'N0', 1, 10),
    element('329', 'Transaction Set Control Number', 'M', 'AN', 4, 9),
  ]),
  segmentSpec('BEG', 'Beginning Segment for Purchase Order', [
    element('353', 'Transaction Set Purpose Code', 'M', 'ID', 2, 2, { codes: '353' }),
    element('92', 'Purchase Order Type Code', 'M', 'ID', 2, 2, { codes: '92' }),
    element('324', 'Purchase Order Number', 'M', 'AN', 1, 22),
    element('328', 'Release Number', 'O', 'AN', 1, 30),
    element('373', 'Date', 'M', 'DT', 8, 8),
  ]),
  segmentSpec('REF', 'Reference Identification', [
    element('128', 'Reference Identification Qualifier', 'M', 'ID', 2, 3),
    element('127', 'Reference Identification', 'C', 'AN', 1, 30),
    element('352', 'Description', 'C', 'AN', 1, 80),
    composite('C040', 'Reference Identifier', 'O', [
      element('128', 'Reference Identification Qualifier', 'M', 'ID', 2, 3),
      element('127', 'Reference Identification', 'M', 'AN', 1, 30),
    ]),
  ], [{ kind: 'R', elements: [2, 3] }]),
  segmentSpec('DTM', 'Date/Time Reference', [
    element('374', 'Date/Time Qualifier', 'M', 'ID', 3, 3),
    element('373', 'Date', 'C', 'DT', 8, 8),
    element('337', 'Time', 'C', 'TM', 4, 8),
  ], [{ kind: 'R', elements: [2, 3] }, { kind: 'C', elements: [3, 2] }]),
  segmentSpec('N1', 'Name', [
    element('98', 'Entity Identifier Code', 'M', 'ID', 2, 3, { codes: '98' }),
    element('93', 'Name', 'C', 'AN', 1, 60),
    element('66', 'Identification Code Qualifier', 'C', 'ID', 1, 2),
    element('67', 'Identification Code', 'C', 'AN', 2, 80),
  ], [{ kind: 'R', elements: [2, 3] }, { kind: 'P', elements: [3, 4] }]),
  segmentSpec('N3', 'Address Information', [
    element('166', 'Address Information', 'M', 'AN', 1, 55),
    element('166', 'Address Information', 'O', 'AN', 1, 55),
  ]),
  segmentSpec('N4', 'Geographic Location', [
    element('19', 'City Name', 'O', 'AN', 2, 30),
    element('156', 'State or Province Code', 'O', 'ID', 2, 2),
    element('116', 'Postal Code', 'O', 'ID', 3, 15),
  ]),
  segmentSpec('PO1', 'Baseline Item Data', [
    element('350', 'Assigned Identification', 'O', 'AN', 1, 20),
    element('330', 'Quantity Ordered', 'M', 'R', 1, 15),
    element('355', 'Unit or Basis for Measurement Code', 'M', 'ID', 2, 2, { codes: '355' }),
    element('212', 'Unit Price', 'O', 'R', 1, 17),
    element('639', 'Basis of Unit Price Code', 'O', 'ID', 2, 2),
    element('235', 'Product/Service ID Qualifier', 'C', 'ID', 2, 2),
    element('234', 'Product/Service ID', 'C', 'AN', 1, 48),
  ], [{ kind: 'P', elements: [6, 7] }]),
  segmentSpec('PID', 'Product/Item Description', [
    element('349', 'Item Description Type', 'M', 'ID', 1, 1),
    element('750', 'Product/Process Characteristic Code', 'O', 'ID', 2, 3),
    element('559', 'Agency Qualifier Code', 'O', 'ID', 2, 2),
    element('751', 'Product Description Code', 'O', 'AN', 1, 12),
    element('352', 'Description', 'C', 'AN', 1, 80),
  ]),
  segmentSpec('CTT', 'Transaction Totals', [
    element('354', 'Number of Line Items', 'M', 'N0', 1, 6),
    element('347', 'Hash Total', 'O', 'R', 1, 10),
  ]),
  segmentSpec('BSN', 'Beginning Segment for Ship Notice', [
    element('353', 'Transaction Set Purpose Code', 'M', 'ID', 2, 2, { codes: '353' }),
    element('396', 'Shipment Identification', 'M', 'AN', 2, 30),
    element('373', 'Date', 'M', 'DT', 8, 8),
    element('337', 'Time', 'M', 'TM', 4, 8),
  ]),
  segmentSpec('HL', 'Hierarchical Level', [
    element('628', 'Hierarchical ID Number', 'M', 'AN', 1, 12),
    element('734', 'Hierarchical Parent ID Number', 'O', 'AN', 1, 12),
    element('735', 'Hierarchical Level Code', 'M', 'ID', 1, 2, { codes: '735' }),
  ]),
  segmentSpec('LIN', 'Item Identification', [
    element('350', 'Assigned Identification', 'O', 'AN', 1, 20),
    element('235', 'Product/Service ID Qualifier', 'M', 'ID', 2, 2),
    element('234', 'Product/Service ID', 'M', 'AN', 1, 48),
  ]),
  segmentSpec('SN1', 'Item Detail (Shipment)', [
    element('350', 'Assigned Identification', 'O', 'AN', 1, 20),
    element('382', 'Number of Units Shipped', 'M', 'R', 1, 10),
    element('355', 'Unit or Basis for Measurement Code', 'M', 'ID', 2, 2, { codes: '355' }),
  ]),
  segmentSpec('MAN', 'Marks and Numbers', [
    element('88', 'Marks and Numbers Qualifier', 'M', 'ID', 1, 2),
    element('87', 'Marks and Numbers', 'M', 'AN', 1, 48),
  ]),
  segmentSpec('BAK', 'Beginning Segment for Purchase Order Acknowledgment', [
    element('353', 'Transaction Set Purpose Code', 'M', 'ID', 2, 2),
  ]),
  segmentSpec('TST', 'Test Segment With One Element Of Each Type', [
    element('T1', 'Implied Decimal', 'O', 'N2', 1, 6),
    element('T2', 'Decimal', 'O', 'R', 1, 8),
    element('T3', 'Long Date', 'O', 'DT', 8, 8),
    element('T4', 'Short Date', 'O', 'DT', 6, 6),
    element('T5', 'Time', 'O', 'TM', 4, 8),
    element('T6', 'Coded', 'O', 'ID', 2, 2, { codes: '355' }),
    element('T7', 'Text', 'O', 'AN', 2, 5),
    composite('C9', 'Pair', 'O', [
      element('T8a', 'Pair Code', 'M', 'ID', 2, 2),
      element('T8b', 'Pair Value', 'O', 'N0', 1, 4),
    ]),
    element('T9', 'Repeatable Text', 'O', 'AN', 1, 10, { repeat: 2 }),
    element('T10', 'Binary', 'O', 'B', 1, 10),
  ], [
    { kind: 'E', elements: [1, 2] },
    { kind: 'L', elements: [3, 4, 5] },
  ]),
];

export const mini850: TransactionSpec = {
  standard: 'x12',
  type: '850',
  name: 'Purchase Order',
  functionalId: 'PO',
  versions: ['004010'],
  body: [
    ref('ST', 'M', 1),
    ref('BEG', 'M', 1),
    ref('REF', 'O', 3),
    ref('DTM', 'O', 10),
    loop('N1', 'Name', 'O', 3, [ref('N1', 'M', 1), ref('N3', 'O', 2), ref('N4', 'O', 1)]),
    loop('PO1', 'Baseline Item Data', 'M', 0, [
      ref('PO1', 'M', 1),
      ref('PID', 'O', 0),
      loop('N1', 'Name', 'O', 200, [ref('N1', 'M', 1), ref('N3', 'O', 2), ref('N4', 'O', 1)]),
    ]),
    ref('CTT', 'O', 1),
    ref('SE', 'M', 1),
  ],
};

export const mini856: TransactionSpec = {
  standard: 'x12',
  type: '856',
  name: 'Ship Notice/Manifest',
  functionalId: 'SH',
  versions: ['004010', '005010'],
  body: [
    ref('ST', 'M', 1),
    ref('BSN', 'M', 1),
    loop('HL', 'Hierarchical Level', 'M', 0, [ref('HL', 'M', 1), ref('LIN', 'O', 1), ref('SN1', 'O', 1), ref('MAN', 'O', 0)]),
    ref('CTT', 'O', 1),
    ref('SE', 'M', 1),
  ],
};

export const miniX12: StandardDictionary = {
  standard: 'x12',
  segments: Object.fromEntries(segments.map((spec) => [spec.tag, spec])),
  codeLists: {
    '353': codeList('353', 'Transaction Set Purpose Code', ['00', '01', '06']),
    '92': codeList('92', 'Purchase Order Type Code', ['SA', 'BK', 'DS']),
    // like the real list: only the common codes, so an unknown one is a warning
    '98': codeList('98', 'Entity Identifier Code', ['ST', 'BT', 'SF', 'VN', 'BY'], false),
    '355': codeList('355', 'Unit or Basis for Measurement Code', ['EA', 'CA', 'LB']),
    '735': codeList('735', 'Hierarchical Level Code', ['S', 'O', 'T', 'P', 'I']),
  },
  transactions: [mini850, mini856],
};
