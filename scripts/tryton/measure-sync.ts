/**
 * The Tryton figure of issue #7: a real Tryton 6.0 holding the seeded data plus N quoted sales (3 lines each), the
 * connector's sales stream timed three ways: fetch + map only, a full sync into a fresh workspace (land, versions,
 * thread evaluation), and an incremental sync with nothing changed.
 *
 *   npx tsx scripts/tryton/measure-sync.ts [--orders 1000] [--page-size 200]
 *
 * Needs the Tryton packages (.ci/run); the N-sale database is built once (minutes) and cached by tryton.sh.
 */
import { parseArgs } from 'node:util';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { createCore } from '../../main/core/core.js';
import { createHttpClient } from '../../main/core/connectors/resilience/http.js';
import { systemClock } from '../../main/core/connectors/resilience/clock.js';
import { syncConnector } from '../../main/core/connectors/runner.js';
import { MemorySecretStore } from '../../main/core/connectors/secrets.js';
import { insertConnector } from '../../main/core/connectors/state.js';
import { trytonConnectorFactory } from '../../main/core/connectors/tryton/config.js';
import { startTryton, trytonAvailable, TRYTON_DATABASE, TRYTON_PASSWORD, TRYTON_USER } from '../../main/core/connectors/tryton/tryton-server.test-support.js';
import type { JsonValue, StreamCursor } from '../../main/core/connectors/types.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000' }, 'page-size': { type: 'string', default: '200' } } });
const orders = Number(values.orders);
const pageSize = Number(values['page-size']);

if (!trytonAvailable()) {
  console.error('Tryton is not installed: apt-get install --no-install-recommends tryton-server tryton-modules-sale tryton-modules-stock tryton-modules-account-invoice tryton-proteus');
  process.exit(1);
}

const started = performance.now();
const tryton = await startTryton({ bulkSales: orders });
console.error(`Tryton with ${orders} extra sales up in ${((performance.now() - started) / 1000).toFixed(1)} s at ${tryton.url}`);
const temp = makeTempDir('crossdock-tryton-measure-');
try {
  const config = { url: tryton.url, database: TRYTON_DATABASE, username: TRYTON_USER, pageSize } satisfies JsonValue;

  // 1. fetch + map only (what Tryton and the mappers cost, no workspace)
  const connector = trytonConnectorFactory.create({ name: 'tryton', kind: 'tryton', side: 'erp', config }, { http: createHttpClient(), secrets: { get: async () => TRYTON_PASSWORD }, clock: systemClock, log: () => undefined });
  const signal = new AbortController().signal;
  await connector.test(signal);
  let fetched = 0;
  let documents = 0;
  let cursor: StreamCursor = { since: null, page: null };
  const fetchStart = performance.now();
  for (;;) {
    const page = await connector.fetchPage('sales-orders', cursor, signal);
    fetched += page.records.length;
    for (const record of page.records) if (connector.toCanonical('sales-orders', record).status === 'document') documents++;
    if (page.done || page.nextPage === null) break;
    cursor = { since: null, page: page.nextPage };
  }
  const fetchMs = performance.now() - fetchStart;

  // 2. full sync into a fresh workspace, 3. incremental with nothing changed
  const core = createCore({ workspaceDir: `${temp.path}/ws`, create: true, mode: 'test' });
  const secrets = new MemorySecretStore();
  await secrets.set('tryton/password', TRYTON_PASSWORD);
  const deps = { secrets, factories: new Map([['tryton', trytonConnectorFactory]]) };
  insertConnector(core.context.workspace.db, { name: 'tryton', kind: 'tryton', side: 'erp', config }, new Date().toISOString());
  const syncStart = performance.now();
  const full = await syncConnector(core.context, deps, { connector: 'tryton', streams: ['sales-orders'] });
  const syncMs = performance.now() - syncStart;
  const quietStart = performance.now();
  const quiet = await syncConnector(core.context, deps, { connector: 'tryton', streams: ['sales-orders'] });
  const quietMs = performance.now() - quietStart;
  core.close();

  console.log(
    JSON.stringify(
      {
        orders: fetched,
        pageSize,
        fetchAndMap: { ms: Math.round(fetchMs), recordsPerSecond: Math.round((fetched / fetchMs) * 1000), documents },
        fullSync: { ms: Math.round(syncMs), recordsPerSecond: Math.round((full.records / syncMs) * 1000), status: full.status, inserted: full.inserted, pages: full.pages },
        incrementalNothingChanged: { ms: Math.round(quietMs), records: quiet.records, status: quiet.status },
      },
      null,
      2,
    ),
  );
} finally {
  await tryton.stop();
  temp.cleanup();
}
