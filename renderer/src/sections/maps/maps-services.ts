/**
 * The Maps section's stores, one set per client, made on first use and kept for the window's life: an edit in
 * progress survives a visit to another section, and the wizard uploads through the Documents ingest store (the
 * same path, summary and notices as the Documents drop zone).
 */
import { useStore } from 'zustand';
import type { CrossdockClient } from '../../api/contract-types.js';
import { useServices } from '../../services.js';
import type { NoticesStore } from '../../store/notices-store.js';
import { documentsServices } from '../documents/documents-services.js';
import { createEditorStore, type EditorState, type EditorStore } from './editor-store.js';
import { createTaskMemory, type TaskMemory } from './task-memory.js';
import { createRegressionStore, type RegressionState, type RegressionStore } from './regression-store.js';
import { createWizardStore, type WizardState, type WizardStore } from './wizard-store.js';

export interface MapsServices {
  editor: EditorStore;
  regression: RegressionStore;
  wizard: WizardStore;
  tasks: TaskMemory;
}

const byClient = new WeakMap<CrossdockClient, MapsServices>();

export function mapsServices(client: CrossdockClient, notices: NoticesStore): MapsServices {
  let services = byClient.get(client);
  if (!services) {
    const { ingest } = documentsServices(client, notices);
    services = { editor: createEditorStore(client, notices), regression: createRegressionStore(client), wizard: createWizardStore(client, notices, ingest), tasks: createTaskMemory(client) };
    byClient.set(client, services);
  }
  return services;
}

export function useMapsServices(): MapsServices {
  const { client, notices } = useServices();
  return mapsServices(client, notices);
}

export function useEditor<T>(select: (state: EditorState) => T): T {
  return useStore(useMapsServices().editor, select);
}

export function useRegression<T>(select: (state: RegressionState) => T): T {
  return useStore(useMapsServices().regression, select);
}

export function useWizard<T>(select: (state: WizardState) => T): T {
  return useStore(useMapsServices().wizard, select);
}
