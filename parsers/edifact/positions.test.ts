import { describe, expect, it } from 'vitest';
import type { Position } from '../model.js';
import { allProblems, latin1 } from './fixtures/build.js';
import { parseEdifact } from './index.js';

/** Line and column of `offset` in `text`, counted independently of the parser. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

function positionOf(text: string, code: string, full = false): Position {
  const result = parseEdifact(latin1(text), { validate: full ? 'full' : 'envelope' });
  const problem = allProblems(result).find((p) => p.code === code);
  if (!problem) throw new Error(`no ${code} in ${JSON.stringify(allProblems(result).map((p) => p.code))}`);
  return problem.position;
}

const lines = [
  "UNA:+.? '",
  "UNB+UNOA:3+SENDER:14+RECEIVER:14+240131:1200+REF1'",
  "UNH+1+ORDERS:D:96A:UN'",
  "BGM+220+PO1+9'",
  "FTX+AAI+++OK?+FINE:ALSO lower'",
  "UNT+3+1'",
  "UNH+2+ORDERS:D:96A:UN'",
  "BGM+220+PO2+9'",
  "UNZ+2+REF9'",
];
const text = lines.join('\r\n') + '\r\n';

describe('problem positions', () => {
  it('a wrong UNT count points at UNT element 1', () => {
    const position = positionOf(text, 'transaction-count-mismatch');
    const offset = text.indexOf("UNT+3+1'") + 4;
    expect(position).toEqual({ offset, ...lineColumn(text, offset), segmentIndex: 4, segmentTag: 'UNT', element: 1, segmentPositionInTransaction: 4 });
    expect(position.line).toBe(6);
    expect(position.column).toBe(5);
  });

  it('a charset violation points at the first bad byte, its element and component', () => {
    const position = positionOf(text, 'charset-violation');
    const offset = text.indexOf('lower');
    expect(position).toEqual({ offset, ...lineColumn(text, offset), segmentIndex: 3, segmentTag: 'FTX', element: 4, component: 2, segmentPositionInTransaction: 3 });
    expect(position).toMatchObject({ line: 5, column: 25 });
  });

  it('a missing UNT points just after the last segment of the message', () => {
    const position = positionOf(text, 'transaction-trailer-missing');
    const offset = text.indexOf("BGM+220+PO2+9'") + "BGM+220+PO2+9'".length;
    expect(position).toEqual({ offset, ...lineColumn(text, offset), segmentIndex: 7, segmentTag: 'UNZ', segmentPositionInTransaction: 3 });
    expect(position).toMatchObject({ line: 8, column: 15 });
  });

  it('a wrong UNZ reference points at UNZ element 2', () => {
    const position = positionOf(text, 'interchange-control-mismatch');
    const offset = text.indexOf('REF9');
    expect(position).toEqual({ offset, ...lineColumn(text, offset), segmentIndex: 7, segmentTag: 'UNZ', element: 2 });
  });

  it('a bad UNB time points at S004 component 2', () => {
    const position = positionOf(text.replace('240131:1200', '240131:1299'), 'interchange-time-invalid');
    const offset = text.indexOf('1200');
    expect(position).toEqual({ offset, ...lineColumn(text, offset), segmentIndex: 0, segmentTag: 'UNB', element: 4, component: 2 });
  });

  it('positions stay right deep into a file with many lines (the line index slides)', () => {
    const messages = Array.from({ length: 300 }, (_, i) => `UNH+${i + 1}+ORDERS:D:96A:UN'\nBGM+220+PO${i}+9'\nUNT+${i === 250 ? 9 : 3}+${i + 1}'\n`).join('');
    const big = `UNB+UNOC:3+S+R+240131:1200+R'\n${messages}UNZ+300+R'\n`;
    for (const full of [false, true]) {
      const position = positionOf(big, 'transaction-count-mismatch', full);
      const offset = big.indexOf("UNT+9+251'") + 4;
      expect(position.offset).toBe(offset);
      expect({ line: position.line, column: position.column }).toEqual(lineColumn(big, offset));
      expect(position.line).toBe(2 + 250 * 3 + 2);
    }
  });
});
