/**
 * The shipment check's data: today's shipments and the shipment the last scan named. A newer search wins: a scanner
 * may send the next code before the previous answer arrives, and an older answer must not replace a newer one.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient } from '../../api/contract-types.js';
import type { ShipmentCheckDetail, ShipmentCheckRow } from '../../../../main/core/reconcile-store/types.js';

export interface CheckState {
  today: ShipmentCheckRow[];
  todayStatus: 'loading' | 'ready' | 'failed';
  todayError: string | null;
  /** the last search as sent */
  query: string;
  searching: boolean;
  detail: ShipmentCheckDetail | null;
  /** 'nothing' when the scan named no shipment, else the error's message */
  searchError: { kind: 'nothing' | 'failed'; message: string } | null;
  loadToday(): Promise<void>;
  find(query: string): Promise<void>;
  /** back to today's list */
  close(): void;
  /** reloads today's list (and an open shipment) on reconcile.changed; returns the unsubscribe */
  subscribe(): () => void;
}

export type CheckStore = StoreApi<CheckState>;

export function createCheckStore(client: CrossdockClient): CheckStore {
  let todayGeneration = 0;
  let searchGeneration = 0;
  return createStore<CheckState>()((set, get) => ({
    today: [],
    todayStatus: 'loading',
    todayError: null,
    query: '',
    searching: false,
    detail: null,
    searchError: null,

    async loadToday() {
      const mine = ++todayGeneration;
      const result = await client.call('shipments.today', { day: localDay(new Date()) });
      if (mine !== todayGeneration) return;
      if (result.ok) set({ today: result.value, todayStatus: 'ready', todayError: null });
      else set({ todayStatus: 'failed', todayError: result.error.message });
    },

    async find(query) {
      const trimmed = query.trim();
      if (trimmed === '') return;
      const mine = ++searchGeneration;
      set({ query: trimmed, searching: true, searchError: null });
      const result = await client.call('shipments.find', { query: trimmed });
      if (mine !== searchGeneration) return;
      if (result.ok) set({ detail: result.value, searching: false });
      else
        set({
          detail: null,
          searching: false,
          searchError: result.error.code === 'not-found' ? { kind: 'nothing', message: `Nothing found for ${trimmed}` } : { kind: 'failed', message: result.error.message },
        });
    },

    close() {
      searchGeneration++;
      set({ detail: null, searchError: null, searching: false });
    },

    subscribe() {
      return client.on('reconcile.changed', () => {
        void get().loadToday();
        const { detail, query } = get();
        if (detail && query) void get().find(query);
      });
    },
  }));
}

/** The warehouse's day is the PC's own calendar day. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
