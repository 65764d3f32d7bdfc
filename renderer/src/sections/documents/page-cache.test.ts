import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.js';

const rows = (page: number) => Array.from({ length: 10 }, (_, index) => page * 10 + index);

describe('PageCache', () => {
  it('asks for the pages a range touches, once, and serves their rows', () => {
    const cache = new PageCache<number>(10);
    expect(cache.missingPages(5, 25)).toEqual([0, 1, 2]);
    const generation = cache.markPending(0);
    cache.markPending(1);
    expect(cache.missingPages(5, 25)).toEqual([2]);
    expect(cache.store(0, rows(0), generation)).toBe(true);
    expect(cache.rowAt(7)).toBe(7);
    expect(cache.rowAt(17)).toBeUndefined();
  });

  it('drops answers for an older query', () => {
    const cache = new PageCache<number>(10);
    const old = cache.markPending(0);
    cache.reset();
    expect(cache.store(0, rows(0), old)).toBe(false);
    expect(cache.rowAt(0)).toBeUndefined();
    expect(cache.missingPages(0, 0)).toEqual([0]);
  });

  it('keeps showing old rows after a refresh until the new answer replaces them', () => {
    const cache = new PageCache<number>(10);
    cache.store(0, rows(0), cache.markPending(0));
    const generation = cache.refresh();
    expect(cache.rowAt(3)).toBe(3);
    expect(cache.missingPages(0, 9)).toEqual([0]);
    cache.store(0, rows(5), cache.markPending(0));
    expect(generation).toBe(cache.generation);
    expect(cache.rowAt(3)).toBe(53);
  });

  it('forgets the pages farthest from where the user is', () => {
    const cache = new PageCache<number>(10, 3);
    for (const page of [0, 1, 2, 3, 50]) cache.store(page, rows(page), cache.markPending(page), 50);
    expect(cache.rowAt(500)).toBe(500);
    expect(cache.rowAt(0)).toBeUndefined();
    expect(cache.rowAt(5)).toBeUndefined();
    expect(cache.rowAt(35)).toBe(35);
  });

  it('lets a failed page be asked for again', () => {
    const cache = new PageCache<number>(10);
    const generation = cache.markPending(4);
    expect(cache.missingPages(40, 45)).toEqual([]);
    cache.forget(4, generation);
    expect(cache.missingPages(40, 45)).toEqual([4]);
  });
});
