/**
 * 856 Ship Notice/Manifest. One repeating HL loop holds every level (shipment, order, tare, pack, item); the
 * parent/child tree is built from HL01/HL02 by the validator, not by nesting loops here.
 */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { allowanceLoop, header, partyLoop, trailer } from './common.js';

export const shipNotice: TransactionSpec = {
  standard: 'x12',
  type: '856',
  name: 'Ship Notice/Manifest',
  functionalId: 'SH',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('BSN', 'M', 1),
    segment('DTM', 'O', 10),
    loop('HL', 'Hierarchical Level', 'M', 200000, [
      segment('HL', 'M', 1),
      segment('LIN', 'O', 1),
      segment('SN1', 'O', 1),
      segment('SLN', 'O', 0),
      segment('PRF', 'O', 1),
      segment('PO4', 'O', 1),
      segment('PID', 'O', 200),
      segment('MEA', 'O', 40),
      segment('PKG', 'O', 25),
      segment('TD1', 'O', 20),
      segment('TD5', 'O', 10),
      segment('TD3', 'O', 12),
      segment('TD4', 'O', 5),
      segment('REF', 'O', 0),
      segment('PER', 'O', 3),
      loop('CLD', 'Load Detail', 'O', 200, [segment('CLD', 'O', 1), segment('REF', 'O', 0)]),
      segment('MAN', 'O', 0),
      segment('DTM', 'O', 10),
      segment('FOB', 'O', 1),
      partyLoop(200, [segment('REF', 'O', 12), segment('PER', 'O', 3), segment('FOB', 'O', 1)]),
      segment('SDQ', 'O', 50),
      segment('CUR', 'O', 1),
      allowanceLoop(0),
    ]),
    segment('CTT', 'O', 1),
    trailer,
  ],
};
