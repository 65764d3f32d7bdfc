/**
 * Documents list speed over a million documents: `node --import tsx bench/ingest/documents-query.ts [--documents N]
 * [--runs N] [--fresh]`. Fills a workspace with synthetic rows (documents-data.ts; cached in bench/.data/ by a hash of
 * the generator and the migrations), then times every filter alone and in the pairs a coordinator combines, with every
 * sort in both directions, first page of 100. Prints the slowest shapes and the worst case; the target is 50 ms.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type Database from 'better-sqlite3';
import { documentFacets } from '../../main/core/documents/facets.js';
import { choosePlan, listDocuments } from '../../main/core/documents/list.js';
import type { DocumentFilter, DocumentSort } from '../../main/core/documents/list-plan.js';
import { defaultMigrationsDir } from '../../main/core/workspace/migrate.js';
import { openWorkspace } from '../../main/core/workspace/workspace.js';
import { fillSyntheticDocuments } from './documents-data.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: { documents: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' }, fresh: { type: 'boolean', default: false }, 'insert-cost': { type: 'boolean', default: false } },
});
const documents = Number(values.documents);
const runs = Math.max(1, Number(values.runs));

function dataKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('./documents-data.ts', import.meta.url)));
  for (const file of readdirSync(defaultMigrationsDir).sort()) hash.update(readFileSync(join(defaultMigrationsDir, file)));
  return `documents-${documents}-${hash.digest('hex').slice(0, 12)}`;
}

function prepareWorkspace(): string {
  const dir = join(root, 'bench/.data', dataKey());
  if (values.fresh) rmSync(dir, { recursive: true, force: true });
  if (existsSync(join(dir, 'workspace.db'))) return dir;
  mkdirSync(dir, { recursive: true });
  const workspace = openWorkspace(dir, { create: true });
  const db = workspace.db;
  // Building the indexes once after the rows is several times faster than keeping them up to date row by row.
  const indexes = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'documents' AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
  let started = Date.now();
  const written = fillSyntheticDocuments(db, { documents, partners: 300, documentsPerFile: 4, seed: 20261127 });
  console.log(`Wrote ${written.toLocaleString()} documents in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  for (const index of indexes) db.exec(index.sql);
  console.log(`Built ${indexes.length} indexes in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  workspace.close();
  return dir;
}

interface Shape {
  name: string;
  filter: DocumentFilter;
}

function shapesFor(db: Database.Database): Shape[] {
  const partners = db.prepare('SELECT partner_id AS id, count(*) AS n FROM documents GROUP BY partner_id ORDER BY n DESC').all() as { id: number; n: number }[];
  const biggest = partners[0]!.id;
  const medium = partners.find((partner) => partner.n < documents / 100)!.id;
  const smallest = partners[partners.length - 1]!.id;
  const inboundOnly = (db.prepare("SELECT partner_id FROM documents GROUP BY partner_id HAVING sum(direction = 'outbound') = 0 ORDER BY count(*) DESC LIMIT 1").pluck().get() as number | undefined) ?? biggest;
  const samplePo = db.prepare('SELECT po_number FROM documents WHERE id = ?').pluck().get(Math.floor(documents / 2)) as string;
  const mid = db.prepare('SELECT received_at FROM documents WHERE id = ?').pluck().get(Math.floor(documents / 2)) as string;
  const day = mid.slice(0, 10);
  const month = mid.slice(0, 8);
  return [
    { name: 'none', filter: {} },
    { name: 'partner (largest)', filter: { partnerId: biggest } },
    { name: 'partner (under 1%)', filter: { partnerId: medium } },
    { name: 'partner (smallest)', filter: { partnerId: smallest } },
    { name: 'type 850', filter: { type: '850' } },
    { name: 'type 180 (rare)', filter: { type: '180' } },
    { name: 'status accepted', filter: { status: 'accepted' } },
    { name: 'status rejected', filter: { status: 'rejected' } },
    { name: 'status with errors', filter: { status: 'accepted-with-errors' } },
    { name: 'direction inbound', filter: { direction: 'inbound' } },
    { name: 'direction outbound', filter: { direction: 'outbound' } },
    { name: 'one day', filter: { from: day, to: day } },
    { name: 'one month', filter: { from: `${month}01`, to: `${month}28` } },
    { name: 'from mid-point on', filter: { from: day } },
    { name: 'text: one PO', filter: { text: samplePo } },
    { name: 'text: prefix "PO1"', filter: { text: 'PO1' } },
    { name: 'text: prefix "0"', filter: { text: '0' } },
    { name: 'partner + status rejected', filter: { partnerId: biggest, status: 'rejected' } },
    { name: 'partner + type 856', filter: { partnerId: biggest, type: '856' } },
    { name: 'inbound-only partner + outbound', filter: { partnerId: inboundOnly, direction: 'outbound' } },
    { name: 'type 850 + outbound (empty)', filter: { type: '850', direction: 'outbound' } },
    { name: 'status rejected + inbound', filter: { status: 'rejected', direction: 'inbound' } },
    { name: 'status accepted + inbound', filter: { status: 'accepted', direction: 'inbound' } },
    { name: 'type 997 + status accepted', filter: { type: '997', status: 'accepted' } },
    { name: 'partner + type + status', filter: { partnerId: biggest, type: '850', status: 'accepted' } },
    { name: 'partner + one month', filter: { partnerId: biggest, from: `${month}01`, to: `${month}28` } },
    { name: 'type + status + direction + month', filter: { type: '856', status: 'accepted', direction: 'outbound', from: `${month}01`, to: `${month}28` } },
    { name: 'text "PO" + status accepted', filter: { text: 'PO', status: 'accepted' } },
    { name: 'everything', filter: { partnerId: biggest, type: '850', status: 'accepted', direction: 'inbound', from: `${month}01`, to: `${month}28`, text: 'PO' } },
  ];
}

const SORTS: DocumentSort[] = (['receivedAt', 'type', 'status', 'partner', 'controlNumber'] as const).flatMap((column) => (['desc', 'asc'] as const).map((direction) => ({ column, direction })));

function time(fn: () => void): number {
  const started = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

function main(): void {
  const dir = prepareWorkspace();
  const workspace = openWorkspace(dir);
  const db = workspace.db;
  const shapes = shapesFor(db);
  const results: { shape: string; sort: string; plan: string; minMs: number; medianMs: number; maxMs: number; total: string }[] = [];
  for (const shape of shapes) {
    for (const sort of SORTS) {
      const request = { filter: shape.filter, sort, offset: 0, limit: 100 };
      const chosen = choosePlan(db, request);
      const plan = chosen.plan.kind === 'bounded' ? `bounded ${chosen.plan.driver.kind === 'time' ? chosen.plan.driver.index.name : chosen.plan.driver.kind} (${chosen.driverRows ?? '-'})` : `ordered ${chosen.plan.index}${chosen.plan.loop ? ` loop ${chosen.plan.loop}` : ''}`;
      let page = listDocuments(db, request);
      const timings = Array.from({ length: runs }, () => time(() => (page = listDocuments(db, request))));
      results.push({ shape: shape.name, sort: `${sort.column} ${sort.direction}`, plan, minMs: Math.min(...timings), medianMs: median(timings), maxMs: Math.max(...timings), total: `${page.total}${page.totalIsLowerBound ? '+' : ''}` });
    }
  }
  const deep = time(() => listDocuments(db, { filter: {}, sort: { column: 'receivedAt', direction: 'desc' }, offset: Math.floor(documents * 0.9), limit: 100 }));
  const facetsCold = time(() => documentFacets(db));
  const facetsCached = time(() => documentFacets(db));
  workspace.close();

  results.sort((a, b) => b.medianMs - a.medianMs);
  const load = loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`\n${results.length} query shapes over ${documents.toLocaleString()} documents, first page of 100, ${runs} runs each (ms); load average ${load} on ${cpus().length} CPUs:\n`);
  console.log('   min median    max  total     shape / sort / plan');
  for (const row of results.slice(0, 30)) console.log(`${row.minMs.toFixed(1).padStart(6)} ${row.medianMs.toFixed(1).padStart(6)} ${row.maxMs.toFixed(1).padStart(6)}  ${row.total.padEnd(9)} ${row.shape} / ${row.sort} / ${row.plan}`);
  const worst = results[0]!;
  const worstFastest = [...results].sort((a, b) => b.minMs - a.minMs)[0]!;
  const overall = median(results.map((row) => row.medianMs));
  console.log(`\nWorst median: ${worst.medianMs.toFixed(1)} ms (${worst.shape}, ${worst.sort}); worst best-of-${runs}: ${worstFastest.minMs.toFixed(1)} ms (${worstFastest.shape}, ${worstFastest.sort}); median over shapes ${overall.toFixed(1)} ms; target 50 ms.`);
  console.log(`Deep page (offset ${Math.floor(documents * 0.9).toLocaleString()}): ${deep.toFixed(1)} ms. Facets: ${facetsCold.toFixed(1)} ms, then ${facetsCached.toFixed(2)} ms cached.`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/documents-query-latest.json'), `${JSON.stringify({ documents, runs, loadAverage: load, worst, worstBestOfRuns: worstFastest, medianOverShapesMs: overall, deepPageMs: deep, facetsColdMs: facetsCold, results }, null, 2)}\n`);
}

/** What the list's indexes (migration 0003) cost each inserted document: CPU time with and without them, alternated. */
function insertCost(): void {
  const count = 60_000;
  const own = ['documents_partner_type', 'documents_partner_status', 'documents_partner_direction', 'documents_type_status', 'documents_type_direction', 'documents_status_direction', 'documents_control_received'];
  const samples: Record<'with' | 'without', number[]> = { with: [], without: [] };
  for (let round = 0; round < 3; round++) {
    for (const variant of ['with', 'without'] as const) {
      const dir = join(root, 'bench/.data/scratch', `insert-cost-${variant}`);
      rmSync(dir, { recursive: true, force: true });
      const workspace = openWorkspace(dir, { create: true });
      if (variant === 'without') {
        for (const name of own) workspace.db.exec(`DROP INDEX ${name}`);
        workspace.db.exec('CREATE INDEX documents_control ON documents (control_number)');
      }
      const cpu = process.cpuUsage();
      fillSyntheticDocuments(workspace.db, { documents: count, partners: 300, documentsPerFile: 4, seed: round, transactionPerFile: true });
      const used = process.cpuUsage(cpu);
      samples[variant].push(((used.user + used.system) / count));
      workspace.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const withIndexes = median(samples.with);
  const without = median(samples.without);
  console.log(`Insert cost per document (${count.toLocaleString()} rows with their files, receipts and envelopes, one transaction per file of 4, median of 3, CPU): ${withIndexes.toFixed(1)} µs with the list indexes, ${without.toFixed(1)} µs without: +${(withIndexes - without).toFixed(1)} µs.`);
}

if (values['insert-cost']) insertCost();
else main();
