/** 810 Invoice. 004010 and 005010 share this table (IT102 changes element, see the IT1 segment). */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, partyLoop, productDescriptionLoop, referenceLoop, trailer } from './common.js';

const allowanceWithTax = (max: number) =>
  loop('SAC', 'Service, Promotion, Allowance, or Charge Information', 'O', max, [
    segment('SAC', 'O', 1),
    segment('TXI', 'O', 10),
  ]);

const partyWithContacts = () => partyLoop(200, [segment('REF', 'O', 12), segment('PER', 'O', 3)]);

export const invoice: TransactionSpec = {
  standard: 'x12',
  type: '810',
  name: 'Invoice',
  functionalId: 'IN',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BIG', 'M', 1),
    segment('NTE', 'O', 100),
    segment('CUR', 'O', 1),
    segment('REF', 'O', 12),
    segment('PER', 'O', 3),
    partyWithContacts(),
    segment('ITD', 'O', 0),
    segment('DTM', 'O', 10),
    segment('FOB', 'O', 1),
    segment('PID', 'O', 200),
    segment('MEA', 'O', 40),
    segment('PKG', 'O', 25),
    referenceLoop(1, 10),
    loop('IT1', 'Baseline Item Data (Invoice)', 'O', 200000, [
      segment('IT1', 'O', 1),
      segment('QTY', 'O', 5),
      segment('CUR', 'O', 1),
      segment('TXI', 'O', 10),
      segment('CTP', 'O', 25),
      segment('MEA', 'O', 40),
      productDescriptionLoop(1000),
      segment('PKG', 'O', 25),
      segment('PO4', 'O', 1),
      segment('ITD', 'O', 2),
      segment('REF', 'O', 0),
      segment('PER', 'O', 5),
      segment('SDQ', 'O', 500),
      segment('DTM', 'O', 10),
      allowanceWithTax(25),
      loop('SLN', 'Subline Item Detail', 'O', 1000, [
        segment('SLN', 'O', 1),
        segment('DTM', 'O', 1),
        segment('REF', 'O', 0),
        segment('PID', 'O', 1000),
        segment('SAC', 'O', 25),
        segment('TXI', 'O', 0),
      ]),
      partyWithContacts(),
    ]),
    segment('TDS', 'M', 1),
    segment('TXI', 'O', 10),
    segment('AMT', 'O', 0),
    allowanceWithTax(25),
    loop('ISS', 'Invoice Shipment Summary', 'O', 0, [segment('ISS', 'O', 1), segment('PID', 'O', 1)]),
    segment('CTT', 'O', 1),
    trailer,
  ],
};
