import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWorkspaceDir, workspaceArgument } from './launch-options.js';

describe('--workspace', () => {
  it('reads both spellings anywhere on the command line', () => {
    expect(workspaceArgument(['/opt/Crossdock/crossdock', '--no-sandbox', '--workspace', '/data/ws'])).toBe('/data/ws');
    expect(workspaceArgument(['electron', '.', '--workspace=/data/ws2'])).toBe('/data/ws2');
    expect(workspaceArgument(['electron', '.', '--workspace', '--inspect'])).toBeUndefined();
    expect(workspaceArgument(['electron', '.'])).toBeUndefined();
  });

  it('defaults to the userData workspace folder and resolves relative folders from the start folder', () => {
    expect(resolveWorkspaceDir(['app'], '/home/ana/.config/Crossdock', '/tmp')).toBe(join('/home/ana/.config/Crossdock', 'workspace'));
    expect(resolveWorkspaceDir(['app', '--workspace', 'ws'], '/u', '/home/ana')).toBe(resolve('/home/ana', 'ws'));
    expect(resolveWorkspaceDir(['app', '--workspace', '/srv/ws'], '/u', '/home/ana')).toBe('/srv/ws');
  });
});
