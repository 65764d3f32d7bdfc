import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { startWebServer } from '../helpers/web-server.js';

export interface RunningApp {
  /** the address printed by the server, with its token */
  url: string;
  workspaceDir: string;
}

/** Browser mode on a fresh workspace, stopped afterwards. */
async function startApp(workspaceDir: string): Promise<{ app: RunningApp; child: ChildProcess }> {
  const { url, child } = await startWebServer(workspaceDir, 30_000);
  return { app: { url, workspaceDir }, child };
}

export const test = base.extend<{ app: RunningApp }>({
  // Playwright reads fixture dependencies from the destructuring pattern; this fixture has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const workspaceDir = mkdtempSync(join(tmpdir(), 'crossdock-e2e-'));
    const { app, child } = await startApp(workspaceDir);
    try {
      await use(app);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(workspaceDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
