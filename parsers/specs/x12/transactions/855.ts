/** 855 Purchase Order Acknowledgment. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, referenceLoop, totalsLoop, trailer } from './common.js';
import { orderHeading, orderLineChildren, orderPartyLoop } from './order-lines.js';

export const purchaseOrderAcknowledgment: TransactionSpec = {
  standard: 'x12',
  type: '855',
  name: 'Purchase Order Acknowledgment',
  functionalId: 'PR',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BAK', 'M', 1),
    ...orderHeading(),
    referenceLoop(1000),
    orderPartyLoop(),
    // Lines are optional: an 855 with BAK02 = AK acknowledges the whole order without detail.
    loop(
      'PO1',
      'Baseline Item Data',
      'O',
      100000,
      orderLineChildren({ trigger: segment('PO1', 'O', 1), acknowledgments: true }),
    ),
    totalsLoop(),
    trailer,
  ],
};
