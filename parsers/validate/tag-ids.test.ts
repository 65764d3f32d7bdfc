import { describe, expect, it } from 'vitest';
import { registerTag, tagIdOf } from './tag-ids.js';

describe('tag ids', () => {
  it('gives each registered tag one id, found again from a fresh string of the same characters', () => {
    const tags = ['ZQ1', 'ZQ', 'Z9Q', 'zq1', 'Q-1', 'ABCD', 'Q'];
    const ids = tags.map(registerTag);
    expect(new Set(ids).size).toBe(tags.length);
    tags.forEach((tag, index) => expect(tagIdOf(tag.split('').join('')), tag).toBe(ids[index]));
    expect(registerTag('ZQ1')).toBe(ids[0]);
  });

  it('answers -1 for tags nobody registered, whatever their shape', () => {
    for (const tag of ['QQ8', 'QX', 'qqq', 'Q Q', '', 'LONGTAG']) expect(tagIdOf(tag), tag).toBe(-1);
  });
});
