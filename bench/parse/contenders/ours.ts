/**
 * Our engine, streaming: chunks go straight into the standard's stream parser, no segments are kept, and segments
 * are counted from what the engine reports (each transaction's segment count plus the envelope segments).
 */
import type { EdiFileResult, EdiStream, Interchange, ParseOptions } from '../../../parsers/model.js';
import { readChunks } from './read-chunks.js';
import type { ContenderParser } from './types.js';

type StreamFactory = (options?: ParseOptions) => EdiStream;

export async function loadOurs(standard: 'x12' | 'edifact', validate: 'envelope' | 'full'): Promise<ContenderParser> {
  const createStream: StreamFactory =
    standard === 'x12' ? (await import('../../../parsers/x12/index.js')).createX12Stream : (await import('../../../parsers/edifact/index.js')).createEdifactStream;
  return {
    async parse(path) {
      let transactionSegments = 0;
      const stream = createStream({
        validate,
        keepSegments: false,
        onTransaction: (transaction) => {
          transactionSegments += transaction.segmentCount;
        },
      });
      for await (const chunk of readChunks(path)) stream.write(chunk);
      return transactionSegments + envelopeSegments(stream.end());
    },
  };
}

/** Headers and trailers outside transactions: ISA/IEA and GS/GE, or UNB/UNZ and UNG/UNE. */
function envelopeSegments(result: EdiFileResult): number {
  let count = 0;
  for (const interchange of result.interchanges) {
    count += withTrailer(interchange.problems);
    for (const group of interchange.groups) if (group.explicit) count += withTrailer(group.problems);
  }
  return count;
}

function withTrailer(problems: Interchange['problems']): number {
  const missing = problems.some((problem) => problem.code === 'interchange-trailer-missing' || problem.code === 'group-trailer-missing');
  return missing ? 1 : 2;
}
