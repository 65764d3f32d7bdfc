import { describe, expect, it } from 'vitest';
import { eventually } from '../test-support/eventually.js';
import { basicFakeClient, sampleSettings } from '../test-support/fake-client.js';
import { connectStores, type NetworkSignals } from './connect-stores.js';
import { createNoticesStore } from './notices-store.js';
import { createSessionStore } from './session-store.js';
import { createSettingsStore } from './settings-store.js';

function fakeNetwork(online: boolean) {
  const listeners = new Map<string, Set<() => void>>();
  const network: NetworkSignals & { set(online: boolean): void; count(): number } = {
    navigator: { onLine: online },
    addEventListener: (type, listener) => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type))!.add(listener),
    removeEventListener: (type, listener) => void listeners.get(type)?.delete(listener),
    set(value) {
      network.navigator.onLine = value;
      listeners.get(value ? 'online' : 'offline')?.forEach((listener) => listener());
    },
    count: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
  return network;
}

function setup() {
  const client = basicFakeClient();
  const notices = createNoticesStore();
  const session = createSessionStore(client, notices);
  const settings = createSettingsStore(client, notices);
  const network = fakeNetwork(true);
  const disconnect = connectStores(client, session, settings, network);
  return { client, session, settings, network, disconnect };
}

describe('connectStores', () => {
  it('loads the session and the settings at start', async () => {
    const { session, settings } = setup();
    await eventually(() => expect(session.getState().workspace?.path).toBe('/home/ana/.crossdock/default'));
    await eventually(() => expect(settings.getState().status).toBe('ready'));
  });

  it('routes the core’s events to the stores', async () => {
    const { client, session, settings } = setup();
    await eventually(() => expect(settings.getState().status).toBe('ready'));
    client.emit('task.progress', { taskId: 'x', kind: 'sync', label: 'Sync', done: 0, total: 5, state: 'running' });
    client.emit('settings.changed', { ...sampleSettings(), theme: 'dark' });
    expect(session.getState().tasks.map((t) => t.taskId)).toEqual(['x']);
    expect(settings.getState().saved?.theme).toBe('dark');
  });

  it('tracks the connection and reads everything again after a reconnect', async () => {
    const { client, session } = setup();
    await eventually(() => expect(session.getState().appInfo).not.toBeNull());
    expect(session.getState().connected).toBe(false);
    const before = client.callsTo('status.get').length;
    client.setConnected(true);
    expect(session.getState().connected).toBe(true);
    await eventually(() => expect(client.callsTo('status.get').length).toBe(before + 1));
    expect(client.callsTo('settings.get').length).toBe(2);
    client.setConnected(false);
    expect(session.getState().connected).toBe(false);
  });

  it('follows the machine’s network state', () => {
    const { session, network } = setup();
    expect(session.getState().networkOnline).toBe(true);
    network.set(false);
    expect(session.getState().networkOnline).toBe(false);
    network.set(true);
    expect(session.getState().networkOnline).toBe(true);
  });

  it('undoes every subscription', () => {
    const { client, network, disconnect } = setup();
    expect(client.listenerCount('task.progress')).toBe(1);
    disconnect();
    expect(client.listenerCount('task.progress')).toBe(0);
    expect(client.listenerCount('settings.changed')).toBe(0);
    expect(network.count()).toBe(0);
  });
});
