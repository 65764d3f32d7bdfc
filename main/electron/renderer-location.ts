import { pathToFileURL } from 'node:url';

/** Where the window's document comes from, and how to recognise it (navigation checks, IPC sender checks). */
export interface RendererLocation {
  /** the dev server in development, the built index.html otherwise */
  readonly load: { url: string } | { file: string };
  /** set only in development (electron-vite dev) */
  readonly devServer: URL | undefined;
  /** true for our own document: the dev server's origin, or exactly our index.html with any query or hash */
  isAppUrl(url: string): boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL. A packaged app ignores it: an environment
 * variable must never be able to point our window, with its preload, at other content.
 */
export function devServerUrl(value: string | undefined, packaged: boolean): URL | undefined {
  if (packaged || !value) return undefined;
  const url = parseUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new Error(`ELECTRON_RENDERER_URL must be an http URL on this machine (localhost), not ${JSON.stringify(value)}`);
  }
  return url;
}

export function rendererLocation(options: { indexHtml: string; devServer?: URL | undefined }): RendererLocation {
  const { devServer } = options;
  if (devServer) {
    return { load: { url: devServer.href }, devServer, isAppUrl: (url) => parseUrl(url)?.origin === devServer.origin };
  }
  const index = pathToFileURL(options.indexHtml);
  return {
    load: { file: options.indexHtml },
    devServer: undefined,
    isAppUrl: (url) => {
      const parsed = parseUrl(url);
      return parsed?.protocol === 'file:' && parsed.host === index.host && parsed.pathname === index.pathname;
    },
  };
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
