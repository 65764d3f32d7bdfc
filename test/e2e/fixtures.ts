import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

const projectRoot = join(import.meta.dirname, '../..');

export interface RunningApp {
  /** the address printed by the server, with its token */
  url: string;
  workspaceDir: string;
}

/** Starts `main/server/start.ts` exactly as `npm run web` does, on a fresh workspace, and stops it afterwards. */
async function startApp(workspaceDir: string): Promise<{ app: RunningApp; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server/start.ts', '--workspace', workspaceDir, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not print its address in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
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
