/** The Partners section's data: the control-number ledger, outbound ack status and sent acks, kept fresh by events. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient } from '../../api/contract-types.js';
import type { LedgerFilter, LedgerList } from '../../../../main/core/ledger/types.js';
import type { OutboundGroupAckPage, SentAckPage } from '../../../../main/core/acks/types.js';

export type LedgerFilters = Omit<LedgerFilter, 'limit'>;

export interface PartnerOption {
  id: number;
  name: string;
}

export interface PartnersState {
  status: 'loading' | 'ready' | 'failed';
  error: string | null;
  ledger: LedgerList | null;
  ackStatus: OutboundGroupAckPage | null;
  acksSent: SentAckPage | null;
  partners: PartnerOption[];
  filters: LedgerFilters;
  load(): Promise<void>;
  setFilter<K extends keyof LedgerFilters>(key: K, value: LedgerFilters[K] | undefined): Promise<void>;
  /** Reloads on acks.changed and ingest.finished; returns the unsubscribe. */
  subscribe(): () => void;
}

export type PartnersStore = StoreApi<PartnersState>;

const LEDGER_LIMIT = 500;

/** Nothing at all: no partner has sent or received anything yet (the ledger filters do not count). */
export function hasNoData(state: Pick<PartnersState, 'status' | 'partners' | 'ledger' | 'ackStatus' | 'acksSent'>): boolean {
  return (
    state.status === 'ready' &&
    state.partners.length === 0 &&
    (state.ledger?.total ?? 0) === 0 &&
    (state.ackStatus?.total ?? 0) === 0 &&
    (state.acksSent?.total ?? 0) === 0
  );
}

type PartnersData = Pick<PartnersState, 'status' | 'error' | 'ledger' | 'ackStatus' | 'acksSent' | 'partners' | 'filters'>;

/** `initial` seeds the data (tests, and server rendering, which reads a store's initial state). */
export function createPartnersStore(client: CrossdockClient, initial: Partial<PartnersData> = {}): PartnersStore {
  // A newer load wins: answers to an older one (filters changed meanwhile) are dropped.
  let generation = 0;

  return createStore<PartnersState>()((set, get) => ({
    status: 'loading',
    error: null,
    ledger: null,
    ackStatus: null,
    acksSent: null,
    partners: [],
    filters: {},
    ...initial,

    async load() {
      const mine = ++generation;
      const [ledger, ackStatus, acksSent, facets] = await Promise.all([
        client.call('ledger.list', { ...get().filters, limit: LEDGER_LIMIT }),
        client.call('acks.status', { offset: 0, limit: 200 }),
        client.call('acks.sent', { offset: 0, limit: 200 }),
        client.call('documents.facets', {}),
      ]);
      if (mine !== generation) return;
      const failed = [ledger, ackStatus, acksSent, facets].find((result) => !result.ok);
      if (failed && !failed.ok) {
        set({ status: 'failed', error: failed.error.message });
        return;
      }
      set({
        status: 'ready',
        error: null,
        ledger: ledger.ok ? ledger.value : null,
        ackStatus: ackStatus.ok ? ackStatus.value : null,
        acksSent: acksSent.ok ? acksSent.value : null,
        partners: facets.ok ? facets.value.partners.map(({ id, name }) => ({ id, name })) : [],
      });
    },

    async setFilter(key, value) {
      const filters = { ...get().filters };
      if (value === undefined) delete filters[key];
      else filters[key] = value;
      set({ filters });
      await get().load();
    },

    subscribe() {
      const reload = () => void get().load();
      const offAcks = client.on('acks.changed', reload);
      const offIngest = client.on('ingest.finished', reload);
      const offPartners = client.on('partners.changed', reload);
      return () => {
        offAcks();
        offIngest();
        offPartners();
      };
    },
  }));
}
