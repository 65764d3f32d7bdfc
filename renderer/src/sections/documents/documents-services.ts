/**
 * One Documents list store and one ingest store per client, made on first use and kept for the window's life: an
 * import started here keeps being followed (and summarised) after the user moves to another section.
 */
import { useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import type { CrossdockClient } from '../../api/contract-types.js';
import { useServices } from '../../services.js';
import type { NoticesStore } from '../../store/notices-store.js';
import { createDocumentsListStore, type DocumentsListState, type DocumentsListStore } from './documents-store.js';
import { createIngestStore, type IngestState, type IngestStore } from './ingest-store.js';

export interface DocumentsServices {
  list: DocumentsListStore;
  ingest: IngestStore;
}

const byClient = new WeakMap<CrossdockClient, DocumentsServices>();

export function documentsServices(client: CrossdockClient, notices: NoticesStore): DocumentsServices {
  let services = byClient.get(client);
  if (!services) {
    const list = createDocumentsListStore(client, notices);
    const ingest = createIngestStore(client, notices, () => list.getState().refresh());
    // a rename or merge changes the partner column and the filter's counts; lives as long as the client
    client.on('partners.changed', () => list.getState().refresh());
    services = { list, ingest };
    byClient.set(client, services);
  }
  return services;
}

export function useDocumentsServices(): DocumentsServices {
  const { client, notices } = useServices();
  return documentsServices(client, notices);
}

export function useDocumentsList<T>(select: (state: DocumentsListState) => T): T {
  return useStore(useDocumentsServices().list, select);
}

export function useIngest<T>(select: (state: IngestState) => T): T {
  return useStore(useDocumentsServices().ingest, select);
}

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useHash(): string {
  // The server snapshot (markup tests) is the plain list.
  return useSyncExternalStore(subscribeHash, () => window.location.hash, () => '#/documents');
}
