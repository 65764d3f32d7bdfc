/**
 * npm run bench:sync — 10,000 orders with 3 lines each from a local REST server (node:http, keyset paging) into a
 * fresh workspace through the generic REST connector: records/s for the first sync (mapping, upsert, thread
 * evaluation, cursor, one transaction per page), then an incremental sync with nothing changed, then one with 1 %
 * changed. Options: --orders N, --page N, --no-evaluate.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FaultServer } from '../../test/helpers/fault-server.js';
import { makeTempDir } from '../../test/helpers/temp-dir.js';
import { createCore } from '../../main/core/core.js';
import { connectorFactories } from '../../main/core/connectors/factories.js';
import { syncConnector } from '../../main/core/connectors/runner.js';
import { MemorySecretStore } from '../../main/core/connectors/secrets.js';
import { addConnector } from '../../main/core/connectors/service.js';
import { orderFeed, orderRecord, restOrdersConfig } from '../../main/core/connectors/test-support.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '10000' }, page: { type: 'string', default: '500' }, 'no-evaluate': { type: 'boolean' } } });
const orders = Number(values.orders);
const pageSize = Number(values.page);
const evaluate = !values['no-evaluate'];

const server = await new FaultServer({ authorization: 'Bearer bench' }).start();
server.set('/orders', orderFeed(orders, 3));
const dir = makeTempDir('crossdock-bench-sync-');
const core = createCore({ workspaceDir: dir.path, create: true, mode: 'cli', actor: 'bench' });
const deps = { secrets: new MemorySecretStore(), factories: connectorFactories };
await addConnector(core.context, deps, { name: 'erp-bench', kind: 'rest', side: 'erp', config: restOrdersConfig(server.url, { type: 'keyset', size: pageSize }), secrets: { token: 'bench' } });

async function timed(label: string) {
  const started = performance.now();
  const run = await syncConnector(core.context, deps, { connector: 'erp-bench', evaluate });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 'ok') throw new Error(`${label}: ${run.status} ${run.message ?? ''}`);
  return { label, seconds, records: run.records, inserted: run.inserted, updated: run.updated, pages: run.pages, perSecond: run.records / seconds };
}

try {
  const results = [await timed('first sync'), await timed('incremental, nothing changed')];
  const start = Date.parse('2026-06-01T00:00:00Z');
  for (let index = 1; index <= orders; index += 100) server.upsert('/orders', orderRecord(index, new Date(start + index * 1000).toISOString(), 3, 42));
  results.push(await timed('incremental, 1 % changed'));
  const threads = core.context.workspace.db.prepare("SELECT count(*) FROM recon_threads WHERE kind = 'order'").pluck().get() as number;
  console.log(`bench:sync — ${orders} orders × 3 lines, keyset pages of ${pageSize}, thread evaluation ${evaluate ? 'on' : 'off'} (Node ${process.version})`);
  for (const result of results) console.log(`${result.label.padEnd(32)} ${result.seconds.toFixed(3).padStart(8)} s  ${String(result.records).padStart(6)} records  ${String(result.pages).padStart(4)} pages  ${result.inserted} new, ${result.updated} changed  ${Math.round(result.perSecond)} records/s`);
  console.log(`order threads evaluated: ${threads}`);
  console.log(JSON.stringify({ orders, pageSize, evaluate, results, threads }));
} finally {
  core.close();
  await server.stop();
  dir.cleanup();
}
