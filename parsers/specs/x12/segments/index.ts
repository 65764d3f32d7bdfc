/** The X12 segment dictionary source: every segment definition, keyed by tag. */
import { byTag } from '../builders.js';
import type { SegmentDefinition } from '../builders.js';
import { ackSegments } from './acks.js';
import { billingSegments } from './billing.js';
import { commercialSegments } from './commercial.js';
import { envelopeSegments } from './envelope.js';
import { orderSegments } from './orders.js';
import { partySegments } from './parties.js';
import { shippingSegments } from './shipping.js';
import { warehouseSegments } from './warehouse.js';

export const segmentDefinitions: Record<string, SegmentDefinition> = byTag(
  envelopeSegments,
  ackSegments,
  partySegments,
  orderSegments,
  commercialSegments,
  shippingSegments,
  billingSegments,
  warehouseSegments,
);
