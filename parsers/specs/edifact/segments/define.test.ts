import { describe, expect, it } from 'vitest';
import { byTag, parseFormat, segment, simple, times } from './define.js';

describe('parseFormat', () => {
  it('reads variable, fixed and ranged directory formats', () => {
    expect(parseFormat('an..35')).toEqual({ type: 'an', max: 35 });
    expect(parseFormat('n..15')).toEqual({ type: 'n', max: 15 });
    expect(parseFormat('a3')).toEqual({ type: 'a', min: 3, max: 3 });
    expect(parseFormat('n6..8')).toEqual({ type: 'n', min: 6, max: 8 });
  });

  it('refuses anything else', () => {
    for (const bad of ['an35..', 'x..3', 'an..', '', 'AN..35']) expect(() => parseFormat(bad), bad).toThrow();
  });
});

describe('element and segment builders', () => {
  it('builds a simple element with its code list key', () => {
    expect(simple('1225', 'Message function code', 'C', 'an..3', '1225')).toEqual({
      id: '1225', name: 'Message function code', usage: 'C', type: 'an', max: 3, codes: '1225',
    });
  });

  it('repeats an element by position, only the first keeping its usage', () => {
    const repeated = times(3, simple('4440', 'Free text', 'M', 'an..512'));
    expect(repeated.map((element) => element.usage)).toEqual(['M', 'C', 'C']);
    expect(new Set(repeated).size).toBe(3);
  });

  it('refuses two definitions of one tag', () => {
    const one = segment('DTM', 'Date/time/period', 'Dates.', []);
    expect(() => byTag([one], [{ ...one }])).toThrow(/DTM/);
    expect(Object.keys(byTag([one]))).toEqual(['DTM']);
  });
});
