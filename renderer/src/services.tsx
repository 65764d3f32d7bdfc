import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { CrossdockClient } from './api/contract-types.js';
import { createNoticesStore, type NoticesState, type NoticesStore } from './store/notices-store.js';
import { createSessionStore, type SessionState, type SessionStore } from './store/session-store.js';
import { createSettingsStore, type SettingsState, type SettingsStore } from './store/settings-store.js';

/** Everything components reach: the client and the stores built on it. One set per window. */
export interface Services {
  client: CrossdockClient;
  session: SessionStore;
  settings: SettingsStore;
  notices: NoticesStore;
}

export function createServices(client: CrossdockClient, options: { networkOnline?: boolean } = {}): Services {
  const notices = createNoticesStore();
  return {
    client,
    notices,
    session: createSessionStore(client, notices, options.networkOnline === undefined ? {} : { networkOnline: options.networkOnline }),
    settings: createSettingsStore(client, notices),
  };
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

export function useSession<T>(select: (state: SessionState) => T): T {
  return useStore(useServices().session, select);
}

export function useSettings<T>(select: (state: SettingsState) => T): T {
  return useStore(useServices().settings, select);
}

export function useNotices<T>(select: (state: NoticesState) => T): T {
  return useStore(useServices().notices, select);
}
