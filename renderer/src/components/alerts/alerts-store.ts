/**
 * The Reconciliation badge and desktop notifications. The badge counts high/critical mismatches found since the user
 * last looked at Reconciliation (kept in localStorage, per browser profile); notifications follow alert-policy.ts and
 * need the user's permission, asked once from a small prompt rather than on load (browsers penalise unprompted asks).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrossdockClient } from '../../api/contract-types.js';
import { noticeForChange, noticeForSlas, slaKey, type DesktopNotice, type SlaSoon } from './alert-policy.js';

export type Permission = 'default' | 'granted' | 'denied' | 'unsupported';

/** What the store needs from the window, injectable for tests. */
export interface AlertsEnvironment {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  permission(): Permission;
  requestPermission(): Promise<Permission>;
  show(notice: DesktopNotice, onClick: () => void): void;
  openReconciliation(): void;
  now(): Date;
  formatTime(iso: string): string;
  setInterval(callback: () => void, ms: number): () => void;
}

export interface AlertsState {
  badge: number;
  slaSoon: SlaSoon[];
  permission: Permission;
  /** the prompt was answered or put away: never shown again */
  prompted: boolean;
  refresh(): Promise<void>;
  /** Reconciliation is on screen: what is there counts as seen */
  setViewing(viewing: boolean): void;
  askPermission(): Promise<void>;
  dismissPrompt(): void;
  /** subscribes to reconcile.changed and re-checks SLAs every few minutes; returns the stop */
  start(): () => void;
}

export type AlertsStore = StoreApi<AlertsState>;

export const SEEN_KEY = 'crossdock.alerts.seenAt';
export const PROMPTED_KEY = 'crossdock.alerts.prompted';
export const ANNOUNCED_KEY = 'crossdock.alerts.announcedSlas';
const SLA_CHECK_MS = 5 * 60_000;
const ANNOUNCED_KEPT = 200;

export function createAlertsStore(client: CrossdockClient, env: AlertsEnvironment): AlertsStore {
  let viewing = false;
  let generation = 0;
  const announced = (): string[] => {
    try {
      const parsed: unknown = JSON.parse(env.storage.getItem(ANNOUNCED_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter((each): each is string => typeof each === 'string') : [];
    } catch {
      return [];
    }
  };
  const notify = (notice: DesktopNotice | null): boolean => {
    if (!notice || env.permission() !== 'granted') return false;
    env.show(notice, () => env.openReconciliation());
    return true;
  };

  return createStore<AlertsState>()((set, get) => ({
    badge: 0,
    slaSoon: [],
    permission: env.permission(),
    prompted: env.storage.getItem(PROMPTED_KEY) !== null,

    async refresh() {
      const mine = ++generation;
      if (viewing) env.storage.setItem(SEEN_KEY, env.now().toISOString());
      const since = env.storage.getItem(SEEN_KEY);
      const result = await client.call('alerts.summary', since ? { since } : {});
      if (mine !== generation || !result.ok) return;
      set({ badge: viewing ? 0 : result.value.badge, slaSoon: result.value.slaSoon });
      const known = announced();
      if (notify(noticeForSlas(result.value.slaSoon, new Set(known), env.formatTime))) {
        env.storage.setItem(ANNOUNCED_KEY, JSON.stringify([...known, ...result.value.slaSoon.map(slaKey)].slice(-ANNOUNCED_KEPT)));
      }
    },

    setViewing(now) {
      viewing = now;
      if (now) {
        env.storage.setItem(SEEN_KEY, env.now().toISOString());
        set({ badge: 0 });
      }
    },

    async askPermission() {
      env.storage.setItem(PROMPTED_KEY, 'asked');
      set({ prompted: true });
      const answer = await env.requestPermission();
      set({ permission: answer });
    },

    dismissPrompt() {
      env.storage.setItem(PROMPTED_KEY, 'dismissed');
      set({ prompted: true });
    },

    start() {
      void get().refresh();
      const off = client.on('reconcile.changed', (changed) => {
        notify(noticeForChange(changed));
        void get().refresh();
      });
      const stopTimer = env.setInterval(() => void get().refresh(), SLA_CHECK_MS);
      return () => {
        off();
        stopTimer();
      };
    },
  }));
}

/** The window's notifications, storage and clock. Works in a browser and in Electron's renderer alike. */
export function browserAlertsEnvironment(win: Window & typeof globalThis): AlertsEnvironment {
  const supported = typeof win.Notification === 'function';
  return {
    storage: win.localStorage,
    permission: () => (supported ? win.Notification.permission : 'unsupported'),
    requestPermission: async () => (supported ? await win.Notification.requestPermission() : 'unsupported'),
    show(notice, onClick) {
      const shown = new win.Notification(notice.title, { body: notice.body, tag: notice.tag });
      shown.onclick = () => {
        win.focus();
        onClick();
        shown.close();
      };
    },
    openReconciliation: () => {
      win.location.hash = '#/reconciliation';
    },
    now: () => new Date(),
    formatTime: (iso) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' }),
    setInterval(callback, ms) {
      const timer = win.setInterval(callback, ms);
      return () => win.clearInterval(timer);
    },
  };
}

/** Without a window (server-side rendering of the shell in tests): no notifications, nothing stored. */
export function quietAlertsEnvironment(): AlertsEnvironment {
  const memory = new Map<string, string>();
  return {
    storage: { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) },
    permission: () => 'unsupported',
    requestPermission: async () => 'unsupported',
    show: () => undefined,
    openReconciliation: () => undefined,
    now: () => new Date(),
    formatTime: (iso) => iso,
    setInterval: () => () => undefined,
  };
}

const stores = new WeakMap<CrossdockClient, AlertsStore>();

/** One alerts store per client (per window). */
export function alertsStoreFor(
  client: CrossdockClient,
  env: () => AlertsEnvironment = () => (typeof window === 'undefined' ? quietAlertsEnvironment() : browserAlertsEnvironment(window)),
): AlertsStore {
  let store = stores.get(client);
  if (!store) stores.set(client, (store = createAlertsStore(client, env())));
  return store;
}
