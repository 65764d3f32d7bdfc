/**
 * The Reconciliation section's stores, one set per client, made on first use and kept for the window's life: the
 * queue keeps its place and selection across visits to a thread or another section.
 */
import { useStore } from 'zustand';
import type { CrossdockClient } from '../../api/contract-types.js';
import { useServices } from '../../services.js';
import type { NoticesStore } from '../../store/notices-store.js';
import { createTaskMemory, type TaskMemory } from '../maps/task-memory.js';
import { createQueueStore, type QueueState, type QueueStore } from './queue-store.js';

export interface ReconServices {
  queue: QueueStore;
  tasks: TaskMemory;
}

const byClient = new WeakMap<CrossdockClient, ReconServices>();

export function reconServices(client: CrossdockClient, notices: NoticesStore): ReconServices {
  let services = byClient.get(client);
  if (!services) {
    services = { queue: createQueueStore(client, notices), tasks: createTaskMemory(client) };
    byClient.set(client, services);
  }
  return services;
}

export function useReconServices(): ReconServices {
  const { client, notices } = useServices();
  return reconServices(client, notices);
}

export function useQueue<T>(select: (state: QueueState) => T): T {
  return useStore(useReconServices().queue, select);
}

const REVIEWER_KEY = 'crossdock.reviewer';

/** The name last typed when assigning, offered next time (per browser profile). */
export function rememberedAssignee(): string {
  try {
    return globalThis.localStorage?.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberAssignee(name: string): void {
  try {
    globalThis.localStorage?.setItem(REVIEWER_KEY, name);
  } catch {
    // private mode or storage full: the name is simply not offered next time
  }
}
