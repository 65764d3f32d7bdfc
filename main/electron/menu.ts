import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openFiles(): void;
  openWorkspace(): void;
}

/**
 * The application menu. Reload and developer tools exist only in development; an Edit menu is kept because on
 * macOS copy and paste shortcuts in text fields work only through it.
 */
export function applicationMenuTemplate(options: { dev: boolean; platform: NodeJS.Platform; actions: MenuActions }): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open Files…', accelerator: 'CmdOrCtrl+O', click: () => options.actions.openFiles() },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+Shift+O', click: () => options.actions.openWorkspace() },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.dev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: '&Help', role: 'help', submenu: [{ role: 'about' }] };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, view, help];
}
