/** 180 Return Merchandise Authorization and Notification. 004010 and 005010 share this table. */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, partyLoop, trailer } from './common.js';

export const returnAuthorization: TransactionSpec = {
  standard: 'x12',
  type: '180',
  name: 'Return Merchandise Authorization and Notification',
  functionalId: 'AN',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BGN', 'M', 1),
    segment('PRF', 'O', 1),
    segment('DTM', 'O', 10),
    segment('REF', 'O', 10),
    segment('PER', 'O', 2),
    segment('SAC', 'O', 10),
    segment('PKG', 'O', 5),
    segment('TD1', 'O', 10),
    segment('TD5', 'O', 10),
    partyLoop(0, [segment('REF', 'O', 12), segment('PER', 'O', 3)]),
    loop('BLI', 'Basic Baseline Item Data', 'O', 0, [
      segment('BLI', 'O', 1),
      segment('PID', 'O', 0),
      segment('PRF', 'O', 1),
      segment('REF', 'O', 0),
      segment('DTM', 'O', 10),
      segment('QTY', 'O', 0),
      segment('AMT', 'O', 0),
      segment('SAC', 'O', 0),
      partyLoop(0, [segment('REF', 'O', 12), segment('PER', 'O', 3)]),
    ]),
    segment('CTT', 'O', 1),
    trailer,
  ],
};
