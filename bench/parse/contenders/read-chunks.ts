import { createReadStream } from 'node:fs';
import { CHUNK_BYTES } from './types.js';

/** The file's bytes in CHUNK_BYTES pieces, each a fresh Buffer (a parser may keep a reference to a partial segment). */
export function readChunks(path: string): AsyncIterable<Buffer> {
  return createReadStream(path, { highWaterMark: CHUNK_BYTES });
}
