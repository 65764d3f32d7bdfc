import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventNames, methodNames } from '../main/core/api/contract.js';
import type { PreloadApi } from '../main/core/api/client.js';
import { DROPPED_PATHS_CHANNEL, EVENT_CHANNEL } from '../main/electron/channels.js';
import type { FileDropEvent } from './file-drop.js';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, message: unknown) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: (event: unknown, message: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, message: unknown) => void) => listeners.get(channel)?.delete(listener)),
    },
    webUtils: { getPathForFile: vi.fn((file: { name: string }) => (file.name === 'in-memory' ? '' : `/home/ana/inbound/${file.name}`)) },
  };
});
vi.mock('electron', () => electron);

const domListeners = new Map<string, (event: FileDropEvent) => void>();
let exposedName: unknown;
let api: PreloadApi;

beforeAll(async () => {
  vi.stubGlobal('addEventListener', (type: string, listener: (event: FileDropEvent) => void, capture: boolean) => {
    expect(capture).toBe(true);
    domListeners.set(type, listener);
  });
  await import('./index.js');
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  exposedName = name;
  api = exposed as PreloadApi;
});

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.send.mockClear();
});

const emit = (message: unknown) => {
  for (const listener of electron.listeners.get(EVENT_CHANNEL) ?? []) listener({ sender: 'main' }, message);
};

describe('window.crossdock', () => {
  it('is exposed once, under that name, with only methods and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposedName).toBe('crossdock');
    expect(Object.keys(api).sort()).toEqual(['methods', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.methods)).toBe(true);
  });

  it('has exactly one function per contract method', () => {
    expect(Object.keys(api.methods).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof api.methods[name]).toBe('function');
  });

  it('calls each method on its own channel with the input as given', async () => {
    for (const name of methodNames) {
      const input = { probe: name };
      await expect(api.methods[name](input as never)).resolves.toEqual({ ok: true, value: { channel: `crossdock:${name}`, input } });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('offers no generic way to reach IPC', () => {
    const reachable = JSON.stringify(Object.getOwnPropertyNames(api)) + JSON.stringify(Object.getOwnPropertyNames(api.methods));
    expect(reachable).not.toMatch(/invoke|send|ipc/i);
  });
});

describe('window.crossdock.on', () => {
  it('rejects event names the contract does not declare', () => {
    expect(() => api.on('made.up' as never, () => {})).toThrow(/Unknown Crossdock event/);
    expect(() => api.on('__proto__' as never, () => {})).toThrow(/Unknown Crossdock event/);
  });

  it('delivers only the subscribed event, until unsubscribed', () => {
    const [subscribed, other] = eventNames;
    const received: unknown[] = [];
    const unsubscribe = api.on(subscribed!, (payload) => received.push(payload));
    emit({ event: subscribed, payload: 1 });
    if (other) emit({ event: other, payload: 2 });
    emit('garbage');
    unsubscribe();
    emit({ event: subscribed, payload: 3 });
    expect(received).toEqual([1]);
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(EVENT_CHANNEL, expect.any(Function));
  });
});

describe('dropped files', () => {
  const drop = (types: string[], names: string[]) => {
    const event = { dataTransfer: { types, files: names.map((name) => ({ name }) as File) }, preventDefault: vi.fn() };
    domListeners.get('drop')!(event);
    return event;
  };

  it('sends the paths of dropped files to the main process and takes the drop', () => {
    const event = drop(['Files'], ['po-4471.edi', 'in-memory', 'asn.x12']);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(DROPPED_PATHS_CHANNEL, ['/home/ana/inbound/po-4471.edi', '/home/ana/inbound/asn.x12']);
  });

  it('leaves text drags to the page', () => {
    const event = drop(['text/plain'], []);
    expect(event.preventDefault).not.toHaveBeenCalled();
    const over = { dataTransfer: { types: ['text/plain'], files: [] }, preventDefault: vi.fn() };
    domListeners.get('dragover')!(over);
    expect(over.preventDefault).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
  });
});
