/**
 * The demo's own check of what the engine finds in a populated workspace: every mapped document (with the time it
 * arrived), the ERP/WMS records, our groups' ack status and the control-number ledger, through reconcileAll. Used by
 * the tests and by createDemoWorkspace to verify the planted defects before the store's rebuild is there to ask.
 */
import type Database from 'better-sqlite3';
import { listOutboundAcks } from '../acks/status.js';
import type { CanonicalDocument } from '../canonical/index.js';
import { listLedger } from '../ledger/ledger.js';
import { crossReferencesFor } from '../partners/cross-references.js';
import { parseRawProfile, profileFieldsOf } from '../partners/stored-profile.js';
import { itemResolverFrom, reconcileAll, settingsFromProfile, DEFAULT_SETTINGS } from '../reconcile/index.js';
import type { AckFact, ControlNumberFact, Mismatch, PartnerSettings, ReconcileInput } from '../reconcile/types.js';

export function documentInputs(db: Database.Database): ReconcileInput[] {
  const rows = db
    .prepare(`SELECT c.canonical_json, d.received_at FROM canonical_documents c JOIN documents d ON d.id = c.document_id WHERE c.status IN ('ok', 'warnings') AND c.canonical_json IS NOT NULL ORDER BY c.document_id`)
    .all() as { canonical_json: string; received_at: string }[];
  return rows.map((row) => ({ kind: 'document', document: JSON.parse(row.canonical_json) as CanonicalDocument, receivedAt: row.received_at }));
}

export function ackFacts(db: Database.Database, workspaceHours: number, now: Date): AckFact[] {
  const facts: AckFact[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = listOutboundAcks(db, { offset, limit: 1000 }, workspaceHours, now);
    for (const group of page.items) {
      facts.push({
        kind: 'ack-fact',
        partnerId: group.partnerId,
        partnerName: group.partnerName,
        groupId: group.groupId,
        fileId: group.fileId,
        functionalId: group.functionalId,
        groupControl: group.groupControl,
        interchangeControl: group.interchangeControl,
        status: group.status,
        sentAt: group.sentAt,
        dueAt: group.dueAt,
        ackDocumentId: group.ackDocumentId,
        rejectedTransactions: group.transactions.filter((set) => set.status === 'rejected').map(({ controlNumber, type, codes }) => ({ controlNumber, type, codes })),
      });
    }
    if (offset + 1000 >= page.total) break;
  }
  return facts;
}

export function controlNumberFacts(db: Database.Database): ControlNumberFact[] {
  const facts: ControlNumberFact[] = [];
  for (const kind of ['duplicate', 'gap'] as const) {
    for (const entry of listLedger(db, { kind, limit: 10_000 }).entries) {
      facts.push({
        kind: 'control-number-fact',
        finding: kind,
        partnerId: entry.partnerId,
        partnerName: entry.partnerName,
        direction: entry.direction,
        level: entry.level,
        controlNumber: entry.controlNumber ?? undefined,
        range: entry.range ? { from: entry.range.from, to: entry.range.to } : undefined,
        fileIds: entry.fileIds,
        documentIds: entry.documentIds,
        occurrenceCount: entry.occurrenceCount,
      });
    }
  }
  return facts;
}

function settingsByPartner(db: Database.Database): (partnerId: number | undefined) => PartnerSettings {
  const rows = db.prepare('SELECT id, profile_json FROM partners').all() as { id: number; profile_json: string }[];
  const settings = new Map(rows.map((row) => [row.id, settingsFromProfile(profileFieldsOf(parseRawProfile(row.profile_json)))]));
  return (partnerId) => (partnerId === undefined ? DEFAULT_SETTINGS : (settings.get(partnerId) ?? DEFAULT_SETTINGS));
}

/** Every mismatch the engine finds over the workspace's documents, the given records and the ack and ledger facts. */
export function evaluateWorkspace(db: Database.Database, records: readonly CanonicalDocument[], options: { now: Date; ackOverdueHours: number }): Mismatch[] {
  const inputs: ReconcileInput[] = [
    ...documentInputs(db),
    ...records.map((document): ReconcileInput => ({ kind: 'document', document })),
    ...ackFacts(db, options.ackOverdueHours, options.now),
    ...controlNumberFacts(db),
  ];
  const lookups = new Map<number, ReturnType<typeof crossReferencesFor>>();
  const items = itemResolverFrom((partnerId) => {
    if (!lookups.has(partnerId)) lookups.set(partnerId, crossReferencesFor(db, partnerId));
    return lookups.get(partnerId);
  });
  return reconcileAll(inputs, { now: options.now.toISOString(), items, settingsFor: settingsByPartner(db) }).mismatches;
}
