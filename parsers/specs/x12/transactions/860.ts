/** 860 Purchase Order Change Request - Buyer Initiated. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, referenceLoop, totalsLoop, trailer } from './common.js';
import { orderHeading, orderLineChildren, orderPartyLoop } from './order-lines.js';

export const purchaseOrderChange: TransactionSpec = {
  standard: 'x12',
  type: '860',
  name: 'Purchase Order Change Request - Buyer Initiated',
  functionalId: 'PC',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BCH', 'M', 1),
    ...orderHeading(),
    referenceLoop(1000),
    orderPartyLoop(),
    // A header-only change (new dates, new ship-to) carries no POC lines.
    loop('POC', 'Line Item Change', 'O', 100000, orderLineChildren({ trigger: segment('POC', 'O', 1) })),
    totalsLoop(),
    trailer,
  ],
};
