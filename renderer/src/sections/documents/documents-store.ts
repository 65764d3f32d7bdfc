/**
 * The Documents list's state: the query (filter + sort), its rows fetched a page at a time, the total, the filter
 * bar's facets, and the quarantined-files count. Refreshes itself when an ingest or a re-process finishes.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, ResultOf } from '../../api/contract-types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import { DEFAULT_SORT, type DocumentFilter, type DocumentSort } from './documents-route.js';
import { PageCache } from './page-cache.js';

export type DocumentsPage = ResultOf<'documents.list'>;
export type DocumentRow = DocumentsPage['rows'][number];
export type Facets = ResultOf<'documents.facets'>;

export interface DocumentsListState {
  filter: DocumentFilter;
  sort: DocumentSort;
  /** rows known to match (grows while paging past a capped count) */
  total: number;
  totalIsLowerBound: boolean;
  searchLimitedTo: number | null;
  /** 'loading' until the first page of the current query answers */
  status: 'loading' | 'ready' | 'failed';
  /** bumped whenever cached rows change, so the list redraws */
  revision: number;
  facets: Facets | null;
  quarantined: number;
  rowAt(index: number): DocumentRow | undefined;
  setQuery(filter: DocumentFilter, sort: DocumentSort): void;
  /** rows first..last are on screen */
  showRange(first: number, last: number): void;
  /** the data changed (ingest, re-process): fetch again, keeping the rows on screen meanwhile */
  refresh(): void;
}

export type DocumentsListStore = StoreApi<DocumentsListState>;

const sameQuery = (a: { filter: DocumentFilter; sort: DocumentSort }, b: { filter: DocumentFilter; sort: DocumentSort }) =>
  JSON.stringify(a.filter) === JSON.stringify(b.filter) && a.sort.column === b.sort.column && a.sort.direction === b.sort.direction;

/** Calendar dates in the filter are the user's local days; the core compares instants. */
export function coreFilter(filter: DocumentFilter): DocumentFilter {
  const local = (date: string, end: boolean) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return (end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day)).toISOString();
  };
  const result: DocumentFilter = { ...filter };
  if (filter.from && /^\d{4}-\d{2}-\d{2}$/.test(filter.from)) result.from = local(filter.from, false);
  if (filter.to && /^\d{4}-\d{2}-\d{2}$/.test(filter.to)) result.to = local(filter.to, true);
  return result;
}

export function createDocumentsListStore(client: CrossdockClient, notices: NoticesStore): DocumentsListStore {
  const cache = new PageCache<DocumentRow>(100);
  let visible = { first: 0, last: 40 };

  return createStore<DocumentsListState>()((set, get) => {
    const fetchPage = async (page: number) => {
      const generation = cache.markPending(page);
      const { filter, sort } = get();
      const result = await client.call('documents.list', { filter: coreFilter(filter), sort, offset: page * cache.pageSize, limit: cache.pageSize });
      if (!result.ok) {
        cache.forget(page, generation);
        if (generation === cache.generation) {
          set({ status: 'failed' });
          reportError(notices, 'Could not read the documents', result.error);
        }
        return;
      }
      if (!cache.store(page, result.value.rows, generation, Math.floor(visible.first / cache.pageSize))) return;
      const { total, totalIsLowerBound, searchLimitedTo } = result.value;
      set((state) => ({
        // A capped count grows as pages past it arrive; it never shrinks within one query.
        total: page === 0 || !state.totalIsLowerBound ? total : Math.max(state.total, total),
        totalIsLowerBound,
        searchLimitedTo,
        status: 'ready',
        revision: state.revision + 1,
      }));
    };

    const fetchVisible = () => {
      const pages = cache.missingPages(visible.first, visible.last);
      // The first page carries the total; without it nothing else is known yet.
      if (get().status === 'loading' && !pages.includes(0) && cache.missingPages(0, 0).length > 0) pages.unshift(0);
      for (const page of pages) void fetchPage(page);
    };

    const loadCounts = async () => {
      const [facets, quarantined] = await Promise.all([client.call('documents.facets', {}), client.call('files.list', { state: 'quarantined', limit: 1 })]);
      if (facets.ok) set({ facets: facets.value });
      if (quarantined.ok) set({ quarantined: quarantined.value.total });
    };

    return {
      filter: {},
      sort: DEFAULT_SORT,
      total: 0,
      totalIsLowerBound: false,
      searchLimitedTo: null,
      status: 'loading',
      revision: 0,
      facets: null,
      quarantined: 0,
      rowAt: (index) => cache.rowAt(index),

      setQuery(filter, sort) {
        if (sameQuery(get(), { filter, sort }) && get().status !== 'failed' && get().revision > 0) return;
        cache.reset();
        set((state) => ({ filter, sort, status: 'loading', revision: state.revision + 1 }));
        visible = { first: 0, last: Math.max(40, visible.last - visible.first) };
        fetchVisible();
        if (get().facets === null) void loadCounts();
      },

      showRange(first, last) {
        visible = { first, last };
        fetchVisible();
      },

      refresh() {
        cache.refresh();
        fetchVisible();
        void loadCounts();
      },
    };
  });
}
