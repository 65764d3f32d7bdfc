/** 846 Inventory Inquiry/Advice. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, partyLoop, trailer } from './common.js';

export const inventoryAdvice: TransactionSpec = {
  standard: 'x12',
  type: '846',
  name: 'Inventory Inquiry/Advice',
  functionalId: 'IB',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BIA', 'M', 1),
    segment('CUR', 'O', 1),
    segment('DTM', 'O', 10),
    segment('REF', 'O', 12),
    segment('PER', 'O', 3),
    segment('MEA', 'O', 20),
    partyLoop(5, [segment('REF', 'O', 12), segment('PER', 'O', 3)]),
    loop('LIN', 'Item Identification', 'M', 10000, [
      segment('LIN', 'M', 1),
      segment('PID', 'O', 200),
      segment('MEA', 'O', 40),
      segment('PO4', 'O', 0),
      segment('PKG', 'O', 25),
      segment('SAC', 'O', 25),
      segment('CTP', 'O', 25),
      segment('DTM', 'O', 10),
      segment('REF', 'O', 0),
      segment('PER', 'O', 3),
      segment('SDQ', 'O', 0),
      // Quantities by kind (33 available, 17 on hand, 63 on order), each optionally dated or scheduled.
      loop('QTY', 'Quantity', 'O', 0, [segment('QTY', 'O', 1), segment('SCH', 'O', 25), segment('DTM', 'O', 10)]),
      partyLoop(0, [
        segment('REF', 'O', 12),
        segment('PER', 'O', 3),
        segment('DTM', 'O', 10),
        segment('QTY', 'O', 0),
      ]),
    ]),
    segment('CTT', 'O', 1),
    trailer,
  ],
};
