/** The UN/EDIFACT engine's public API. */
export { parseEdifact, createEdifactStream, scanEdifact } from './parse.js';
export { looksLikeEdifact } from './detect.js';
export { serializeEdifact } from './serialize.js';
export { generateContrl } from './ack/contrl.js';
export type { ContrlOptions, ControlNumberSource } from './ack/contrl.js';
export { DEFAULT_DELIMITERS } from './delimiters.js';
