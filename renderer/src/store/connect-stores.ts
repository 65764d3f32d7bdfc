import type { CrossdockClient } from '../api/contract-types.js';
import type { SessionStore } from './session-store.js';
import type { SettingsStore } from './settings-store.js';

/** The browser's network signals; a subset of window so tests can drive it. */
export interface NetworkSignals {
  navigator: { onLine: boolean };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/**
 * Feeds the stores from the client: the first load, the core's events, connection changes, and the machine's
 * network state. Returns a function that undoes every subscription.
 */
export function connectStores(client: CrossdockClient, session: SessionStore, settings: SettingsStore, network?: NetworkSignals): () => void {
  const undo: (() => void)[] = [];
  undo.push(client.on('task.progress', (progress) => session.getState().applyProgress(progress)));
  undo.push(client.on('settings.changed', (changed) => settings.getState().receive(changed)));

  let wasConnected = false;
  undo.push(
    client.onConnectionChange((connected) => {
      session.getState().setConnected(connected);
      // Events sent before the socket (re)opened are gone; once the first load is done, read the state again.
      if (connected && !wasConnected && session.getState().appInfo !== null) {
        void session.getState().refresh();
        void settings.getState().load();
      }
      wasConnected = connected;
    }),
  );

  if (network) {
    const update = () => session.getState().setNetworkOnline(network.navigator.onLine);
    update();
    network.addEventListener('online', update);
    network.addEventListener('offline', update);
    undo.push(() => {
      network.removeEventListener('online', update);
      network.removeEventListener('offline', update);
    });
  }

  void session.getState().refresh();
  void settings.getState().load();
  return () => undo.forEach((fn) => fn());
}
