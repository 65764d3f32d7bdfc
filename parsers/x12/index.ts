/**
 * The X12 engine's public API.
 *
 * - parseX12(bytes, options?)      whole file; keeps segments and validates against the specs by default
 * - createX12Stream(options?)      push parser for files of any size; segments dropped after each transaction
 *                                  unless kept, lent to onTransaction with segmentsForCallback
 * - scanX12(bytes, options?)       envelopes and counts only: no Segment objects, no spec validation
 * - looksLikeX12(bytes)            auto-detection (BOM, junk and EBCDIC tolerated)
 * - serializeX12(segments, delims) X12 text; throws when a value holds a delimiter (X12 has no escape character)
 * - generateX12Acks(interchange, options)  TA1 and one 997/999 per functional group, each a complete interchange
 */
export { parseX12, createX12Stream, scanX12 } from './parse.js';
export { looksLikeX12 } from './detect.js';
export { serializeX12 } from './serialize.js';
export { generateX12Acks } from './ack/index.js';
export type { AckOptions, ControlNumberCounter, GeneratedAck } from './ack/index.js';
