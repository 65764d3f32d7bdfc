import { BrowserWindow } from 'electron';
import type { RendererLocation } from './renderer-location.js';
import { secureWebPreferences } from './security.js';

/** The one Crossdock window. Shown once its first paint is ready, so it never flashes empty. */
export function createMainWindow(options: { location: RendererLocation; preload: string }): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Crossdock',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 560,
    show: false,
    webPreferences: secureWebPreferences({ preload: options.preload, devTools: options.location.devServer !== undefined }),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('render-process-gone', (_event, details) => {
    console.error(`Crossdock window's renderer stopped: ${details.reason} (exit code ${details.exitCode})`);
  });
  const { load } = options.location;
  void ('url' in load ? window.loadURL(load.url) : window.loadFile(load.file));
  return window;
}
