/**
 * `npm run web -- --workspace DIR [--port N]`: the browser mode. Opens (or creates) the workspace, builds the
 * renderer when needed, serves it on 127.0.0.1 and prints the address with this run's token.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createCore } from '../core/core.js';
import { startInboxWatcher } from '../core/ingest/inbox-watcher.js';
import { WorkspaceError } from '../core/workspace/errors.js';
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
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write('Usage: npm run web -- [--workspace DIR] [--port N]\n  Serves Crossdock to a browser on 127.0.0.1.\n');
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${values.port}`);
  const workspaceDir = resolve(values.workspace ?? join(homedir(), '.crossdock', 'default'));

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

main().catch((error: unknown) => {
  const known = error instanceof WorkspaceError || error instanceof UsageError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION';
  process.stderr.write(`crossdock web: ${known ? (error as Error).message : (error as Error).stack ?? String(error)}\n`);
  process.exit(known ? 2 : 1);
});
