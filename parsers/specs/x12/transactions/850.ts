/** 850 Purchase Order. 004010 and 005010 share this table; element differences live in the segment dictionary. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, referenceLoop, totalsLoop, trailer } from './common.js';
import { orderHeading, orderLineChildren, orderPartyLoop } from './order-lines.js';

export const purchaseOrder: TransactionSpec = {
  standard: 'x12',
  type: '850',
  name: 'Purchase Order',
  functionalId: 'PO',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BEG', 'M', 1),
    ...orderHeading(),
    loop('AMT', 'Monetary Amount', 'O', 0, [segment('AMT', 'O', 1), segment('REF', 'O', 0), segment('DTM', 'O', 1)]),
    referenceLoop(1000),
    orderPartyLoop(),
    loop('PO1', 'Baseline Item Data', 'M', 100000, orderLineChildren({ trigger: segment('PO1', 'M', 1) })),
    totalsLoop(),
    trailer,
  ],
};
