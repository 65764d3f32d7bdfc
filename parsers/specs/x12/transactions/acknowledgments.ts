/** 997 Functional Acknowledgment (004010, 005010) and 999 Implementation Acknowledgment (005010 only). */
import type { TransactionSpec } from '../../types.js';
import { loop, segment } from '../builders.js';
import { header, trailer } from './common.js';

export const functionalAcknowledgment: TransactionSpec = {
  standard: 'x12',
  type: '997',
  name: 'Functional Acknowledgment',
  functionalId: 'FA',
  versions: ['004010', '005010'],
  body: [
    header,
    segment('AK1', 'M', 1),
    loop('AK2', 'Transaction Set Response Header', 'O', 999999, [
      segment('AK2', 'O', 1),
      loop('AK3', 'Data Segment Note', 'O', 999999, [segment('AK3', 'O', 1), segment('AK4', 'O', 99)]),
      segment('AK5', 'M', 1),
    ]),
    segment('AK9', 'M', 1),
    trailer,
  ],
};

// The 999 was introduced with 005010; there is no 004010 999.
export const implementationAcknowledgment: TransactionSpec = {
  standard: 'x12',
  type: '999',
  name: 'Implementation Acknowledgment',
  functionalId: 'FA',
  versions: ['005010'],
  body: [
    header,
    segment('AK1', 'M', 1),
    loop('AK2', 'Transaction Set Response Header', 'O', 0, [
      segment('AK2', 'O', 1),
      loop('IK3', 'Error Identification', 'O', 0, [
        segment('IK3', 'O', 1),
        segment('CTX', 'O', 10),
        loop('IK4', 'Implementation Data Element Note', 'O', 0, [segment('IK4', 'O', 1), segment('CTX', 'O', 10)]),
      ]),
      segment('IK5', 'M', 1),
    ]),
    segment('AK9', 'M', 1),
    trailer,
  ],
};
