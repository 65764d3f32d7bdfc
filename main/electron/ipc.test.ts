import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames, type MethodName } from '../core/api/contract.js';
import { ok, type Result } from '../core/api/result.js';
import { DROPPED_PATHS_CHANNEL } from './channels.js';
import { droppedPaths, registerIpcBridge, type CoreCaller } from './ipc.js';

// ipc.ts uses only Electron's types; the mock makes sure nothing in this test reaches a real electron module.
vi.mock('electron', () => ({}));

const APP_URL = 'file:///app/out/renderer/index.html';

interface Frame {
  url: string;
  parent: Frame | null;
  processId: number;
  routingId: number;
}

function fakeWindow(id: number) {
  const mainFrame: Frame = { url: APP_URL, parent: null, processId: 7, routingId: 1 };
  const contents = { id, mainFrame, isDestroyed: vi.fn(() => false) };
  return { contents, mainFrame, asContents: contents as unknown as WebContents };
}

function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>>();
  const listeners = new Map<string, (event: IpcMainEvent, value: unknown) => void>();
  return {
    handlers,
    listeners,
    ipcMain: {
      handle: vi.fn((channel: string, handler: never) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
      on: vi.fn((channel: string, listener: never) => listeners.set(channel, listener)),
      removeListener: vi.fn((channel: string) => listeners.delete(channel)),
    },
  };
}

const eventFrom = (contents: { id: number }, frame: Frame | null) => ({ sender: contents, senderFrame: frame }) as unknown as IpcMainInvokeEvent;

describe('the IPC bridge', () => {
  let ipc: ReturnType<typeof fakeIpcMain>;
  let window: ReturnType<typeof fakeWindow>;
  let calls: [MethodName, unknown][];
  let dropped: string[][];
  let core: CoreCaller;
  let dispose: () => void;

  const invoke = (method: string, event: IpcMainInvokeEvent, input: unknown = {}) => ipc.handlers.get(`crossdock:${method}`)!(event, input) as Promise<Result<unknown>>;

  beforeEach(() => {
    ipc = fakeIpcMain();
    window = fakeWindow(1);
    calls = [];
    dropped = [];
    core = { call: vi.fn(async (method: MethodName, input: unknown) => (calls.push([method, input]), ok({ answered: method }))) };
    dispose = registerIpcBridge({
      ipcMain: ipc.ipcMain as never,
      core,
      senders: { contents: () => window.asContents, isAppUrl: (url) => url === APP_URL },
      onDroppedPaths: (paths) => dropped.push(paths),
      log: () => {},
    });
  });

  it('registers one channel per contract method and nothing else to invoke', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual(methodNames.map((name) => `crossdock:${name}`).sort());
  });

  it('forwards a call from our window to the core, input untouched, and returns its result', async () => {
    const input = { theme: 'dark', unexpected: true };
    await expect(invoke('settings.update', eventFrom(window.contents, window.mainFrame), input)).resolves.toEqual(ok({ answered: 'settings.update' }));
    expect(calls).toEqual([['settings.update', input]]);
  });

  it('refuses a sub-frame of our window, with an error value', async () => {
    const iframe: Frame = { url: APP_URL, parent: window.mainFrame, processId: 7, routingId: 2 };
    const result = await invoke('app.info', eventFrom(window.contents, iframe));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('refuses our main frame once it shows a foreign origin', async () => {
    window.mainFrame.url = 'https://evil.example/';
    const result = await invoke('workspace.info', eventFrom(window.contents, window.mainFrame));
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining("Crossdock's own window") } });
    expect(calls).toEqual([]);
  });

  it('refuses another WebContents, a frame that is gone, and a closed window', async () => {
    const other = fakeWindow(2);
    expect(await invoke('app.info', eventFrom(other.contents, other.mainFrame))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke('app.info', eventFrom(window.contents, null))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const throwing = { sender: window.contents, get senderFrame(): never { throw new Error('frame disposed'); } } as unknown as IpcMainInvokeEvent;
    expect(await invoke('app.info', throwing)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    window.contents.isDestroyed.mockReturnValue(true);
    expect(await invoke('app.info', eventFrom(window.contents, window.mainFrame))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('turns a failure of the transport into an error value instead of a rejected invoke', async () => {
    vi.mocked(core.call).mockRejectedValueOnce(new Error('core process gone'));
    const result = await invoke('status.get', eventFrom(window.contents, window.mainFrame));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('core process gone') } });
  });

  it('hands dropped paths from our window to the intake, and ignores them from anywhere else or malformed', () => {
    const drop = ipc.listeners.get(DROPPED_PATHS_CHANNEL)!;
    drop(eventFrom(window.contents, window.mainFrame) as unknown as IpcMainEvent, ['/data/in/po-1.edi', '/data/in/po-2.edi']);
    const iframe: Frame = { url: APP_URL, parent: window.mainFrame, processId: 7, routingId: 2 };
    drop(eventFrom(window.contents, iframe) as unknown as IpcMainEvent, ['/etc/passwd']);
    drop(eventFrom(window.contents, window.mainFrame) as unknown as IpcMainEvent, 'not a list');
    expect(dropped).toEqual([['/data/in/po-1.edi', '/data/in/po-2.edi']]);
  });

  it('removes everything it registered', () => {
    dispose();
    expect(ipc.handlers.size).toBe(0);
    expect(ipc.listeners.size).toBe(0);
  });
});

describe('droppedPaths', () => {
  it('accepts only non-empty lists of absolute paths', () => {
    expect(droppedPaths(['/a/b.edi'])).toEqual(['/a/b.edi']);
    expect(droppedPaths([])).toBeUndefined();
    expect(droppedPaths(['relative.edi'])).toBeUndefined();
    expect(droppedPaths(['/a', 3])).toBeUndefined();
    expect(droppedPaths({ 0: '/a', length: 1 })).toBeUndefined();
  });
});
