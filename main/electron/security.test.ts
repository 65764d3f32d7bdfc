import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { devServerUrl, rendererLocation } from './renderer-location.js';
import {
  applySessionSecurity,
  contentSecurityPolicy,
  hardenWebContents,
  isExternalWebUrl,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security.js';

const constructed: { options: Record<string, unknown>; loaded: string[] }[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = new EventEmitter();
    private record = { options: {} as Record<string, unknown>, loaded: [] as string[] };
    constructor(options: Record<string, unknown>) {
      this.record.options = options;
      constructed.push(this.record);
    }
    once() {}
    loadFile(file: string) {
      this.record.loaded.push(`file:${file}`);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded.push(`url:${url}`);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('./window.js');

const indexHtml = '/opt/Crossdock/resources/app.asar/out/renderer/index.html';
const production = rendererLocation({ indexHtml });
const dev = rendererLocation({ indexHtml, devServer: new URL('http://localhost:5173/') });

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources.join(' ')]));

describe('window settings', () => {
  it('isolates the renderer completely', () => {
    const preferences = secureWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false });
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('is what the window is actually created with, loading the built file (or the dev server in development)', () => {
    constructed.length = 0;
    createMainWindow({ location: production, preload: '/app/out/preload/index.cjs' });
    createMainWindow({ location: dev, preload: '/app/out/preload/index.cjs' });
    const [built, development] = constructed;
    expect(built!.options['webPreferences']).toEqual(secureWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false }));
    expect(built!.loaded).toEqual([`file:${indexHtml}`]);
    expect(development!.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true, devTools: true });
    expect(development!.loaded).toEqual(['url:http://localhost:5173/']);
  });
});

describe('Content-Security-Policy', () => {
  it('is strict in production: only our own scripts, styles and connections; no plugins, no base or form targets', () => {
    const policy = directives(contentSecurityPolicy());
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(policy.get('img-src')).toBe("'self' data:");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*|https?:/);
  });

  it('relaxes only styles and the dev server socket in development, never scripts', () => {
    const policy = directives(contentSecurityPolicy(new URL('http://localhost:5173/')));
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'");
    expect(policy.get('connect-src')).toBe("'self' ws://localhost:5173");
  });

  const indexHtmlFile = fileURLToPath(new URL('../../renderer/index.html', import.meta.url));
  it.runIf(existsSync(indexHtmlFile))('matches every directive of the renderer index.html meta policy', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(indexHtmlFile, 'utf8'));
    expect(meta, 'renderer/index.html should carry a meta CSP').not.toBeNull();
    const header = directives(contentSecurityPolicy());
    for (const [name, sources] of directives(meta![1]!)) expect(header.get(name), name).toBe(sources);
  });

  it('replaces any policy a response carried and keeps its other headers', () => {
    const headers = withContentSecurityPolicy({ 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] }, "default-src 'self'");
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'self'"] });
  });
});

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    webRequest: { onHeadersReceived: (handler: never) => (handlers['headers'] = handler) },
    setPermissionRequestHandler: (handler: never) => (handlers['request'] = handler),
    setPermissionCheckHandler: (handler: never) => (handlers['check'] = handler),
    setDevicePermissionHandler: (handler: never) => (handlers['device'] = handler),
  };
  return { session: session as unknown as Session, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
}

describe('session rules', () => {
  const { session, handlers } = fakeSession();
  applySessionSecurity(session, { policy: contentSecurityPolicy(), isAppUrl: production.isAppUrl });

  it('sends the policy with every response', () => {
    const callback = vi.fn();
    handlers['headers']!({ url: 'file:///x', responseHeaders: { Server: ['x'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { Server: ['x'], 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });

  it('grants notifications to our document only, and nothing else to anyone', () => {
    const ask = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handlers['request']!(undefined, permission, callback, { requestingUrl, isMainFrame: true });
      return callback.mock.calls[0]![0] as boolean;
    };
    const ours = `file://${indexHtml}`;
    expect(ask('notifications', ours)).toBe(true);
    expect(ask('notifications', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'fileSystem', 'hid']) expect(ask(permission, ours)).toBe(false);
    expect(handlers['check']!(undefined, 'notifications', 'file:///', {})).toBe(true);
    expect(handlers['check']!(undefined, 'media', 'file:///', {})).toBe(false);
    expect(handlers['device']!({ deviceType: 'usb', origin: 'file:///' })).toBe(false);
  });
});

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  });
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    emitter.emit(name, event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, navigate, open: (url: string) => openHandler!({ url }) };
}

describe('navigation and new windows', () => {
  const openExternal = vi.fn(() => Promise.resolve());
  const { contents, navigate, open } = fakeContents();
  hardenWebContents(contents, { isAppUrl: production.isAppUrl, openExternal, log: () => {} });

  it('blocks navigation anywhere but our own document', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(navigate(event, 'https://evil.example/')).toBe(true);
      expect(navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(event, `file://${indexHtml}#/partners`)).toBe(false);
    }
  });

  it('blocks <webview>', () => {
    const event = { preventDefault: vi.fn() };
    (contents as unknown as EventEmitter).emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open and sends only http(s) links to the system browser', () => {
    openExternal.mockClear();
    for (const url of ['https://example.com/docs', 'http://intranet/edi', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-msdt:/id', 'smb://server/share', 'mailto:a@b.c']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://example.com/docs'], ['http://intranet/edi']]);
  });

  it('classifies external web URLs', () => {
    expect(isExternalWebUrl('https://x.test')).toBe(true);
    expect(isExternalWebUrl('HTTP://X.TEST')).toBe(true);
    expect(isExternalWebUrl('file:///x')).toBe(false);
    expect(isExternalWebUrl('not a url')).toBe(false);
  });
});

describe('our own document', () => {
  it('is exactly the built index.html (any hash or query), or the dev server origin in development', () => {
    expect(production.isAppUrl(`file://${indexHtml}`)).toBe(true);
    expect(production.isAppUrl(`file://${indexHtml}?x=1#/sync`)).toBe(true);
    expect(production.isAppUrl('file:///opt/Crossdock/resources/app.asar/out/renderer/other.html')).toBe(false);
    expect(production.isAppUrl('http://localhost:5173/')).toBe(false);
    expect(dev.isAppUrl('http://localhost:5173/#/documents')).toBe(true);
    expect(dev.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(dev.isAppUrl(`file://${indexHtml}`)).toBe(false);
  });

  it('takes a dev server URL only on this machine and never in a packaged app', () => {
    expect(devServerUrl('http://localhost:5173', false)?.origin).toBe('http://localhost:5173');
    expect(devServerUrl('http://localhost:5173', true)).toBeUndefined();
    expect(devServerUrl(undefined, false)).toBeUndefined();
    expect(() => devServerUrl('https://evil.example/', false)).toThrow(/localhost/);
    expect(() => devServerUrl('file:///tmp/x.html', false)).toThrow();
  });
});
