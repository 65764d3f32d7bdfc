/**
 * The review queue's state: the query (filter + sort), its rows fetched a page at a time as they scroll into view,
 * the active row and the ticked ones, saved views, and the review actions (mismatches.act). Refreshes itself when the
 * core says the queue changed (reconcile.changed), keeping the rows on screen until the new answer arrives.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient, InputOf } from '../../api/contract-types.js';
import { reportError, type NoticesStore } from '../../store/notices-store.js';
import { PageCache } from '../documents/page-cache.js';
import { toggled } from './queue-keys.js';
import { DEFAULT_SORT, normalizeFilter } from './queue-route.js';
import type { QueueFilter, QueueRow, QueueSort, ReviewActionResult, SavedView } from './recon-types.js';

/** A review action as the core accepts it from a person (never 'data-corrected', the system's own reason). */
export type ReviewAction = InputOf<'mismatches.act'>['change'];

export interface QueueState {
  filter: QueueFilter;
  sort: QueueSort;
  total: number;
  /** 'loading' until the first page of the current query answers */
  status: 'loading' | 'ready' | 'failed';
  /** bumped whenever cached rows change, so the list redraws */
  revision: number;
  active: number;
  /** ticked mismatch ids, in the order ticked */
  selection: string[];
  views: SavedView[];
  rowAt(index: number): QueueRow | undefined;
  setQuery(filter: QueueFilter, sort: QueueSort): void;
  showRange(first: number, last: number): void;
  refresh(): void;
  setActive(index: number): void;
  toggleSelected(id: string): void;
  clearSelection(): void;
  /** one action over ids; tells what changed and what was skipped; null when the call failed */
  act(ids: string[], change: ReviewAction): Promise<ReviewActionResult | null>;
  loadViews(): Promise<void>;
  saveView(name: string, id?: number): Promise<SavedView | null>;
  deleteView(id: number): Promise<void>;
}

export type QueueStore = StoreApi<QueueState>;

const sameQuery = (a: { filter: QueueFilter; sort: QueueSort }, b: { filter: QueueFilter; sort: QueueSort }) =>
  JSON.stringify(normalizeFilter(a.filter)) === JSON.stringify(normalizeFilter(b.filter)) && a.sort.field === b.sort.field && a.sort.direction === b.sort.direction;

const ACTION_WORDS: Record<ReviewAction['action'], string> = {
  assign: 'Assigned',
  unassign: 'Unassigned',
  resolve: 'Resolved',
  accept: 'Accepted',
  reopen: 'Re-opened',
  note: 'Noted',
};

/** '2 resolved · 1 skipped: already resolved' */
export function actionSummary(change: ReviewAction, result: ReviewActionResult): string {
  const count = result.changed.length;
  const done = `${ACTION_WORDS[change.action]} ${count.toLocaleString()} ${count === 1 ? 'mismatch' : 'mismatches'}`;
  if (result.skipped.length === 0) return done;
  const why = [...new Set(result.skipped.map((skip) => skip.why))].slice(0, 2).join('; ');
  return `${done} · ${result.skipped.length.toLocaleString()} skipped: ${why}`;
}

export function createQueueStore(client: CrossdockClient, notices: NoticesStore, pageSize = 100): QueueStore {
  const cache = new PageCache<QueueRow>(pageSize);
  let visible = { first: 0, last: 40 };

  const store = createStore<QueueState>()((set, get) => {
    const fetchPage = async (page: number) => {
      const generation = cache.markPending(page);
      const { filter, sort } = get();
      const result = await client.call('mismatches.list', { filter: normalizeFilter(filter), sort, offset: page * cache.pageSize, limit: cache.pageSize });
      if (!result.ok) {
        cache.forget(page, generation);
        if (generation === cache.generation) {
          set({ status: 'failed' });
          reportError(notices, 'Could not read the review queue', result.error);
        }
        return;
      }
      if (!cache.store(page, result.value.rows, generation, Math.floor(visible.first / cache.pageSize))) return;
      set((state) => ({
        total: result.value.total,
        status: 'ready',
        revision: state.revision + 1,
        active: Math.min(state.active, result.value.total - 1),
        // a row that left the queue (resolved here or elsewhere) cannot stay ticked unseen
        selection: page === 0 && result.value.total === 0 ? [] : state.selection,
      }));
    };

    const fetchVisible = () => {
      const pages = cache.missingPages(visible.first, visible.last);
      if (get().status === 'loading' && !pages.includes(0) && cache.missingPages(0, 0).length > 0) pages.unshift(0);
      for (const page of pages) void fetchPage(page);
    };

    return {
      filter: {},
      sort: DEFAULT_SORT,
      total: 0,
      status: 'loading',
      revision: 0,
      active: -1,
      selection: [],
      views: [],
      rowAt: (index) => cache.rowAt(index),

      setQuery(filter, sort) {
        if (sameQuery(get(), { filter, sort }) && get().status !== 'failed' && get().revision > 0) return;
        cache.reset();
        set((state) => ({ filter, sort, status: 'loading', revision: state.revision + 1, active: -1, selection: [] }));
        visible = { first: 0, last: Math.max(40, visible.last - visible.first) };
        fetchVisible();
      },

      showRange(first, last) {
        visible = { first, last };
        fetchVisible();
      },

      refresh() {
        cache.refresh();
        fetchVisible();
      },

      setActive(index) {
        set({ active: index });
      },

      toggleSelected(id) {
        set((state) => ({ selection: toggled(state.selection, id) }));
      },

      clearSelection() {
        set({ selection: [] });
      },

      async act(ids, change) {
        if (ids.length === 0) return null;
        const result = await client.call('mismatches.act', { ids, change });
        if (!result.ok) {
          reportError(notices, `Could not ${change.action} the mismatches`, result.error);
          return null;
        }
        notices.getState().push(result.value.changed.length > 0 ? 'success' : 'info', actionSummary(change, result.value));
        set((state) => ({ selection: state.selection.filter((id) => !result.value.changed.includes(id) || change.action === 'assign' || change.action === 'note') }));
        // the core announces reconcile.changed too; refreshing now keeps the list right even without events
        get().refresh();
        return result.value;
      },

      async loadViews() {
        const result = await client.call('views.list', {});
        if (result.ok) set({ views: result.value });
      },

      async saveView(name, id) {
        const { filter, sort } = get();
        const result = await client.call('views.save', { ...(id === undefined ? {} : { id }), name, filter: normalizeFilter(filter), sort });
        if (!result.ok) {
          reportError(notices, 'Could not save the view', result.error);
          return null;
        }
        notices.getState().push('success', `Saved the view “${result.value.name}”`);
        await get().loadViews();
        return result.value;
      },

      async deleteView(id) {
        const result = await client.call('views.delete', { id });
        if (!result.ok) reportError(notices, 'Could not delete the view', result.error);
        await get().loadViews();
      },
    };
  });
  client.on('reconcile.changed', () => store.getState().refresh());
  return store;
}
