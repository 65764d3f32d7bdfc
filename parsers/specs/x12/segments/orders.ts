/** Beginning segments and line items of purchase orders, acknowledgments and change orders (850, 855, 860). */
import { element, pairedRules, pairs, rules } from '../builders.js';
import type { ElementDefinition, SegmentDefinition } from '../builders.js';
import {

  assignedId,
  basisOfUnitPrice,
  changeOrderSequence,
  compositeUnitOfMeasure,
  contractNumber,
  date,
  dateTimeQualifier,
  description,
  entityIdentifier,
  name,
  productId,
  productQualifier,
  purchaseOrderNumber,
  referenceId,
  quantity,
  releaseNumber,
  requestReference,
  time,
  transactionSetPurpose,
  transactionType,
  unitOfMeasure,
  unitPrice,
  volume,
  weight,
} from '../elements.js';

const orderType = (usage: 'M' | 'O'): ElementDefinition =>
  element('92', 'Purchase Order Type Code', usage, 'ID', 2, 2, { codes: '92' });
const acknowledgmentType = (usage: 'M' | 'O'): ElementDefinition =>
  element('587', 'Acknowledgment Type', usage, 'ID', 2, 2, { codes: '587' });

/** Ten product id qualifier/value pairs, as PO1, POC, ACK and IT1 carry them after their fixed elements. */
const productPairs = (count: number): ElementDefinition[] =>
  pairs(
    count,
    () => productQualifier('C'),
    () => productId('C'),
  );

// PO102 and POC03 are 330 Quantity Ordered in 004010 and the generic 380 Quantity in 005010.
const orderedQuantity = (): ElementDefinition =>
  element('380', 'Quantity', 'C', 'R', 1, 15, { versions: { '004010': { id: '330', name: 'Quantity Ordered' } } });

export const orderSegments: SegmentDefinition[] = [
  {
    tag: 'BEG',
    name: 'Beginning Segment for Purchase Order',
    purpose: 'Identifies the purchase order: purpose (original, change...), order type, PO number and PO date.',
    elements: [
      transactionSetPurpose('M'),
      orderType('M'),
      purchaseOrderNumber('M'),
      releaseNumber('O'),
      date('M', 'Purchase Order Date'),
      contractNumber('O'),
      acknowledgmentType('O'),
      element('1019', 'Invoice Type Code', 'O', 'ID', 3, 3),
      element('1166', 'Contract Type Code', 'O', 'ID', 2, 2),
      element('1232', 'Purchase Category', 'O', 'ID', 2, 2),
      element('786', 'Security Level Code', 'O', 'ID', 2, 2),
      transactionType('O'),
    ],
  },
  {
    tag: 'BAK',
    name: 'Beginning Segment for Purchase Order Acknowledgment',
    purpose: 'Identifies the acknowledgment: its purpose, whether the order is accepted as is, the PO number and date.',
    elements: [
      transactionSetPurpose('M'),
      acknowledgmentType('M'),
      purchaseOrderNumber('M'),
      date('M', 'Purchase Order Date'),
      releaseNumber('O'),
      requestReference('O'),
      contractNumber('O'),
      referenceId('O', 'Seller Order Number'),
      date('O', 'Acknowledgment Date'),
      transactionType('O'),
    ],
  },
  {
    tag: 'BCH',
    name: 'Beginning Segment for Purchase Order Change',
    purpose: 'Identifies the order being changed: purpose, order type, PO number, change sequence and PO date.',
    elements: [
      transactionSetPurpose('M'),
      orderType('M'),
      purchaseOrderNumber('M'),
      releaseNumber('O'),
      changeOrderSequence('O'),
      date('M', 'Purchase Order Date'),
      requestReference('O'),
      contractNumber('O'),
      date('O', 'Change Request Date'),
      date('O', 'Acknowledgment Date'),
      date('O', 'Date'),
      transactionType('O'),
    ],
  },
  {
    tag: 'PO1',
    name: 'Baseline Item Data',
    purpose: 'One ordered line: line number, quantity, unit of measure, unit price and product ids by qualifier.',
    elements: [
      assignedId('O'),
      orderedQuantity(),
      unitOfMeasure('O'),
      unitPrice('C'),
      basisOfUnitPrice('O'),
      ...productPairs(10),
    ],
    rules: rules('C0302', 'C0504', ...pairedRules(6, 10)),
  },
  {
    tag: 'POC',
    name: 'Line Item Change',
    purpose: 'One changed order line: the change type (add, delete, quantity or price change) and the new values.',
    elements: [
      assignedId('M'),
      element('670', 'Change or Response Type Code', 'M', 'ID', 2, 2),
      orderedQuantity(),
      element('671', 'Quantity Left to Receive', 'C', 'R', 1, 15),
      compositeUnitOfMeasure('C'),
      unitPrice('C'),
      basisOfUnitPrice('O'),
      ...productPairs(10),
    ],
    rules: rules(...pairedRules(8, 10)),
  },
  {
    tag: 'ACK',
    name: 'Line Item Acknowledgment',
    purpose: 'The seller’s answer for one line: accepted, rejected, backordered or changed, with quantity and date.',
    elements: [
      element('668', 'Line Item Status Code', 'M', 'ID', 2, 2, { codes: '668' }),
      quantity('C'),
      unitOfMeasure('C'),
      dateTimeQualifier('C'),
      date('O'),
      requestReference('O'),
      ...productPairs(10),
      element('559', 'Agency Qualifier Code', 'O', 'ID', 2, 2),
      element('822', 'Source Subqualifier', 'O', 'AN', 1, 15),
      element('1271', 'Industry Code', 'C', 'AN', 1, 30),
    ],
    rules: rules('P0203', 'C0405', ...pairedRules(7, 10), 'C2827'),
  },
  {
    tag: 'SCH',
    name: 'Line Item Schedule',
    purpose: 'Splits a line into scheduled quantities with their delivery or ship dates.',
    elements: [
      quantity('M'),
      unitOfMeasure('M'),
      entityIdentifier('C'),
      name('C'),
      dateTimeQualifier('M'),
      date('M'),
      time('O'),
      dateTimeQualifier('O'),
      date('C'),
      time('O'),
      requestReference('O'),
      assignedId('O'),
    ],
    rules: rules('C0304', 'L080910'),
  },
  {
    tag: 'SLN',
    name: 'Subline Item Detail',
    purpose: 'A component or subline of the line above it (kits, assortments, prepacks).',
    elements: [
      assignedId('M'),
      assignedId('O'),
      element('662', 'Relationship Code', 'M', 'ID', 1, 1),
      quantity('C'),
      compositeUnitOfMeasure('C'),
      unitPrice('C'),
      basisOfUnitPrice('C'),
      element('662', 'Relationship Code', 'O', 'ID', 1, 1),
      ...productPairs(10),
    ],
    rules: rules('P0405', 'C0706', ...pairedRules(9, 10)),
  },
  {
    tag: 'CTT',
    name: 'Transaction Totals',
    purpose: 'Control totals: the number of line items and, optionally, a hash total of quantities.',
    elements: [
      element('354', 'Number of Line Items', 'M', 'N0', 1, 6),
      element('347', 'Hash Total', 'O', 'R', 1, 10),
      weight('C'),
      unitOfMeasure('C'),
      volume('C'),
      unitOfMeasure('C'),
      description('O'),
    ],
    rules: rules('P0304', 'P0506'),
  },
  {
    tag: 'PRF',
    name: 'Purchase Order Reference',
    purpose: 'The purchase order (and release, change sequence, date) that a shipment or line refers to.',
    elements: [
      purchaseOrderNumber('M'),
      releaseNumber('O'),
      changeOrderSequence('O'),
      date('O', 'Purchase Order Date'),
      assignedId('O'),
      contractNumber('O'),
      orderType('O'),
    ],
  },
];

