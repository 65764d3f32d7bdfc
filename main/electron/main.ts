/**
 * Electron main process: app lifecycle, the one window, the menu, and the wiring between the window (IPC bridge)
 * and the core (utility process). Nothing here touches SQLite.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, ipcMain, Menu, safeStorage, session, shell, utilityProcess, type BrowserWindow } from 'electron';
import { CoreClient } from './core-client.js';
import { EVENT_CHANNEL } from './channels.js';
import { chooseFiles, chooseWorkspaceFolder, showMessage } from './dialogs.js';
import { createPathIntake, type ReceivedPaths } from './file-intake.js';
import { registerIpcBridge } from './ipc.js';
import { resolveWorkspaceDir } from './launch-options.js';
import { applicationMenuTemplate } from './menu.js';
import { devServerUrl, rendererLocation } from './renderer-location.js';
import { applySessionSecurity, contentSecurityPolicy, hardenWebContents } from './security.js';
import { createMainWindow } from './window.js';
import { desktopSecretsPassphrase } from './secrets-key.js';
import { PASSPHRASE_ENV } from '../core/connectors/secrets.js';
import { withCoreIoThreads } from '../core/ingest/io-threads.js';

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const location = rendererLocation({
  indexHtml: join(here, '../renderer/index.html'),
  devServer: devServerUrl(process.env['ELECTRON_RENDERER_URL'], app.isPackaged),
});

app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId('dev.crossdock.app');

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run();
}

function run(): void {
  let window: BrowserWindow | undefined;

  const core = new CoreClient({
    workspaceDir: resolveWorkspaceDir(process.argv, app.getPath('userData'), process.cwd()),
    fork: (workspaceDir) => {
      // Connector credentials are sealed with a key safeStorage protects (secrets-key.ts); the core gets it at fork.
      const passphrase = desktopSecretsPassphrase(app.getPath('userData'), safeStorage);
      const env = withCoreIoThreads(passphrase === undefined ? process.env : { ...process.env, [PASSPHRASE_ENV]: passphrase });
      return utilityProcess.fork(join(here, 'core-host.js'), ['--workspace', workspaceDir], { serviceName: 'Crossdock core', stdio: 'inherit', env });
    },
    onEvent: (event, payload) => {
      if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, { event, payload });
    },
  });

  // Every file chosen in the Open Files dialog or dropped on the window goes to the core's ingest; progress and the
  // summary reach the window as task.progress and ingest.finished events.
  const receivePaths = createPathIntake((received) => ingestPaths(core, window, received));

  const openFiles = async () => receivePaths(await chooseFiles(window), 'dialog');
  const openWorkspace = async () => {
    const folder = await chooseWorkspaceFolder(window);
    if (!folder) return;
    core.switchWorkspace(folder);
    window?.webContents.reload();
  };

  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { isAppUrl: location.isAppUrl, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => core.stop());

  void app.whenReady().then(() => {
    applySessionSecurity(session.defaultSession, { policy: contentSecurityPolicy(location.devServer), isAppUrl: location.isAppUrl });
    registerIpcBridge({
      ipcMain,
      core,
      senders: { contents: () => (window && !window.isDestroyed() ? window.webContents : undefined), isAppUrl: location.isAppUrl },
      onDroppedPaths: (paths) => void receivePaths(paths, 'drop'),
    });
    const actions = { openFiles: () => void openFiles(), openWorkspace: () => void openWorkspace() };
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate({ dev: location.devServer !== undefined, platform: process.platform, actions })));
    core.start();

    const openWindow = () => {
      window = createMainWindow({ location, preload: join(here, '../preload/index.cjs') });
      window.on('closed', () => (window = undefined));
    };
    openWindow();
    app.on('activate', () => {
      if (!window) openWindow();
    });
  });
}

/** Hands the paths to the core; what cannot be read is said in a dialog, the rest shows as progress in the window. */
async function ingestPaths(core: CoreClient, window: BrowserWindow | undefined, received: ReceivedPaths): Promise<void> {
  const usable = [...received.files, ...received.folders];
  const missing = received.missing.length > 0 ? `Not found: ${received.missing.slice(0, 3).join(', ')}` : '';
  if (usable.length > 0) {
    const result = await core.call('ingest.paths', { paths: usable, source: received.origin });
    if (!result.ok) {
      await showMessage(window, { title: 'Crossdock', message: 'The files could not be imported.', detail: [result.error.message, missing].filter(Boolean).join('\n\n') });
      return;
    }
  }
  if (missing) await showMessage(window, { title: 'Crossdock', message: 'Some files were not found.', detail: missing });
}
