/**
 * The mapping domain's methods (canonical schema, maps, preview, regression, publish). Spread into the contract.
 * Pure (zod only): the contract is loaded by build tooling and type-imported by the renderer.
 */
import { z } from 'zod';
import { method } from '../define.js';
import type {
  CanonicalRecord,
  CanonicalSchemas,
  MapPreview,
  MapRecord,
  MapSamples,
  MapsDefaults,
  MapsList,
  PublishResult,
  RegressionResult,
  RegressionStarted,
  SaveDraftResult,
} from '../../mapping-store/types.js';

const id = z.number().int().positive();
const partnerId = id;
export const mapStandards = ['x12', 'edifact', 'csv', 'json'] as const;
const standard = z.enum(mapStandards);
/** '850', 'ORDERS', or a channel name for CSV/JSON maps ('shopify-orders') */
const docType = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/, 'a document type is letters, digits, _ and - (850, ORDERS)');
/** the map JSON (`crossdock-map/1`); checked by compiling, so a draft with errors can still be saved */
const definition = z.record(z.string(), z.unknown());
const canonicalKind = z.enum(['order', 'order-change', 'order-ack', 'shipment', 'invoice', 'inventory', 'return', 'credit']);

export const mapsListInput = z.object({ partnerId: partnerId.nullable().optional() }).strict();
export const mapsGetInput = z.object({ id }).strict();
export const mapsSaveDraftInput = z
  .object({
    /** null: a workspace-wide map */
    partnerId: partnerId.nullable(),
    standard,
    type: docType,
    definition,
    note: z.string().max(2000).optional(),
    /** the draft to overwrite; without it the open draft of this partner+standard+type is overwritten, or a new version created */
    draftId: id.optional(),
  })
  .strict();
export const mapsPublishInput = z.object({ id }).strict();
export const mapsDiscardDraftInput = z.object({ id }).strict();
export const mapsRollbackInput = z.object({ partnerId: partnerId.nullable(), standard, type: docType, toVersion: z.number().int().positive() }).strict();
/** false: leave the source tree out of the answer (the editor already holds it for this sample); default true */
const includeSource = z.boolean().optional();
export const mapsPreviewInput = z.union([
  z.object({ definition, documentId: id, partnerId: partnerId.optional(), includeSource }).strict(),
  /** `ordinal`: 0-based position of the transaction in the file */
  z.object({ definition, fileId: id, ordinal: z.number().int().min(0), partnerId: partnerId.optional(), includeSource }).strict(),
]);
export const mapsSamplesInput = z
  .object({ partnerId, standard, type: docType, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(50) })
  .strict();
export const mapsRegressionInput = z.union([
  z.object({ partnerId, standard, type: docType, draftId: id }).strict(),
  z.object({ partnerId, standard, type: docType, definition }).strict(),
]);
export const mapsRegressionResultInput = z
  .object({
    taskId: z.string().min(1).max(100),
    /** 'changed' (default): documents whose output or status changed; 'all': every document */
    only: z.enum(['changed', 'all']).default('changed'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export const canonicalGetInput = z.object({ documentId: id }).strict();
export const canonicalSchemaInput = z.object({ kind: canonicalKind.optional() }).strict();

export const mappingMethods = {
  'maps.list': method<MapsList>()(mapsListInput, "A partner's map versions per document type (or the workspace maps without partnerId), with the published one and what applies"),
  'maps.get': method<MapRecord>()(mapsGetInput, 'One map version with its definition and compile errors'),
  'maps.defaults': method<MapsDefaults>()(z.object({}).strict(), 'The built-in default maps (JSON), one per supported standard and type'),
  'maps.saveDraft': method<SaveDraftResult>()(mapsSaveDraftInput, 'Save (create or overwrite) the draft of a map; compile errors come back as values with rule ids'),
  'maps.discardDraft': method<{ discarded: boolean }>()(mapsDiscardDraftInput, 'Delete a draft version (published and retired versions are kept)'),
  'maps.publish': method<PublishResult>()(mapsPublishInput, "Publish a draft (the previous version is retired) and re-map the partner's documents of that type as a task"),
  'maps.rollback': method<PublishResult>()(mapsRollbackInput, 'Publish an older version again as the current one and re-map as a task'),
  'maps.preview': method<MapPreview>()(mapsPreviewInput, 'Map one archived transaction with an unsaved definition: canonical output, issues, coverage and the source tree (left out with includeSource: false; used marks as segment indexes either way)'),
  'maps.samples': method<MapSamples>()(mapsSamplesInput, "A partner's archived documents of a type usable as preview samples, newest first"),
  'maps.regression': method<RegressionStarted>()(mapsRegressionInput, "Run the published map and a draft over every archived document of the partner and type, as a task; read the result with maps.regressionResult"),
  'maps.regressionResult': method<RegressionResult>()(mapsRegressionResultInput, 'Progress, counts and per-document canonical differences of a regression run'),
  'canonical.get': method<CanonicalRecord>()(canonicalGetInput, 'The stored canonical document of a document, with its issues and the map version that produced it'),
  'canonical.schema': method<CanonicalSchemas>()(canonicalSchemaInput, 'JSON Schema of the canonical model (one kind or all)'),
} as const;
