/**
 * The sandboxed preload (bundled as CommonJS: a sandboxed preload can require nothing but parts of 'electron').
 * Exposes window.crossdock and forwards dropped file paths; see api.ts and file-drop.ts.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { DROPPED_PATHS_CHANNEL } from '../main/electron/channels.js';
import { createPreloadApi } from './api.js';
import { forwardFileDrops, type DropTarget } from './file-drop.js';

contextBridge.exposeInMainWorld('crossdock', createPreloadApi(ipcRenderer));

forwardFileDrops(
  globalThis as unknown as DropTarget,
  (file) => webUtils.getPathForFile(file),
  (paths) => ipcRenderer.send(DROPPED_PATHS_CHANNEL, paths),
);
