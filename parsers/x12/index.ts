/** The X12 engine's public API. */
export { parseX12, createX12Stream, scanX12 } from './parse.js';
export { looksLikeX12 } from './detect.js';
export { serializeX12 } from './serialize.js';
export { generateX12Acks } from './ack/index.js';
export type { AckOptions, ControlNumberCounter, GeneratedAck } from './ack/index.js';
