/**
 * `npm run web -- --workspace DIR [--port N]`: the browser mode. Opens (or creates) the workspace, builds the
 * renderer when needed, serves it on 127.0.0.1 and prints the address with this run's token.
 * `--demo` (`npm run demo`): the same on the demo workspace, created first when its folder has none.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.js';
import { startInboxWatcher } from '../core/ingest/inbox-watcher.js';
import { createDemoWorkspace, DemoError, MANIFEST_FILE } from '../core/demo/index.js';
import { WorkspaceError } from '../core/workspace/errors.js';
import { DATABASE_FILE } from '../core/workspace/workspace.js';
import { newToken } from './auth.js';
import { ensureRendererBuilt } from './build-renderer.js';
import { startServer } from './server.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string', short: 'w' },
      port: { type: 'string', short: 'p' },
      help: { type: 'boolean', short: 'h' },
      demo: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'Usage: npm run web -- [--workspace DIR] [--port N] [--demo]\n  Serves Crossdock to a browser on 127.0.0.1.\n' +
        `  --demo  the demo workspace (default ${demoFolder()}), created first when the folder holds none\n`,
    );
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${values.port}`);
  const workspaceDir = resolve(values.workspace ?? (values.demo ? demoFolder() : join(homedir(), '.crossdock', 'default')));
  if (values.demo) await ensureDemo(workspaceDir);

  const core = createCore({ workspaceDir, create: true, mode: 'browser', actor: 'browser' });
  const inbox = startInboxWatcher(core.context);
  await ensureRendererBuilt(projectRoot, join(projectRoot, 'out', 'renderer'), (line) => process.stdout.write(`${line}\n`));
  const server = await startServer({ core, token: newToken(), staticRoot: join(projectRoot, 'out', 'renderer'), port });
  process.stdout.write(`Crossdock is serving workspace ${workspaceDir}\nOpen ${server.url}\n(only this machine can connect; the token in the address is new each run; Ctrl+C stops)\n`);

  const stop = () => {
    void inbox
      .stop()
      .then(() => server.close())
      .then(() => {
        core.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

class UsageError extends Error {}

function demoFolder(): string {
  return join(homedir(), '.crossdock', 'demo');
}

/** Creates the demo workspace in `dir` unless it already holds a workspace (then it is served as it is). */
async function ensureDemo(dir: string): Promise<void> {
  if (existsSync(join(dir, DATABASE_FILE))) {
    process.stdout.write(`Opening the demo workspace ${dir} (delete the folder for a fresh one)\n`);
    return;
  }
  process.stdout.write(`Creating the demo workspace in ${dir}\n`);
  let last = '';
  const result = await createDemoWorkspace(dir, {
    onProgress: (progress) => {
      if (progress.message !== last) process.stdout.write(`  ${progress.message}\n`);
      last = progress.message;
    },
  });
  const seconds = Object.values(result.timings).reduce((sum, value) => sum + value, 0) / 1000;
  process.stdout.write(`  ${result.manifest.counts.orders} orders, ${result.ingest.files} EDI files, ${result.mismatchesFound} mismatches to review (planted ones listed in ${join(dir, MANIFEST_FILE)}); ${seconds.toFixed(1)} s\n`);
}

main().catch((error: unknown) => {
  const known = error instanceof WorkspaceError || error instanceof UsageError || error instanceof DemoError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  process.stderr.write(`crossdock web: ${known ? (error as Error).message : (error as Error).stack ?? String(error)}\n`);
  process.exit(known ? 2 : 1);
});
