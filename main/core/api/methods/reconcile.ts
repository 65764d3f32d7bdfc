/**
 * The reconciliation domain's methods: the review queue and its lifecycle, threads, the dashboard, saved views,
 * exports, records from other systems, the shipment check and alerts. Spread into the contract. Pure (zod only).
 */
import { z } from 'zod';
import { method } from '../define.js';
import { MISMATCH_TYPES } from '../../reconcile/types.js';
import type {
  AlertsSummary,
  Dashboard,
  MismatchDetail,
  QueuePage,
  ReconcileStatus,
  RecordsImportResult,
  ReviewActionResult,
  SavedView,
  ShipmentCheckDetail,
  ShipmentCheckRow,
  ThreadDetail,
} from '../../reconcile-store/types.js';
import { QUEUE_SORT_FIELDS, RESOLUTION_REASONS } from '../../reconcile-store/types.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const mismatchId = z.string().regex(/^mm-[0-9a-f]{1,32}$/, 'a mismatch id looks like mm-1a2b3c4d5e6f7a8b');
const threadKey = z.string().min(1).max(500);
const status = z.enum(['open', 'assigned', 'resolved', 'accepted']);
const decimalText = z.string().regex(/^\d{1,15}(\.\d{1,6})?$/, 'an amount like 250 or 99.95');

export const queueFilterSchema = z
  .object({
    statuses: z.array(status).max(4).optional(),
    types: z.array(z.enum(MISMATCH_TYPES)).max(MISMATCH_TYPES.length).optional(),
    partnerIds: z.array(z.number().int().positive()).max(500).optional(),
    channels: z.array(text(40)).max(20).optional(),
    warehouses: z.array(text(80)).max(100).optional(),
    owners: z.array(z.enum(['edi', 'warehouse', 'finance', 'sales'])).max(4).optional(),
    severities: z.array(z.enum(['low', 'medium', 'high', 'critical'])).max(4).optional(),
    assignee: text(80).optional(),
    minMoney: decimalText.optional(),
    minAgeDays: z.number().int().min(0).max(3650).optional(),
    maxAgeDays: z.number().int().min(0).max(3650).optional(),
    chargebackRisk: z.boolean().optional(),
    text: text(200).optional(),
    threadKey: threadKey.optional(),
    includeCleared: z.boolean().optional(),
  })
  .strict();
export const queueSortSchema = z.object({ field: z.enum(QUEUE_SORT_FIELDS), direction: z.enum(['asc', 'desc']) }).strict();

export const mismatchesListInput = z
  .object({
    filter: queueFilterSchema.default({}),
    sort: queueSortSchema.default({ field: 'severity', direction: 'desc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export const mismatchesGetInput = z.object({ id: mismatchId }).strict();
export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('assign'), assignee: text(80) }).strict(),
  z.object({ action: z.literal('unassign') }).strict(),
  z.object({ action: z.literal('resolve'), reason: z.enum(RESOLUTION_REASONS).exclude(['data-corrected']), note: z.string().trim().max(4000).optional() }).strict(),
  z.object({ action: z.literal('accept'), note: z.string().trim().max(4000).optional() }).strict(),
  z.object({ action: z.literal('reopen'), note: z.string().trim().max(4000).optional() }).strict(),
  z.object({ action: z.literal('note'), note: text(4000) }).strict(),
]);
export const mismatchesActInput = z.object({ ids: z.array(mismatchId).min(1).max(5000), change: reviewActionSchema }).strict();
export const threadsGetInput = z.object({ key: threadKey }).strict();
export const reconcileRunInput = z.object({}).strict();
export const viewsSaveInput = z
  .object({ id: z.number().int().positive().optional(), name: text(80), filter: queueFilterSchema, sort: queueSortSchema.nullable().default(null) })
  .strict();
export const viewsDeleteInput = z.object({ id: z.number().int().positive() }).strict();
export const mismatchesExportInput = z
  .object({ filter: queueFilterSchema.default({}), sort: queueSortSchema.optional(), format: z.enum(['csv', 'xlsx']) })
  .strict();
/** Canonical JSON documents (`crossdock schema`), each optionally wrapped with the other system's id and raw payload. */
export const recordsImportInput = z
  .object({
    side: z.enum(['erp', 'wms']),
    records: z.array(z.unknown()).min(1).max(100_000),
    /** the file or system they came from, for the audit trail */
    origin: text(500).optional(),
  })
  .strict();
export const shipmentsTodayInput = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }).strict();
/** what a person typed or a barcode scanner sent: ASN number, bill of lading, SSCC (with or without its (00) AI) */
export const shipmentsFindInput = z.object({ query: text(100) }).strict();
export const alertsInput = z.object({ since: z.string().datetime({ offset: true }).optional() }).strict();

export const reconcileMethods = {
  'reconcile.status': method<ReconcileStatus>()(reconcileRunInput, 'Threads and open mismatches, when the last full rebuild and evaluation ran, a running rebuild'),
  'reconcile.rebuild': method<{ taskId: string }>()(reconcileRunInput, 'Rebuild every thread and re-run every rule (a task with progress); review state is kept'),
  'mismatches.list': method<QueuePage>()(mismatchesListInput, 'The review queue: mismatches by filter and sort, a page at a time'),
  'mismatches.get': method<MismatchDetail>()(mismatchesGetInput, 'One mismatch with its evidence and audit trail'),
  'mismatches.act': method<ReviewActionResult>()(mismatchesActInput, 'Assign, resolve (with a reason), accept a variance, re-open or note one or many mismatches; audited'),
  'mismatches.export': method<{ fileName: string; mime: string; base64: string; rows: number }>()(mismatchesExportInput, 'The queue under a filter as a CSV or XLSX file'),
  'threads.get': method<ThreadDetail>()(threadsGetInput, "One thread: its timeline, members with their sources, the side-by-side line comparison and its mismatches"),
  'reconcile.dashboard': method<Dashboard>()(reconcileRunInput, 'Open mismatches by type, partner and age, the 30-day trend and money at risk'),
  'views.list': method<SavedView[]>()(reconcileRunInput, 'Saved review-queue views'),
  'views.save': method<SavedView>()(viewsSaveInput, 'Create or update a saved view'),
  'views.delete': method<{ deleted: boolean }>()(viewsDeleteInput, 'Delete a saved view'),
  'records.import': method<RecordsImportResult>()(recordsImportInput, 'Load ERP or WMS records in the canonical JSON; the threads they touch are re-evaluated'),
  'shipments.today': method<ShipmentCheckRow[]>()(shipmentsTodayInput, "The day's shipments (default today) with their WMS ↔ ASN ↔ order match status"),
  'shipments.find': method<ShipmentCheckDetail | null>()(shipmentsFindInput, 'A shipment by ASN number, bill of lading or SSCC, with its carton-by-carton comparison'),
  'alerts.summary': method<AlertsSummary>()(alertsInput, 'High-priority mismatches found since an instant and SLAs (ack, ASN) about to be missed'),
} as const;
