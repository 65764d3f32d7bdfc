import { describe, expect, it } from 'vitest';
import { EVIDENCE_ANCHOR, evidenceMark } from './evidence-range.js';

describe('evidenceMark', () => {
  const raw = { text: 'ISA*00~ST*850*0001~BEG*00~SE*3*0001~IEA*1~', byteStart: 1000 };

  it('places the file bytes in the raw text, which starts later in the file', () => {
    const mark = evidenceMark({ start: 1007, end: 1035 }, raw)!;
    expect(raw.text.slice(mark.start, mark.end)).toBe('ST*850*0001~BEG*00~SE*3*0001');
    expect(mark).toMatchObject({ kind: 'segment', anchor: EVIDENCE_ANCHOR });
  });

  it('clips a range running past either end, and gives a lone byte one character', () => {
    expect(evidenceMark({ start: 990, end: 1004 }, raw)).toMatchObject({ start: 0, end: 4 });
    expect(evidenceMark({ start: 1040, end: 2000 }, raw)).toMatchObject({ start: 40, end: raw.text.length });
    expect(evidenceMark({ start: 1008, end: 1008 }, raw)).toMatchObject({ start: 8, end: 9 });
  });

  it('is nothing for bytes outside the text', () => {
    expect(evidenceMark({ start: 10, end: 900 }, raw)).toBeNull();
    expect(evidenceMark({ start: 10, end: 1000 }, raw)).toBeNull();
    expect(evidenceMark({ start: 1000 + raw.text.length, end: 5000 }, raw)).toBeNull();
  });
});
