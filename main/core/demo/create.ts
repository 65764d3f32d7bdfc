/**
 * createDemoWorkspace: a workspace a new user understands in a minute. Our company and three partners with complete
 * profiles, published default maps, three weeks of EDI traffic written as files and taken in by the real ingest
 * (archived, parsed, acknowledged, mapped), ERP and WMS records loaded as canonical JSON, then a full reconcile.
 * demo-manifest.json lists every planted mismatch with its type and thread key.
 */
import type Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../context.js';
import { runBatchAsync, sourcesFromPaths, type IngestSummary } from '../ingest/batch.js';
import { compileDefinition } from '../mapping-store/engine.js';
import { mapRepositoryFor } from '../mapping-store/repository.js';
import { defaultMaps } from '../mapping/index.js';
import { importPartner } from '../partners/transfer.js';
import { COMPANY, PARTNERS, type PartnerKey } from './cast.js';
import { backdate } from './backdate.js';
import { manifestOf } from './manifest.js';
import type { DemoManifest } from './defects.js';
import { ediFilesOf } from './files.js';
import { recordsOf, type DemoRecord, type PartnerRefs } from './records.js';
import { buildScenario } from './scenario.js';
import { dateFindingsInStory, forgetReplayArtifacts } from './store-bridge.js';
import { importRecords } from '../reconcile-store/records.js';
import { rebuildAll } from '../reconcile-store/index.js';

export const DEMO_SEED = 20261128;
export const MANIFEST_FILE = 'demo-manifest.json';
export const SOURCE_FOLDER = 'demo-source';

export type DemoStep = 'scenario' | 'partners' | 'maps' | 'files' | 'ingest' | 'records' | 'reconcile' | 'done';

export interface DemoProgress {
  step: DemoStep;
  message: string;
  done?: number;
  total?: number;
}

export interface DemoOptions {
  now?: Date;
  seed?: number;
  orders?: number;
  onProgress?: (progress: DemoProgress) => void;
}

export interface DemoResult {
  workspaceDir: string;
  manifest: DemoManifest;
  ingest: Pick<IngestSummary, 'files' | 'ingested' | 'transactions' | 'errors' | 'warnings' | 'quarantined'>;
  records: { erp: number; wms: number };
  /** mismatches in the review queue after the full rebuild */
  mismatchesFound: number;
  threads: number;
  /** milliseconds per step */
  timings: Record<string, number>;
}

export class DemoError extends Error {}

/** The demo fills only a workspace with no files and no partners: it never mixes with real data. */
export function assertEmptyWorkspace(db: Database.Database): void {
  const used = db.prepare('SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM partners)').pluck().get() as number;
  if (used > 0) throw new DemoError('This workspace already holds files or partners; the demo fills only an empty workspace (or make a new one with crossdock demo --workspace DIR)');
}

function publishDefaultMaps(context: CoreContext, partnerId: number, standard: 'x12' | 'edifact', types: string[]): number {
  const repository = mapRepositoryFor(context.workspace.db);
  let published = 0;
  for (const type of types) {
    const definition = defaultMaps.get(standard, type);
    if (!definition || !compileDefinition(definition).ok) throw new DemoError(`no built-in ${standard} ${type} map to publish`);
    const draft = repository.saveDraft({ partnerId, standard, type }, JSON.stringify(definition), 'Demo: the built-in default map', context.actor);
    repository.publish(draft.id, context.actor, 'map.published');
    published++;
  }
  return published;
}

const MAP_TYPES: Record<PartnerKey, string[]> = {
  summit: ['850', '855', '856', '810', '846', '180'],
  freshway: ['850', '855', '856', '810', '846'],
  bricoland: ['ORDERS', 'ORDRSP', 'DESADV', 'INVOIC'],
};

/** Fills the open (empty) workspace of `context` with the demo. */
export async function populateDemoWorkspace(context: CoreContext, options: DemoOptions = {}): Promise<DemoResult> {
  const timings: Record<string, number> = {};
  const progress = options.onProgress ?? (() => {});
  let mark = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round(now - mark);
    mark = now;
  };
  const db = context.workspace.db;
  assertEmptyWorkspace(db);
  const seed = options.seed ?? DEMO_SEED;
  const now = options.now ?? new Date();

  progress({ step: 'scenario', message: 'Planning three weeks of orders' });
  const scenario = buildScenario(now, seed, options.orders ?? 200);
  lap('scenario');

  progress({ step: 'partners', message: 'Our company and three partners' });
  context.settings.update({ company: { name: COMPANY.name, x12Ids: [{ qualifier: 'ZZ', id: COMPANY.x12Id }], edifactIds: [{ qualifier: '14', id: COMPANY.gln }], glns: [COMPANY.gln] } }, context.actor);
  const partners = {} as PartnerRefs;
  for (const partner of PARTNERS) {
    const imported = importPartner(db, partner.profile, context.actor);
    partners[partner.key] = { id: imported.partner.id, name: imported.partner.profile.name };
  }
  lap('partners');

  progress({ step: 'maps', message: 'Publishing the default maps' });
  for (const partner of PARTNERS) publishDefaultMaps(context, partners[partner.key].id, partner.standard, MAP_TYPES[partner.key]);
  lap('maps');

  progress({ step: 'files', message: 'Writing the EDI files and the ERP/WMS records' });
  const sourceDir = join(context.workspace.path, SOURCE_FOLDER);
  const ediDir = join(sourceDir, 'edi');
  mkdirSync(ediDir, { recursive: true });
  const files = ediFilesOf(scenario);
  for (const file of files) writeFileSync(join(ediDir, file.name), file.text, 'latin1');
  const records = recordsOf(scenario, partners);
  const wrap = (list: DemoRecord[]) => list.map(({ recordId, stream, document }) => ({ recordId, stream, document }));
  writeFileSync(join(sourceDir, 'erp-records.json'), `${JSON.stringify(wrap(records.erp), null, 1)}\n`);
  writeFileSync(join(sourceDir, 'wms-records.json'), `${JSON.stringify(wrap(records.wms), null, 1)}\n`);
  lap('files');

  progress({ step: 'ingest', message: `Ingesting ${files.length} EDI files`, done: 0, total: files.length });
  const { sources } = sourcesFromPaths([ediDir]);
  const task = context.tasks.start('demo', `Demo: ingesting ${sources.length} files`, sources.length);
  const stop = context.events.subscribe((name, payload) => {
    const update = payload as { taskId?: string; done?: number; total?: number };
    if (name === 'task.progress' && update.taskId === task.taskId && update.done !== undefined) progress({ step: 'ingest', message: `Ingesting ${update.total} EDI files`, done: update.done, total: update.total });
  });
  const summary = await runBatchAsync(context, sources, 'demo', task);
  stop();
  task.finish();
  backdate.files(db, new Map(files.map((file) => [file.name, file.at])));
  lap('ingest');

  progress({ step: 'records', message: `Loading ${records.erp.length} ERP and ${records.wms.length} WMS records` });
  // the warehouse's records first: ERP invoices before the shipments they bill would be found unshipped meanwhile
  for (const side of ['wms', 'erp'] as const) {
    const result = importRecords(context, { side, records: wrap(records[side]), origin: `${SOURCE_FOLDER}/${side}-records.json` });
    if (result.failed.length > 0) throw new DemoError(`The ${side} records did not load: ${result.failed[0]!.message}`);
  }
  backdate.records(db, [...records.erp, ...records.wms]);
  lap('records');

  const manifest = manifestOf(db, scenario, partners, files, { ediFiles: files.length, erpRecords: records.erp.length, wmsRecords: records.wms.length });
  writeFileSync(join(context.workspace.path, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  progress({ step: 'reconcile', message: 'Reconciling every order' });
  const evaluatedAt = (options.now ?? new Date()).toISOString();
  const rebuilt = await rebuildAll(db, { now: evaluatedAt, actor: context.actor });
  forgetReplayArtifacts(db);
  dateFindingsInStory(db, evaluatedAt);
  lap('reconcile');
  progress({ step: 'done', message: `Demo workspace ready: ${manifest.defects.length} planted mismatches` });
  return {
    workspaceDir: context.workspace.path,
    manifest,
    ingest: { files: summary.files, ingested: summary.ingested, transactions: summary.transactions, errors: summary.errors, warnings: summary.warnings, quarantined: summary.quarantined },
    records: { erp: records.erp.length, wms: records.wms.length },
    mismatchesFound: db.prepare('SELECT count(*) FROM mismatches WHERE present = 1').pluck().get() as number,
    threads: rebuilt.threads,
    timings,
  };
}
