/**
 * The connectors domain's methods: connectors and their streams, sync runs as tasks, pause, the run log and the
 * dead-letter list with replay. Spread into the contract. Pure (zod only).
 */
import { z } from 'zod';
import { method } from '../define.js';
import type { ConnectorSummary, DeadLetter, ReplayResult, SyncRun } from '../../connectors/api-types.js';
import { STREAM_NAMES, type ConnectionTest, type JsonValue } from '../../connectors/types.js';

const connectorName = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'lower-case letters, digits, - and _, e.g. shop or wms-main');
const jsonValue: z.ZodType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]));
/** secrets go to the secret store, never the database: { token: '…' } */
const secrets = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,40}$/), z.string().min(1).max(10_000));

export const connectorsAddInput = z
  .object({
    name: connectorName,
    kind: z.string().min(1).max(40),
    side: z.enum(['erp', 'wms']),
    config: jsonValue,
    secrets: secrets.optional(),
    scheduleMinutes: z.number().int().min(1).max(10_080).nullable().optional(),
    rateLimitPerSecond: z.number().min(0).max(10_000).optional(),
  })
  .strict();
export const connectorsUpdateInput = z
  .object({
    name: connectorName,
    side: z.enum(['erp', 'wms']).optional(),
    config: jsonValue.optional(),
    secrets: secrets.optional(),
    scheduleMinutes: z.number().int().min(1).max(10_080).nullable().optional(),
    rateLimitPerSecond: z.number().min(0).max(10_000).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
export const connectorNameInput = z.object({ name: connectorName }).strict();
export const syncRunInput = z.object({ connector: connectorName.optional(), streams: z.array(z.enum(STREAM_NAMES)).min(1).max(STREAM_NAMES.length).optional() }).strict();
export const syncPauseInput = z.object({ name: connectorName, paused: z.boolean() }).strict();
export const syncRunsInput = z.object({ connector: connectorName.optional(), limit: z.number().int().min(1).max(1000).default(50) }).strict();
export const deadLettersListInput = z.object({ connector: connectorName.optional(), includeReplayed: z.boolean().default(false), limit: z.number().int().min(1).max(5000).default(500) }).strict();
export const deadLettersReplayInput = z.object({ connector: connectorName.optional(), ids: z.array(z.number().int().positive()).min(1).max(100_000).optional() }).strict();

export const connectorsMethods = {
  'connectors.list': method<ConnectorSummary[]>()(z.object({}).strict(), 'Connectors with their streams (cursor, last success, last error, counts, next run), state and open dead letters'),
  'connectors.add': method<ConnectorSummary>()(connectorsAddInput, 'Add a connector: settings in the workspace, secrets in the encrypted secret store'),
  'connectors.update': method<ConnectorSummary>()(connectorsUpdateInput, "Change a connector's settings, schedule, rate limit or secrets"),
  'connectors.remove': method<{ removed: boolean }>()(connectorNameInput, 'Remove a connector, its stream state and its secrets (records it brought stay)'),
  'connectors.test': method<ConnectionTest>()(connectorNameInput, 'A cheap authenticated probe of every stream'),
  'sync.run': method<{ taskId: string }>()(syncRunInput, 'Sync one connector (or every enabled one) now, as a task with progress'),
  'sync.pause': method<ConnectorSummary>()(syncPauseInput, "Pause or resume a connector's scheduled syncs"),
  'sync.runs': method<SyncRun[]>()(syncRunsInput, 'The log of sync runs, newest first'),
  'deadLetters.list': method<DeadLetter[]>()(deadLettersListInput, 'Records that failed mapping, with the reason and the raw record'),
  'deadLetters.replay': method<ReplayResult>()(deadLettersReplayInput, 'Map dead letters again (after a map fix); those that map land as records'),
} as const;
