/**
 * Test-only EDIFACT dictionary: a small ORDERS (SG2 parties, SG25 lines) and DESADV (SG10 CPS hierarchy).
 * Real spec data lives in parsers/specs/edifact.
 */
import type { StandardDictionary, TransactionSpec } from '../../specs/types.js';
import { codeList, composite, element, loop, ref, segmentSpec } from './spec-builders.js';

const segments = [
  segmentSpec('UNH', 'Message header', [
    element('0062', 'Message reference number', 'M', 'an', 1, 14),
    composite('S009', 'Message identifier', 'M', [
      element('0065', 'Message type', 'M', 'an', 1, 6),
      element('0052', 'Message version number', 'M', 'an', 1, 3),
      element('0054', 'Message release number', 'M', 'an', 1, 3),
      element('0051', 'Controlling agency', 'M', 'an', 1, 2),
      element('0057', 'Association assigned code', 'C', 'an', 1, 6),
    ]),
  ]),
  segmentSpec('UNT', 'Message trailer', [
    element('0074', 'Number of segments in the message', 'M', 'n', 1, 6),
    element('0062', 'Message reference number', 'M', 'an', 1, 14),
  ]),
  segmentSpec('BGM', 'Beginning of message', [
    composite('C002', 'Document/message name', 'C', [
      element('1001', 'Document name code', 'C', 'an', 1, 3, { codes: '1001' }),
      element('1131', 'Code list identification code', 'C', 'an', 1, 17),
      element('3055', 'Code list responsible agency code', 'C', 'an', 1, 3),
      element('1000', 'Document name', 'C', 'an', 1, 35),
    ]),
    element('1004', 'Document identifier', 'C', 'an', 1, 35),
    element('1225', 'Message function code', 'C', 'an', 1, 3),
  ]),
  segmentSpec('DTM', 'Date/time/period', [
    composite('C507', 'Date/time/period', 'M', [
      element('2005', 'Date or time or period function code qualifier', 'M', 'an', 1, 3),
      element('2380', 'Date or time or period value', 'C', 'an', 1, 35),
      element('2379', 'Date or time or period format code', 'C', 'an', 1, 3),
    ]),
  ]),
  segmentSpec('NAD', 'Name and address', [
    element('3035', 'Party function code qualifier', 'M', 'an', 1, 3, { codes: '3035' }),
    composite('C082', 'Party identification details', 'C', [
      element('3039', 'Party identifier', 'M', 'an', 1, 35),
      element('1131', 'Code list identification code', 'C', 'an', 1, 17),
      element('3055', 'Code list responsible agency code', 'C', 'an', 1, 3),
    ]),
  ]),
  segmentSpec('LOC', 'Place/location identification', [element('3227', 'Location function code qualifier', 'M', 'an', 1, 3)]),
  segmentSpec('LIN', 'Line item', [
    element('1082', 'Line item identifier', 'C', 'an', 1, 6),
    element('1229', 'Action request/notification description code', 'C', 'an', 1, 3),
    composite('C212', 'Item number identification', 'C', [
      element('7140', 'Item identifier', 'C', 'an', 1, 35),
      element('7143', 'Item type identification code', 'C', 'an', 1, 3),
    ]),
  ]),
  segmentSpec('PIA', 'Additional product id', [element('4347', 'Product identifier code qualifier', 'M', 'an', 1, 3)]),
  segmentSpec('QTY', 'Quantity', [
    composite('C186', 'Quantity details', 'M', [
      element('6063', 'Quantity type code qualifier', 'M', 'an', 1, 3),
      element('6060', 'Quantity', 'M', 'n', 1, 15),
      element('6411', 'Measurement unit code', 'C', 'an', 1, 3),
    ]),
  ]),
  segmentSpec('UNS', 'Section control', [element('0081', 'Section identification', 'M', 'a', 1, 1, { codes: '0081' })]),
  segmentSpec('CNT', 'Control total', [
    composite('C270', 'Control', 'M', [
      element('6069', 'Control total type code qualifier', 'M', 'an', 1, 3),
      element('6066', 'Control total quantity', 'M', 'n', 1, 18),
    ]),
  ]),
  segmentSpec('CPS', 'Consignment packing sequence', [
    element('7164', 'Hierarchical structure level identifier', 'M', 'an', 1, 35),
    element('7166', 'Hierarchical structure parent identifier', 'C', 'an', 1, 35),
    element('7075', 'Packaging level code', 'C', 'an', 1, 3),
  ]),
  segmentSpec('PAC', 'Package', [element('7224', 'Package quantity', 'C', 'n', 1, 8)]),
  segmentSpec('ERC', 'Application error information', [
    composite('C901', 'Application error detail', 'M', [element('9321', 'Application error code', 'M', 'an', 1, 8)]),
  ]),
];

export const miniOrders: TransactionSpec = {
  standard: 'edifact',
  type: 'ORDERS',
  name: 'Purchase order message',
  functionalId: null,
  versions: ['D96A'],
  body: [
    ref('UNH', 'M', 1),
    ref('BGM', 'M', 1),
    ref('DTM', 'M', 35),
    loop('SG2', 'Parties', 'C', 99, [ref('NAD', 'M', 1), ref('LOC', 'C', 25)]),
    loop('SG25', 'Line items', 'C', 200000, [ref('LIN', 'M', 1), ref('PIA', 'C', 25), ref('QTY', 'C', 10)]),
    ref('UNS', 'M', 1),
    ref('CNT', 'C', 10),
    ref('UNT', 'M', 1),
  ],
};

export const miniDesadv: TransactionSpec = {
  standard: 'edifact',
  type: 'DESADV',
  name: 'Despatch advice message',
  functionalId: null,
  versions: ['D96A'],
  body: [
    ref('UNH', 'M', 1),
    ref('BGM', 'M', 1),
    ref('DTM', 'M', 10),
    loop('SG10', 'Packing sequence', 'C', 9999, [
      ref('CPS', 'M', 1),
      loop('SG11', 'Packages', 'C', 9999, [ref('PAC', 'M', 1)]),
      loop('SG17', 'Line items', 'C', 9999, [ref('LIN', 'M', 1), ref('QTY', 'C', 10)]),
    ]),
    ref('CNT', 'C', 5),
    ref('UNT', 'M', 1),
  ],
};

export const miniEdifact: StandardDictionary = {
  standard: 'edifact',
  segments: Object.fromEntries(segments.map((spec) => [spec.tag, spec])),
  codeLists: {
    '1001': codeList('1001', 'Document name code', ['220', '351', '231']),
    '3035': codeList('3035', 'Party function code qualifier', ['BY', 'SU', 'DP', 'IV']),
    '0081': codeList('0081', 'Section identification', ['D', 'S']),
  },
  transactions: [miniOrders, miniDesadv],
};
