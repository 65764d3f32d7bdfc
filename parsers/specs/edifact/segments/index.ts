import type { SegmentSpec } from '../../types.js';
import { amountSegments } from './amounts.js';
import { commonSegments } from './common.js';
import { byTag } from './define.js';
import { itemSegments } from './items.js';
import { logisticsSegments } from './logistics.js';
import { serviceSegments } from './service.js';

/** Every EDIFACT segment the message specs use, plus the service segments, by tag. */
export const edifactSegments: Record<string, SegmentSpec> = byTag(
  serviceSegments,
  commonSegments,
  amountSegments,
  logisticsSegments,
  itemSegments,
);

export const segmentNames: Record<string, string> = Object.fromEntries(
  Object.values(edifactSegments).map((spec) => [spec.tag, spec.name]),
);
