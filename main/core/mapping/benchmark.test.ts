/**
 * Not a timed test (machines differ): prints how long compile + map of a 1,000-segment 850 takes with the default
 * map, and checks the output is complete. The editor's live preview budget is 200 ms.
 */
import { describe, expect, it } from 'vitest';
import { compileMap } from './compile.js';
import { defaultMaps } from './defaults/index.js';
import { mapTransaction } from './map-transaction.js';
import { x12Transaction } from './testing/edi-builders.js';

function large850(lines: number) {
  const segments = ['BEG*00*SA*PO-BIG**20261120', 'CUR*BY*USD', 'REF*DP*042', 'DTM*002*20261201', 'N1*ST*Store 9*92*ST9', 'N3*9 Main St', 'N4*Dayton*OH*45402*US'];
  for (let line = 1; line <= lines; line++) {
    segments.push(`PO1*${line}*${line % 7 + 1}*EA*${(line % 50) + 1}.25*PE*BP*B-${line}*VN*V-${line}*UP*0123456${String(line).padStart(5, '0')}`);
    segments.push(`PID*F****Item ${line}`);
  }
  segments.push(`CTT*${lines}`);
  return x12Transaction('850', segments);
}

describe('mapping speed', () => {
  it('compiles and maps a 1,000-segment 850 (prints the time)', () => {
    const parsed = large850(495);
    expect(parsed.transaction.segmentCount).toBe(1000);
    const definition = defaultMaps.get('x12', '850');
    const run = () => {
      const compiled = compileMap(definition);
      if (!compiled.ok) throw new Error('default 850 does not compile');
      return mapTransaction(compiled.map, parsed.transaction);
    };
    run();
    const times: number[] = [];
    let result = run();
    for (let round = 0; round < 7; round++) {
      const started = performance.now();
      result = run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.info(`mapping: compile + map of a 1,000-segment 850 with the default map: median ${times[3]?.toFixed(1)} ms, max ${times[6]?.toFixed(1)} ms`);
    expect((result.document.lines as unknown[]).length).toBe(495);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});
