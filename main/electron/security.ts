/**
 * Every security setting of the desktop shell in one place: the window's webPreferences, the Content Security
 * Policy, navigation and window.open rules, and permissions. The renderer is treated as untrusted: it gets the
 * preload's named methods and nothing else.
 */
import type { Session, WebContents, WebPreferences } from 'electron';

type Directives = Record<string, string[]>;

/** The same policy as the renderer's index.html meta tag, plus frame-ancestors (only honoured as a header). */
const PRODUCTION_POLICY: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The policy sent with every response. During development Vite injects CSS as <style> elements and talks to its
 * dev server over a WebSocket, so those two (and nothing else) are allowed when a dev server is in use.
 */
export function contentSecurityPolicy(devServer?: URL): string {
  const directives: Directives = structuredClone(PRODUCTION_POLICY);
  if (devServer) {
    directives['style-src']!.push("'unsafe-inline'");
    directives['connect-src']!.push(`${devServer.protocol === 'https:' ? 'wss' : 'ws'}://${devServer.host}`);
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Response headers with our policy replacing any Content-Security-Policy the response carried. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] };
}

export function secureWebPreferences(options: { preload: string; devTools: boolean }): WebPreferences {
  return {
    preload: options.preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries from Google; an offline EDI desk has no use for it.
    spellcheck: false,
    devTools: options.devTools,
  };
}

/** Only web pages leave the app, and only to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface WebContentsRules {
  isAppUrl(url: string): boolean;
  openExternal(url: string): Promise<void>;
  log?: (line: string) => void;
}

/** Applied to every WebContents the app creates: no navigation away from our document, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents, rules: WebContentsRules): void {
  const log = rules.log ?? ((line: string) => console.warn(line));
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (rules.isAppUrl(url)) return;
    event.preventDefault();
    log(`Blocked navigation to ${url}`);
  };
  contents.on('will-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-frame-navigate', (event) => stayInApp(event, event.url));
  contents.on('will-redirect', (event) => stayInApp(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) {
      rules.openExternal(url).catch((error: unknown) => log(`Could not open ${url}: ${String(error)}`));
    } else {
      log(`Blocked window.open(${url})`);
    }
    return { action: 'deny' };
  });
}

/** Session-wide rules: our CSP on every response; every permission refused except notifications for our document. */
export function applySessionSecurity(session: Session, options: { policy: string; isAppUrl(url: string): boolean }): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, options.policy) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'notifications' && options.isAppUrl(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission) => permission === 'notifications');
  session.setDevicePermissionHandler(() => false);
}
