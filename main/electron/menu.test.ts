import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applicationMenuTemplate } from './menu.js';

vi.mock('electron', () => ({}));

const items = (menu: MenuItemConstructorOptions | undefined) => (menu?.submenu ?? []) as MenuItemConstructorOptions[];
const byLabel = (template: MenuItemConstructorOptions[], label: string) => template.find((menu) => menu.label?.replace('&', '') === label);
const roles = (menu: MenuItemConstructorOptions | undefined) => items(menu).map((item) => item.role).filter(Boolean);

describe('application menu', () => {
  const actions = { openFiles: vi.fn(), openWorkspace: vi.fn() };

  it('File opens files, opens a workspace, and quits', () => {
    const file = byLabel(applicationMenuTemplate({ dev: false, platform: 'linux', actions }), 'File');
    const [openFiles, openWorkspace] = items(file);
    expect(openFiles!.label).toBe('Open Files…');
    expect(openWorkspace!.label).toBe('Open Workspace…');
    (openFiles!.click as () => void)();
    (openWorkspace!.click as () => void)();
    expect(actions.openFiles).toHaveBeenCalledOnce();
    expect(actions.openWorkspace).toHaveBeenCalledOnce();
    expect(roles(file)).toEqual(['quit']);
  });

  it('offers reload and developer tools only in development', () => {
    const production = byLabel(applicationMenuTemplate({ dev: false, platform: 'win32', actions }), 'View');
    const development = byLabel(applicationMenuTemplate({ dev: true, platform: 'win32', actions }), 'View');
    expect(roles(production)).not.toContain('reload');
    expect(roles(production)).not.toContain('toggleDevTools');
    expect(roles(development)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has Help → About, and the macOS app menu only on macOS', () => {
    const linux = applicationMenuTemplate({ dev: false, platform: 'linux', actions });
    expect(roles(byLabel(linux, 'Help'))).toEqual(['about']);
    expect(linux.some((menu) => menu.role === 'appMenu')).toBe(false);
    const mac = applicationMenuTemplate({ dev: false, platform: 'darwin', actions });
    expect(mac[0]!.role).toBe('appMenu');
    expect(roles(byLabel(mac, 'File'))).toEqual(['close']);
  });
});
