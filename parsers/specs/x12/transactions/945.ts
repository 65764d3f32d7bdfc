/** 945 Warehouse Shipping Advice. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, partyLoop, trailer } from './common.js';

export const warehouseShippingAdvice: TransactionSpec = {
  standard: 'x12',
  type: '945',
  name: 'Warehouse Shipping Advice',
  functionalId: 'SW',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('W06', 'M', 1),
    partyLoop(10, [segment('PER', 'O', 3)]),
    segment('N9', 'O', 30),
    segment('G61', 'O', 3),
    segment('G62', 'O', 10),
    segment('NTE', 'O', 10),
    segment('W27', 'O', 1),
    loop('LX', 'Assigned Number', 'O', 0, [
      segment('LX', 'O', 1),
      segment('MAN', 'O', 0),
      segment('N9', 'O', 0),
      loop('W12', 'Warehouse Item Detail', 'O', 0, [
        segment('W12', 'O', 1),
        segment('G69', 'O', 5),
        segment('N9', 'O', 20),
        segment('G62', 'O', 10),
        segment('QTY', 'O', 5),
        segment('MEA', 'O', 40),
        segment('AMT', 'O', 1),
        segment('W27', 'O', 1),
        segment('N1', 'O', 0),
      ]),
    ]),
    segment('W03', 'O', 1),
    trailer,
  ],
};
