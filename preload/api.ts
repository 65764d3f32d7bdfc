/**
 * What the preload exposes as window.crossdock: one named function per contract method and an event subscription.
 * Built from the contract's names, so a method added to the contract appears here without a hand-kept list, and
 * nothing generic (no invoke(channel), no ipcRenderer) ever reaches the page.
 */
import type { PreloadApi } from '../main/core/api/client.js';
import { isEventName, methodNames } from '../main/core/api/contract.js';
import { EVENT_CHANNEL, methodChannel } from '../main/electron/channels.js';

type EventListener = (event: unknown, message: unknown) => void;

/** The part of Electron's ipcRenderer the API uses. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: EventListener): unknown;
  removeListener(channel: string, listener: EventListener): unknown;
}

export function createPreloadApi(ipc: RendererIpc): PreloadApi {
  const methods = Object.freeze(
    Object.fromEntries(methodNames.map((name) => [name, (input: unknown) => ipc.invoke(methodChannel(name), input)])),
  ) as PreloadApi['methods'];

  const api = {
    methods,
    on(event: unknown, listener: unknown): () => void {
      if (!isEventName(event)) throw new TypeError(`Unknown Crossdock event ${JSON.stringify(String(event))}`);
      if (typeof listener !== 'function') throw new TypeError('A Crossdock event listener must be a function');
      const forward: EventListener = (_event, message) => {
        if (typeof message === 'object' && message !== null && (message as { event?: unknown }).event === event) {
          (listener as (payload: unknown) => void)((message as { payload?: unknown }).payload);
        }
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  } satisfies PreloadApi;
  return Object.freeze(api);
}
