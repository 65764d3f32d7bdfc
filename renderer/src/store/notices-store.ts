import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ApiError } from '../api/contract-types.js';

export type NoticeKind = 'error' | 'info' | 'success';

export interface Notice {
  id: number;
  kind: NoticeKind;
  message: string;
  /** e.g. the error code or what was being done */
  title?: string;
}

export interface NoticesState {
  notices: Notice[];
  push(kind: NoticeKind, message: string, title?: string): number;
  dismiss(id: number): void;
}

export type NoticesStore = StoreApi<NoticesState>;

/**
 * Shows a failed call. When the core cannot be reached at all, every call fails the same way and what was being
 * done does not matter, so those share one title (and, being the same message, one notice).
 */
export function reportError(notices: NoticesStore, doing: string, error: ApiError): void {
  notices.getState().push('error', error.message, error.code === 'unavailable' ? 'Not connected to Crossdock' : doing);
}

export interface NoticesOptions {
  /** info and success notices go away by themselves; errors stay until dismissed */
  autoDismissMs?: number;
  maxVisible?: number;
}

export function createNoticesStore({ autoDismissMs = 5000, maxVisible = 4 }: NoticesOptions = {}): NoticesStore {
  let nextId = 1;
  return createStore<NoticesState>()((set, get) => ({
    notices: [],
    push(kind, message, title) {
      // A server that went away fails every call with the same message; one notice says it.
      const same = get().notices.find((notice) => notice.kind === kind && notice.message === message);
      if (same) return same.id;
      const id = nextId++;
      const notice: Notice = title === undefined ? { id, kind, message } : { id, kind, message, title };
      set((state) => ({ notices: [...state.notices, notice].slice(-maxVisible) }));
      if (kind !== 'error') setTimeout(() => get().dismiss(id), autoDismissMs);
      return id;
    },
    dismiss(id) {
      set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
    },
  }));
}
