/** TA1 interchange acknowledgment: accepted, accepted with errors, or rejected, with the note code of the problem. */
import type { Interchange, Problem } from '../../model.js';
import { elementValue } from '../../model.js';
import { problemDefinition } from '../../problems.js';
import { out, type OutSegment } from './envelope.js';

export interface Ta1Verdict {
  /** TA104: A accepted, E accepted with errors, R rejected */
  status: 'A' | 'E' | 'R';
  /** TA105 interchange note code (I18); 000 = no error */
  note: string;
}

/** Errors with a TA1 code reject the interchange; warnings with one accept it with errors. */
export function ta1Verdict(interchange: Interchange): Ta1Verdict {
  const noted = (severity: Problem['severity']) => interchange.problems.find((p) => p.severity === severity && problemDefinition(p.code).ta1 !== undefined);
  const error = noted('error');
  if (error !== undefined) return { status: 'R', note: problemDefinition(error.code).ta1! };
  const warning = noted('warning');
  if (warning !== undefined) return { status: 'E', note: problemDefinition(warning.code).ta1! };
  return { status: 'A', note: '000' };
}

export function ta1Segment(interchange: Interchange, verdict: Ta1Verdict): OutSegment {
  const header = interchange.header;
  return out('TA1', interchange.controlNumber, elementValue(header, 9), elementValue(header, 10), verdict.status, verdict.note);
}
