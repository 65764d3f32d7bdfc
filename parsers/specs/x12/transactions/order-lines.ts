/**
 * The line-item loop shared by the purchase order family (850 PO1, 855 PO1, 860 POC): the same segments in the
 * same order after the trigger segment, with the 855's ACK loop where the standard puts it.
 */
import type { LoopSpec, SegmentRef } from '../../types.js';
import { loop, segment } from '../builders.js';
import { allowanceLoop, carrierDetails, partyLoop, productDescriptionLoop, referenceLoop } from './common.js';

const quantityLoop = (): LoopSpec =>
  loop('QTY', 'Quantity', 'O', 0, [segment('QTY', 'O', 1), segment('SI', 'O', 0)]);

function sublineLoop(): LoopSpec {
  return loop('SLN', 'Subline Item Detail', 'O', 1000, [
    segment('SLN', 'O', 1),
    segment('MSG', 'O', 0),
    segment('SI', 'O', 0),
    segment('PID', 'O', 1000),
    segment('DTM', 'O', 10),
    segment('CTP', 'O', 25),
    segment('PO4', 'O', 1),
    segment('TAX', 'O', 3),
    referenceLoop(0),
    allowanceLoop(25, [segment('CTP', 'O', 1)]),
    quantityLoop(),
    partyLoop(10, [segment('REF', 'O', 12), segment('PER', 'O', 3), segment('SI', 'O', 0)]),
  ]);
}

interface LineLoopOptions {
  trigger: SegmentRef;
  /** the 855 answers each line with ACK segments, placed after the line's carrier details */
  acknowledgments?: boolean;
}

export function orderLineChildren(options: LineLoopOptions): (SegmentRef | LoopSpec)[] {
  return [
    options.trigger,
    segment('LIN', 'O', 0),
    segment('SI', 'O', 0),
    segment('CUR', 'O', 1),
    loop('CTP', 'Pricing Information', 'O', 0, [segment('CTP', 'O', 1), segment('CUR', 'O', 1)]),
    segment('MEA', 'O', 40),
    productDescriptionLoop(1000),
    segment('PO4', 'O', 0),
    segment('REF', 'O', 0),
    segment('PER', 'O', 3),
    allowanceLoop(25, [segment('CTP', 'O', 1)]),
    segment('CSH', 'O', 0),
    segment('ITD', 'O', 2),
    segment('TAX', 'O', 0),
    segment('FOB', 'O', 0),
    segment('SDQ', 'O', 500),
    segment('DTM', 'O', 10),
    ...carrierDetails(1),
    segment('MAN', 'O', 10),
    segment('TXI', 'O', 0),
    ...(options.acknowledgments === true
      ? [loop('ACK', 'Line Item Acknowledgment', 'O', 104, [segment('ACK', 'O', 1), segment('DTM', 'O', 10)])]
      : []),
    quantityLoop(),
    loop('SCH', 'Line Item Schedule', 'O', 200, [segment('SCH', 'O', 1), ...carrierDetails(2), segment('REF', 'O', 0)]),
    referenceLoop(1000),
    partyLoop(
      200,
      [
        segment('QTY', 'O', 0),
        segment('REF', 'O', 12),
        segment('PER', 'O', 3),
        segment('SI', 'O', 0),
        segment('DTM', 'O', 1),
        segment('FOB', 'O', 1),
        segment('SCH', 'O', 200),
        ...carrierDetails(2),
        segment('PKG', 'O', 200),
      ],
      3,
    ),
    sublineLoop(),
  ];
}

/** Header segments between the beginning segment and the N9/N1 loops, common to 850, 855 and 860. */
export function orderHeading(): (SegmentRef | LoopSpec)[] {
  return [
    segment('CUR', 'O', 1),
    segment('REF', 'O', 0),
    segment('PER', 'O', 3),
    segment('TAX', 'O', 0),
    segment('FOB', 'O', 0),
    segment('CTP', 'O', 0),
    segment('CSH', 'O', 5),
    allowanceLoop(25),
    segment('ITD', 'O', 0),
    segment('DTM', 'O', 10),
    segment('LIN', 'O', 5),
    segment('SI', 'O', 0),
    segment('PID', 'O', 200),
    segment('MEA', 'O', 40),
    segment('PKG', 'O', 200),
    ...carrierDetails(2),
    segment('MAN', 'O', 10),
    segment('TXI', 'O', 0),
  ];
}

export function orderPartyLoop(): LoopSpec {
  return partyLoop(
    200,
    [
      segment('REF', 'O', 12),
      segment('PER', 'O', 0),
      segment('SI', 'O', 0),
      segment('FOB', 'O', 1),
      ...carrierDetails(2),
      segment('PKG', 'O', 200),
    ],
    0,
  );
}
