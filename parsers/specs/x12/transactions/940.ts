/** 940 Warehouse Shipping Order. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, partyLoop, trailer } from './common.js';

export const warehouseShippingOrder: TransactionSpec = {
  standard: 'x12',
  type: '940',
  name: 'Warehouse Shipping Order',
  functionalId: 'OW',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('W05', 'M', 1),
    partyLoop(10, [segment('PER', 'O', 3)]),
    segment('N9', 'O', 10),
    segment('G61', 'O', 3),
    segment('G62', 'O', 10),
    segment('NTE', 'O', 10),
    segment('W66', 'O', 1),
    loop('LX', 'Assigned Number', 'O', 0, [
      segment('LX', 'O', 1),
      segment('MAN', 'O', 0),
      segment('SDQ', 'O', 0),
      segment('N1', 'O', 1),
      segment('G62', 'O', 10),
      loop('W01', 'Line Item Detail - Warehouse', 'O', 0, [
        segment('W01', 'O', 1),
        segment('G69', 'O', 5),
        segment('N9', 'O', 200),
        segment('NTE', 'O', 0),
        segment('W20', 'O', 3),
        segment('QTY', 'O', 10),
        segment('AMT', 'O', 1),
        segment('G62', 'O', 10),
        segment('N1', 'O', 3),
        segment('PER', 'O', 5),
      ]),
    ]),
    segment('W76', 'O', 1),
    trailer,
  ],
};
