/**
 * The process the sync crash test kills (kill -9): `node --import tsx crash-child.ts WORKSPACE SERVER_URL`. Opens
 * the workspace, adds the REST connector on first use, syncs, and reports on stdout: `open`, `page <records so far>`
 * after every committed page, `done <run JSON>` at the end.
 */
import { createCore } from '../core.js';
import { connectorFactories } from './factories.js';
import { syncConnector } from './runner.js';
import { MemorySecretStore } from './secrets.js';
import { addConnector } from './service.js';
import { getConnector } from './state.js';
import { restOrdersConfig } from './test-support.js';

const [workspaceDir, serverUrl] = process.argv.slice(2);
if (!workspaceDir || !serverUrl) {
  process.stderr.write('usage: crash-child.ts WORKSPACE SERVER_URL\n');
  process.exit(2);
}
const core = createCore({ workspaceDir, create: true, mode: 'cli', actor: 'crash-test' });
const deps = { secrets: new MemorySecretStore(), factories: connectorFactories };
if (!getConnector(core.context.workspace.db, 'erp-crash')) {
  const config = { ...(restOrdersConfig(serverUrl, { type: 'keyset', size: 25 }) as object), auth: { type: 'none' } };
  await addConnector(core.context, deps, { name: 'erp-crash', kind: 'rest', side: 'erp', config });
}
process.stdout.write('open\n');
const run = await syncConnector(core.context, deps, { connector: 'erp-crash', onProgress: (records) => process.stdout.write(`page ${records}\n`) });
core.close();
process.stdout.write(`done ${JSON.stringify({ ...run, streams: undefined })}\n`);
