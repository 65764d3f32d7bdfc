/**
 * Ledger timing over a synthetic workspace: `npx tsx main/core/ledger/bench.ts [documents=1000000] [partners=20]`.
 * Rows are inserted with SQL (no parsing), 10 transactions per group and one group per interchange and file, with
 * a few gaps, duplicates and late numbers per partner, then each ledger query is timed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../workspace/workspace.js';
import { listLedger } from './ledger.js';
import type { LedgerFilter } from './types.js';

const documents = Number(process.argv[2] ?? 1_000_000);
const partners = Number(process.argv[3] ?? 20);
const perGroup = 10;
// LEDGER_BENCH_DIR keeps the populated workspace between runs (populating 1M rows takes a minute)
const kept = process.env.LEDGER_BENCH_DIR;
const dir = kept ?? mkdtempSync(join(tmpdir(), 'crossdock-ledger-bench-'));
const workspace = openWorkspace(dir, { create: true });
const { db } = workspace;

function populate(): void {
  const interchanges = Math.ceil(documents / perGroup);
  db.transaction(() => {
    const partner = db.prepare("INSERT INTO partners (name, created_at) VALUES (?, '2026-01-01T00:00:00.000Z')");
    for (let p = 1; p <= partners; p++) partner.run(`PARTNER${p}`);
    const series = `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${interchanges})`;
    db.exec(`${series} INSERT INTO files (id, sha256, size, archive_path, first_received_at, state)
      SELECT i, printf('%064d', i), 1000, 'x', strftime('%Y-%m-%dT%H:%M:%fZ', '2026-01-01', '+' || i || ' seconds'), 'parsed' FROM n`);
    // interchange i goes to partner i % partners, one direction in three outbound; each sender numbers 1, 2, 3...
    // with every 997th number skipped (a gap) and every 1009th interchange reusing an earlier number (late, duplicate)
    db.exec(`${series}, placed AS (
        SELECT i, 1 + i % ${partners} AS partner_id, CASE WHEN i % 3 = 0 THEN 'outbound' ELSE 'inbound' END AS direction FROM n),
      numbered AS (SELECT *, row_number() OVER (PARTITION BY partner_id, direction ORDER BY i) AS k FROM placed)
      INSERT INTO interchanges (id, file_id, ordinal, standard, partner_id, direction, sender_qualifier, sender_id,
        receiver_qualifier, receiver_id, control_number, version, delimiters_json, byte_start, byte_end)
      SELECT i, i, 0, 'x12', partner_id, direction, 'ZZ', 'S', 'ZZ', 'R',
        printf('%09d', CASE WHEN i % 1009 = 0 THEN k - 5 ELSE k + k / 997 END), '00401', '{}', 0, 1000 FROM numbered`);
    db.exec(`INSERT INTO groups (id, interchange_id, ordinal, functional_id, control_number, version, explicit, status,
        transaction_count, byte_start, byte_end)
      SELECT id, id, 0, 'PO', CAST(CAST(control_number AS INTEGER) AS TEXT), '004010', 1, 'accepted', ${perGroup}, 0, 1000 FROM interchanges`);
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${documents - 1})
      INSERT INTO documents (file_id, interchange_id, group_id, ordinal, partner_id, direction, standard, type, version, control_number,
        status, error_count, warning_count, segment_count, byte_start, byte_end, received_at)
      SELECT g.id, g.id, g.id, n.i % ${perGroup}, i.partner_id, i.direction, 'x12', '850', '004010', printf('%04d', 1 + n.i % ${perGroup}),
        'accepted', 0, 0, 10, 0, 100, '2026-01-01T00:00:00.000Z'
      FROM n JOIN groups g ON g.id = 1 + n.i / ${perGroup} JOIN interchanges i ON i.id = g.interchange_id`);
  })();
  db.exec('ANALYZE');
}

/** Wall and CPU time: CPU time stays meaningful on a machine busy with other work. */
function time(label: string, filter: LedgerFilter): void {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = listLedger(db, filter);
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - started).toFixed(0).padStart(6);
  const cpuMs = ((used.user + used.system) / 1000).toFixed(0).padStart(6);
  console.log(`${label.padEnd(44)} ${wall} ms wall ${cpuMs} ms cpu  ${result.total} entries`);
}

try {
  const started = performance.now();
  if (db.prepare('SELECT count(*) FROM documents').pluck().get() === 0) populate();
  console.log(`${documents} documents, ${partners} partners: ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  time('one partner, inbound, all levels and kinds', { partnerId: 2, direction: 'inbound' });
  time('one partner, both directions', { partnerId: 2 });
  time('one partner, transaction level', { partnerId: 2, level: 'transaction' });
  time('all partners, interchange level', { level: 'interchange' });
  time('all partners, group level', { level: 'group' });
  time('all partners, transaction level', { level: 'transaction' });
  time('all partners, everything', {});
  // partner 2 merged from two profiles: every other of its interchanges from a second id, each id numbering its own
  // clean series 1, 2, 3... per direction (groups numbered as their interchange); rolled back afterwards
  db.exec('BEGIN');
  db.exec(`UPDATE interchanges SET sender_id = CASE WHEN r.second THEN 'S2' ELSE sender_id END,
      receiver_id = CASE WHEN r.second THEN 'R2' ELSE receiver_id END, control_number = printf('%09d', r.k)
    FROM (SELECT id, (id / ${partners}) % 2 = 0 AS second, row_number() OVER (PARTITION BY direction, (id / ${partners}) % 2 ORDER BY id) AS k
      FROM interchanges WHERE partner_id = 2) r WHERE r.id = interchanges.id`);
  db.exec(`UPDATE groups SET control_number = CAST(CAST(i.control_number AS INTEGER) AS TEXT) FROM interchanges i
    WHERE i.id = groups.interchange_id AND i.partner_id = 2`);
  time('merged partner (2 series), all levels', { partnerId: 2 });
  time('merged partner (2 series), transaction level', { partnerId: 2, level: 'transaction' });
  time('all partners (one merged), everything', {});
  db.exec('ROLLBACK');
} finally {
  workspace.close();
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
