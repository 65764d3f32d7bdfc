/**
 * The npm parsers, each driven the way its README streams a file. They are baselines (and known to lose data, see
 * the engine issue); the segment count shows when one does on this input.
 */
import { createReadStream } from 'node:fs';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Transform } from 'node:stream';
import { readChunks } from './read-chunks.js';
import { CHUNK_BYTES, type ContenderParser } from './types.js';

async function countObjects(path: string, parser: Transform): Promise<number> {
  let segments = 0;
  const sink = new Writable({
    objectMode: true,
    write(_segment, _encoding, done) {
      segments++;
      done();
    },
  });
  await pipeline(createReadStream(path, { highWaterMark: CHUNK_BYTES }), parser, sink);
  return segments;
}

export async function loadX12Parser(): Promise<ContenderParser> {
  const { X12parser } = await import('x12-parser');
  return { parse: (path) => countObjects(path, new X12parser('latin1')) };
}

export async function loadNodeX12(): Promise<ContenderParser> {
  const { X12Parser } = await import('node-x12');
  return { parse: (path) => countObjects(path, new X12Parser()) };
}

export async function loadEdifactParser(): Promise<ContenderParser> {
  const { Parser } = await import('edifact');
  return {
    async parse(path) {
      const parser = new Parser();
      // The generated file declares UNOC (Latin-1); the Parser's default UNOA would reject lower-case letters.
      parser.encoding('UNOC');
      let segments = 0;
      parser.on('opensegment', () => segments++);
      for await (const chunk of readChunks(path)) parser.write(chunk.toString('latin1'));
      parser.end();
      return segments;
    },
  };
}
