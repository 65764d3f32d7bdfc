/** Loops that several transaction sets repeat with the same shape. */
import type { LoopSpec, SegmentRef } from '../../types.js';
import { loop, segment } from '../builders.js';

/** The N1 party loop: N1 name, N2 extra name, N3 street, N4 city/state/zip, then whatever the set adds. */
export function partyLoop(max: number, extra: SegmentRef[] = [], n4Max = 1): LoopSpec {
  return loop('N1', 'Party Identification', 'O', max, [
    segment('N1', 'O', 1),
    segment('N2', 'O', 2),
    segment('N3', 'O', 2),
    segment('N4', 'O', n4Max),
    ...extra,
  ]);
}

export function referenceLoop(max: number, messageMax = 1000): LoopSpec {
  return loop('N9', 'Reference Identification', 'O', max, [
    segment('N9', 'O', 1),
    segment('DTM', 'O', 0),
    segment('MSG', 'O', messageMax),
  ]);
}

export function allowanceLoop(max: number, extra: SegmentRef[] = []): LoopSpec {
  return loop('SAC', 'Service, Promotion, Allowance, or Charge Information', 'O', max, [
    segment('SAC', 'O', 1),
    segment('CUR', 'O', 1),
    ...extra,
  ]);
}

export function productDescriptionLoop(max: number): LoopSpec {
  return loop('PID', 'Product/Item Description', 'O', max, [segment('PID', 'O', 1), segment('MEA', 'O', 10)]);
}

export function totalsLoop(): LoopSpec {
  return loop('CTT', 'Transaction Totals', 'O', 1, [segment('CTT', 'O', 1), segment('AMT', 'O', 1)]);
}

/** Carrier details as they follow each other in order headers and lines: TD1, TD5, TD3, TD4. */
export function carrierDetails(td1Max: number): SegmentRef[] {
  return [segment('TD1', 'O', td1Max), segment('TD5', 'O', 12), segment('TD3', 'O', 12), segment('TD4', 'O', 5)];
}

export const header: SegmentRef = segment('ST', 'M', 1);
export const trailer: SegmentRef = segment('SE', 'M', 1);
