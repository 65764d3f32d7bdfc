/**
 * Rows of a long list fetched a page at a time as they scroll into view. Each query (filter + sort) is a
 * generation: answers for an older one are dropped, and after a refresh the old rows stay on screen until their
 * page's new answer replaces them (no flash of empty rows). Far-away pages are forgotten so memory stays flat.
 */

interface Page<Row> {
  rows: Row[];
  generation: number;
}

export class PageCache<Row> {
  private pages = new Map<number, Page<Row>>();
  private pending = new Map<number, number>();
  private generationNow = 0;

  constructor(
    readonly pageSize = 100,
    private readonly maxPages = 60,
  ) {}

  get generation(): number {
    return this.generationNow;
  }

  /** A new query: nothing cached belongs to it. */
  reset(): number {
    this.pages.clear();
    this.pending.clear();
    return ++this.generationNow;
  }

  /** The same query, changed data: old rows stay visible but every page is fetched again. */
  refresh(): number {
    this.pending.clear();
    return ++this.generationNow;
  }

  rowAt(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.rows[index % this.pageSize];
  }

  /** Pages touching rows first..last that are neither current nor being fetched. */
  missingPages(first: number, last: number): number[] {
    const missing: number[] = [];
    if (last < first) return missing;
    for (let page = Math.floor(first / this.pageSize); page <= Math.floor(last / this.pageSize); page++) {
      const cached = this.pages.get(page);
      const fresh = cached !== undefined && cached.generation === this.generationNow;
      if (!fresh && this.pending.get(page) !== this.generationNow) missing.push(page);
    }
    return missing;
  }

  markPending(page: number): number {
    this.pending.set(page, this.generationNow);
    return this.generationNow;
  }

  /** Stores an answer; false (and nothing stored) when it belongs to an older query. */
  store(page: number, rows: Row[], generation: number, near = page): boolean {
    if (generation !== this.generationNow) return false;
    if (this.pending.get(page) === generation) this.pending.delete(page);
    this.pages.set(page, { rows, generation });
    this.evict(near);
    return true;
  }

  /** A failed fetch may be tried again. */
  forget(page: number, generation: number): void {
    if (this.pending.get(page) === generation) this.pending.delete(page);
  }

  private evict(near: number): void {
    if (this.pages.size <= this.maxPages) return;
    const byDistance = [...this.pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
    for (const page of byDistance.slice(0, this.pages.size - this.maxPages)) this.pages.delete(page);
  }
}
