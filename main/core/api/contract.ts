/**
 * The contract: every method the UI (and the CLI, and tests) may call on the core, each with a zod input schema and
 * a result type, and every event the core pushes. Electron's bridge, the browser-mode server and the client all use
 * this one map. Renderer code imports it with `import type` only.
 */
import { z } from 'zod';
import { event, method } from './define.js';
import type { AppInfo, CoreStatus, Settings, TaskProgress, WorkspaceInfo } from './types.js';
import type { IngestFinished } from './types-ingest.js';
import { documentsGetInput, documentsListInput, documentsOriginalInput, filesListInput } from './schemas-documents.js';
import type { DocumentDetail, DocumentFacets, DocumentsPage, FilesPage, OriginalFile } from './types-documents.js';
import { ackPolicyGetInput, ackPolicySetInput, acksSentInput, ackStatusInput, documentAcksInput } from '../acks/schema.js';
import type { AcksChanged, DocumentAcks, OutboundGroupAckPage, PartnerAckPolicy, SentAckPage } from '../acks/types.js';
import { ledgerListInput } from '../ledger/schema.js';
import type { LedgerList } from '../ledger/types.js';
import { demoMethods } from './methods/demo.js';
import { connectorsMethods } from './methods/connectors.js';
import { mappingMethods } from './methods/mapping.js';
import { partnersMethods } from './methods/partners.js';
import { reconcileMethods } from './methods/reconcile.js';
import type { ReconcileChanged } from '../reconcile-store/types.js';
import type { ConnectorsChanged } from '../connectors/api-types.js';

const empty = z.object({}).strict();

const partyId = z.object({ qualifier: z.string().max(4), id: z.string().min(1).max(35) }).strict();

export const settingsPatch = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    company: z
      .object({
        name: z.string().max(200),
        x12Ids: z.array(partyId).max(50),
        edifactIds: z.array(partyId).max(50),
        glns: z.array(z.string().regex(/^\d{13}$/, 'a GLN has 13 digits')).max(50),
      })
      .strict(),
    ackOverdueHours: z.number().int().min(1).max(24 * 30),
  })
  .partial()
  .strict();

const coreMethods = {
  'app.info': method<AppInfo>()(empty, 'Name, version and schema version of the running core'),
  'workspace.info': method<WorkspaceInfo>()(empty, 'The open workspace: path, id, schema version, folders'),
  'status.get': method<CoreStatus>()(empty, 'What the core is doing now'),
  'settings.get': method<Settings>()(empty, 'Workspace settings'),
  'settings.update': method<Settings>()(settingsPatch, 'Change some settings; returns all settings'),
  'tasks.cancel': method<{ cancelled: boolean }>()(
    z.object({ taskId: z.string().min(1).max(100) }).strict(),
    'Ask a running task to stop at its next safe point',
  ),
  'ingest.paths': method<{ taskId: string }>()(
    z
      .object({
        paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000),
        source: z.enum(['dialog', 'drop', 'cli']),
        // the partner the files are delivered for: settles a CSV/JSON file several partners' maps fit; EDI ignores it
        partnerId: z.number().int().positive().optional(),
      })
      .strict(),
    'Ingest files or folders from disk (desktop dialog, drag-and-drop); progress as task.progress, result as ingest.finished',
  ),
  'ingest.upload': method<{ taskId: string }>()(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(64 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64') }).strict())
          .min(1)
          .max(500),
        partnerId: z.number().int().positive().optional(),
      })
      .strict(),
    'Ingest files whose bytes come with the call (browser mode: picker and drop zone)',
  ),
  'files.reprocess': method<{ taskId: string }>()(
    z.union([z.object({ fileIds: z.array(z.number().int().positive()).min(1).max(100_000) }).strict(), z.object({ all: z.literal(true) }).strict()]),
    'Parse archived files again (after a settings, parser or spec change)',
  ),
  'documents.list': method<DocumentsPage>()(documentsListInput, 'One page of documents (one per transaction) by filter and sort; fast at a million rows'),
  'documents.get': method<DocumentDetail>()(documentsGetInput, 'One document: envelopes, problems, and its segments, loop tree and raw text read back from the archive'),
  'documents.facets': method<DocumentFacets>()(empty, 'Partners, types, statuses and directions with document counts, for the filter bar'),
  'documents.original': method<OriginalFile>()(documentsOriginalInput, 'The archived original bytes of a document\'s file (or a file by id), base64'),
  'files.list': method<FilesPage>()(filesListInput, 'Received files newest first, by state; quarantined files (not EDI, unreadable) with their reason'),
  'ledger.list': method<LedgerList>()(ledgerListInput, 'Control-number duplicates, gaps and out-of-sequence numbers per partner, direction and level, newest first'),
  'acks.status': method<OutboundGroupAckPage>()(ackStatusInput, 'Our outbound groups with their ack status (pending, overdue, accepted, accepted with errors, rejected), newest first'),
  'acks.sent': method<SentAckPage>()(acksSentInput, 'Acks we generated for inbound groups, with their outbox file name, newest first'),
  'acks.forDocument': method<DocumentAcks>()(documentAcksInput, "One document's acks: the partner's ack of an outbound document, or the acks we sent for an inbound one"),
  'partners.ackPolicy.get': method<PartnerAckPolicy>()(ackPolicyGetInput, "A partner's acknowledgment policy and overdue hours"),
  'partners.ackPolicy.set': method<PartnerAckPolicy>()(ackPolicySetInput, "Change a partner's acknowledgment policy and/or overdue hours (null: the workspace setting)"),
} as const;

/** Each domain keeps its methods in api/methods/, so engineers adding methods do not all edit this file. */
const domains: object[] = [coreMethods, partnersMethods, mappingMethods, reconcileMethods, demoMethods, connectorsMethods];
export const contract = { ...coreMethods, ...partnersMethods, ...mappingMethods, ...reconcileMethods, ...demoMethods, ...connectorsMethods } as const;
if (Object.keys(contract).length !== domains.reduce((sum: number, domain) => sum + Object.keys(domain).length, 0)) {
  throw new Error('A contract method is defined by two domains');
}

export const events = {
  'task.progress': event<TaskProgress>('Progress of a long task (ingest, sync, reconcile)'),
  'settings.changed': event<Settings>('Settings were changed by any client'),
  'ingest.finished': event<IngestFinished>('An ingest task ended: what was received, duplicated, quarantined'),
  'acks.changed': event<AcksChanged>('Acks were generated, or outbound groups changed ack status'),
  'reconcile.changed': event<ReconcileChanged>('Threads were re-evaluated or mismatches changed state (rebuild, ingest, import, review); alerts for new high-priority ones'),
  'partners.changed': event<{ partnerIds: number[] }>('Partners were renamed, edited, merged or imported (names, counts and filters may change)'),
  'connectors.changed': event<ConnectorsChanged>('Connectors were added, edited, paused or removed, here or by another process (the CLI)'),
} as const;

export type Contract = typeof contract;
export type MethodName = Extract<keyof Contract, string>;
export type InputOf<K extends MethodName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends MethodName> = z.output<Contract[K]['input']>;
export type ResultOf<K extends MethodName> = NonNullable<Contract[K]['result']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type PayloadOf<E extends EventName> = NonNullable<Events[E]['payload']>;

export const methodNames = Object.keys(contract) as MethodName[];
export const eventNames = Object.keys(events) as EventName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(events, name);
}
