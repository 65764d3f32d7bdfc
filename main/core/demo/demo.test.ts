import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/helpers/temp-dir.js';
import type { CanonicalDocument } from '../canonical/index.js';
import { MISMATCH_TYPES } from '../reconcile/types.js';
import { openWorkspace, type Workspace } from '../workspace/workspace.js';
import { createSettingsStore } from '../workspace/settings-store.js';
import { MANIFEST_FILE, SOURCE_FOLDER, type DemoResult } from './create.js';
import { createDemoWorkspace } from './new-workspace.js';
import type { DemoManifest } from './defects.js';
import { evaluateWorkspace } from './evaluate.js';
import { shipmentsToday } from '../reconcile-store/shipments.js';

const NOW = new Date('2026-11-28T03:00:00Z');
const key = (type: string, threadKey: string) => `${type} ${threadKey}`;

describe('createDemoWorkspace', () => {
  const temp = makeTempDir('crossdock-demo-');
  const dir = join(temp.path, 'ws');
  let result: DemoResult;
  let workspace: Workspace;
  let manifest: DemoManifest;

  beforeAll(async () => {
    result = await createDemoWorkspace(dir, { now: NOW });
    workspace = openWorkspace(dir);
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as DemoManifest;
  }, 240_000);
  afterAll(() => {
    workspace?.close();
    temp.cleanup();
  }, 60_000);

  it('takes every EDI file through the real ingest without an error, and maps every business document', () => {
    expect(result.ingest.files).toBeGreaterThan(1000);
    expect(result.ingest).toMatchObject({ ingested: result.ingest.files, errors: 0, quarantined: 0 });
    const db = workspace.db;
    const unmapped = db.prepare("SELECT count(*) FROM documents d WHERE d.type NOT IN ('997', 'CONTRL') AND NOT EXISTS (SELECT 1 FROM canonical_documents c WHERE c.document_id = d.id AND c.status = 'ok')").pluck().get();
    expect(unmapped).toBe(0);
    expect(db.prepare("SELECT count(*) FROM documents WHERE direction = 'outbound'").pluck().get()).toBeGreaterThan(400);
    const kinds = db.prepare('SELECT DISTINCT kind FROM canonical_documents ORDER BY kind').pluck().all();
    expect(kinds).toEqual(['inventory', 'invoice', 'order', 'order-ack', 'return', 'shipment']);
    // archived originals
    expect(db.prepare("SELECT count(*) FROM files WHERE archive_path IS NULL OR archive_path = ''").pluck().get()).toBe(0);
  });

  it('has three partners with complete profiles, published maps and our company in settings', () => {
    const db = workspace.db;
    expect(manifest.partners.map((partner) => partner.standard)).toEqual(['x12', 'x12', 'edifact']);
    const published = db.prepare("SELECT count(*) FROM maps WHERE status = 'published'").pluck().get() as number;
    expect(published).toBe(15);
    const settings = createSettingsStore(db).read();
    expect(settings.company.x12Ids).toHaveLength(1);
    expect(settings.company.glns).toHaveLength(1);
    for (const partner of manifest.partners) {
      const profile = JSON.parse(db.prepare('SELECT profile_json FROM partners WHERE id = ?').pluck().get(partner.id) as string) as Record<string, unknown[]>;
      expect(profile.items!.length).toBeGreaterThan(4);
      expect(profile.locations!.length).toBe(2);
      expect(profile.contacts!.length).toBeGreaterThan(0);
    }
  });

  it('plants about 30 mismatches covering every one of the 23 types', () => {
    expect(manifest.defects.length).toBeGreaterThanOrEqual(28);
    expect(new Set(manifest.defects.map((defect) => defect.type))).toEqual(new Set(MISMATCH_TYPES));
    expect(new Set(manifest.defects.map((defect) => key(defect.type, defect.threadKey))).size).toBe(manifest.defects.length);
    expect(manifest.counts.orders).toBe(200);
  });

  it('reconciles to exactly the planted mismatches (precision and recall 100 %)', () => {
    const records = ['erp', 'wms'].flatMap((side) => (JSON.parse(readFileSync(join(dir, SOURCE_FOLDER, `${side}-records.json`), 'utf8')) as { document: CanonicalDocument }[]).map((record) => record.document));
    const found = evaluateWorkspace(workspace.db, records, NOW).map((mismatch) => key(mismatch.type, mismatch.threadKey));
    const planted = manifest.defects.map((defect) => key(defect.type, defect.threadKey));
    expect(found.sort()).toEqual(planted.sort());
  });

  it('through records.import and the full rebuild, the review queue holds exactly the planted mismatches and nothing the replay passed through', () => {
    const stored = workspace.db.prepare('SELECT type, thread_key, status, first_seen_at FROM mismatches').all() as { type: string; thread_key: string; status: string; first_seen_at: string }[];
    expect(stored.map((row) => key(row.type, row.thread_key)).sort()).toEqual(manifest.defects.map((defect) => key(defect.type, defect.threadKey)).sort());
    expect(new Set(stored.map((row) => row.status))).toEqual(new Set(['open']));
    expect(result.mismatchesFound).toBe(manifest.defects.length);
    // dated in the story: findings spread over the three weeks, none after now
    const seen = stored.map((row) => Date.parse(row.first_seen_at));
    expect(Math.max(...seen)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...seen)).toBeLessThan(NOW.getTime() - 7 * 86_400_000);
    const events = workspace.db.prepare('SELECT action, count(*) AS n FROM mismatch_events GROUP BY action').all();
    expect(events).toEqual([{ action: 'found', n: manifest.defects.length }]);
    const records = workspace.db.prepare('SELECT side, count(*) AS n FROM source_records GROUP BY side ORDER BY side').all();
    expect(records).toEqual([{ side: 'erp', n: result.records.erp }, { side: 'wms', n: result.records.wms }]);
  });

  it('lists the orders planned for today in the shipment check, the planted carton as a mismatch and the rest matched', () => {
    expectTodayListed(workspace, manifest, NOW);
  });

  it('refuses a folder that is not empty', async () => {
    await expect(createDemoWorkspace(dir, { now: NOW })).rejects.toThrow(/not empty/);
  });
});

function expectTodayListed(workspace: Workspace, manifest: DemoManifest, now: Date): void {
  const day = now.toISOString().slice(0, 10);
  expect(manifest.shippedToday.day).toBe(day);
  expect(manifest.shippedToday.threadKeys).toHaveLength(5);
  const rows = shipmentsToday(workspace.db, { day }, now);
  const byKey = new Map(rows.map((row) => [row.threadKey, row]));
  const carton = manifest.defects.find((defect) => defect.type === 'asn-qty-vs-wms' && manifest.shippedToday.threadKeys.includes(defect.threadKey));
  expect(carton).toBeDefined();
  for (const threadKey of manifest.shippedToday.threadKeys) {
    expect(byKey.get(threadKey)?.match, threadKey).toBe(threadKey === carton!.threadKey ? 'mismatch' : 'matched');
    expect(byKey.get(threadKey)!.shippedAt!.slice(0, 10)).toBe(day);
  }
}

// another seed, late in the day: the planted set still reconciles exactly, today's shipments included
describe('createDemoWorkspace, seed 7 late in the evening', () => {
  const temp = makeTempDir('crossdock-demo-');
  const dir = join(temp.path, 'ws');
  const now = new Date('2026-11-28T23:40:00Z');
  let workspace: Workspace;
  let manifest: DemoManifest;

  beforeAll(async () => {
    await createDemoWorkspace(dir, { now, seed: 7 });
    workspace = openWorkspace(dir);
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as DemoManifest;
  }, 240_000);
  afterAll(() => {
    workspace?.close();
    temp.cleanup();
  }, 60_000);

  it('reconciles to exactly the planted mismatches, in the engine and in the review queue', () => {
    const records = ['erp', 'wms'].flatMap((side) => (JSON.parse(readFileSync(join(dir, SOURCE_FOLDER, `${side}-records.json`), 'utf8')) as { document: CanonicalDocument }[]).map((record) => record.document));
    const planted = manifest.defects.map((defect) => key(defect.type, defect.threadKey)).sort();
    expect(evaluateWorkspace(workspace.db, records, now).map((mismatch) => key(mismatch.type, mismatch.threadKey)).sort()).toEqual(planted);
    const stored = workspace.db.prepare('SELECT type, thread_key FROM mismatches WHERE present = 1').all() as { type: string; thread_key: string }[];
    expect(stored.map((row) => key(row.type, row.thread_key)).sort()).toEqual(planted);
  });

  it('lists the orders planned for today in the shipment check', () => {
    expectTodayListed(workspace, manifest, now);
  });
});
