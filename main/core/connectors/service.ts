/**
 * Connector management for the API and the CLI: add/update/remove (settings in the database, secrets in the secret
 * store), list with stream state, a connection test, dead-letter replay (records mapped again with the current map).
 */
import type { CoreContext } from '../context.js';
import { evaluateMany } from '../reconcile-store/evaluate.js';
import type { ConnectorSummary, ReplayResult } from './api-types.js';
import { stopSyncOf } from './context-deps.js';
import { ConnectorError } from './errors.js';
import { createConnector, type ConnectorDeps } from './instances.js';
import { emptyLandCounts, landRecords, sideOfConnector } from './land.js';
import type { SecretStore } from './secrets.js';
import { allConnectors, deleteConnector, getConnector, insertConnector, listDeadLetters, rescheduleStreams, summarize, updateConnectorRow, type ConnectorInput } from './state.js';
import type { ConnectionTest, StreamName } from './types.js';

const NAME = /^[a-z0-9][a-z0-9_-]{0,59}$/;

async function secretKeysOf(secrets: SecretStore, name: string): Promise<string[]> {
  const prefix = `${name}/`;
  return (await secrets.names()).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

export async function listConnectors(context: CoreContext, deps: ConnectorDeps): Promise<ConnectorSummary[]> {
  const db = context.workspace.db;
  const names = await deps.secrets.names().catch(() => [] as string[]);
  return allConnectors(db).map((row) => summarize(db, row, names.filter((key) => key.startsWith(`${row.name}/`)).map((key) => key.slice(row.name.length + 1))));
}

function checkSettings(deps: ConnectorDeps, input: Pick<ConnectorInput, 'name' | 'kind' | 'side' | 'config'>): void {
  if (!NAME.test(input.name)) throw new ConnectorError('config', 'a connector name is lower-case letters, digits, - and _ (at most 60), e.g. shop or wms-main');
  if (sideOfConnector(input.name) !== input.side) throw new ConnectorError('config', `the reconciliation engine tells warehouse records by the connector name: a ${input.side === 'wms' ? 'WMS' : 'ERP'} connector's name ${input.side === 'wms' ? 'starts' : 'does not start'} with 'wms'`);
  const factory = deps.factories.get(input.kind);
  if (!factory) throw new ConnectorError('config', `no connector kind '${input.kind}' (known: ${[...deps.factories.keys()].join(', ')})`);
  const problems = factory.validate(input.config);
  if (problems.length > 0) throw new ConnectorError('config', problems.join('; '));
}

export async function addConnector(context: CoreContext, deps: ConnectorDeps, input: ConnectorInput & { secrets?: Record<string, string> }, now = new Date().toISOString()): Promise<ConnectorSummary> {
  const db = context.workspace.db;
  checkSettings(deps, input);
  if (getConnector(db, input.name)) throw new ConnectorError('config', `a connector named '${input.name}' exists`);
  for (const [key, value] of Object.entries(input.secrets ?? {})) await deps.secrets.set(`${input.name}/${key}`, value);
  insertConnector(db, input, now);
  context.events.emit('connectors.changed', { change: 'added', names: [input.name] });
  return summarize(db, getConnector(db, input.name)!, await secretKeysOf(deps.secrets, input.name));
}

export async function updateConnector(context: CoreContext, deps: ConnectorDeps, name: string, patch: Partial<Omit<ConnectorInput, 'name' | 'kind'>> & { secrets?: Record<string, string> }, now = new Date().toISOString()): Promise<ConnectorSummary> {
  const db = context.workspace.db;
  const current = getConnector(db, name);
  if (!current) throw new ConnectorError('config', `no connector named '${name}'`);
  checkSettings(deps, { name, kind: current.kind, side: patch.side ?? current.side, config: patch.config ?? current.config });
  for (const [key, value] of Object.entries(patch.secrets ?? {})) await deps.secrets.set(`${name}/${key}`, value);
  db.transaction(() => {
    updateConnectorRow(db, name, patch, now);
    if (patch.scheduleMinutes !== undefined && patch.scheduleMinutes !== current.scheduleMinutes) rescheduleStreams(db, name, patch.scheduleMinutes);
  })();
  context.events.emit('connectors.changed', { change: 'updated', names: [name] });
  return summarize(db, getConnector(db, name)!, await secretKeysOf(deps.secrets, name));
}

/**
 * Removes a connector's settings, stream state (cursors) and secrets. The records it brought stay: they are the
 * ERP's or warehouse's word in threads and mismatches, and a connector added again under the name updates them in
 * place. Its run log and dead letters stay as history (a replay then says the connector is gone). A sync of it
 * running in this process is stopped first; one in another process (the CLI) is not: what it lands stays, like
 * every record the connector brought.
 */
export async function removeConnector(context: CoreContext, deps: ConnectorDeps, name: string): Promise<boolean> {
  if (!getConnector(context.workspace.db, name)) return false;
  // a sync of it running here stops first (its committed pages stay, as any record it brought)
  await stopSyncOf(context, name, 'the connector was removed during its sync');
  for (const key of await secretKeysOf(deps.secrets, name)) await deps.secrets.delete(`${name}/${key}`);
  const removed = deleteConnector(context.workspace.db, name);
  if (removed) context.events.emit('connectors.changed', { change: 'removed', names: [name] });
  return removed;
}

export async function testConnector(context: CoreContext, deps: ConnectorDeps, name: string, signal: AbortSignal = AbortSignal.timeout(60_000)): Promise<ConnectionTest> {
  const row = getConnector(context.workspace.db, name);
  if (!row) throw new ConnectorError('config', `no connector named '${name}'`);
  try {
    const connector = createConnector(row, deps);
    try {
      return await connector.test(signal);
    } finally {
      await connector.close?.().catch(() => undefined);
    }
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Maps dead letters again (after a map fix): those that now map land as records and are marked replayed. */
export function replayDeadLetters(context: CoreContext, deps: ConnectorDeps, filter: { connector?: string; ids?: readonly number[] }, now = new Date().toISOString()): ReplayResult {
  const db = context.workspace.db;
  const letters = listDeadLetters(db, { ...filter, limit: 100_000 });
  const result: ReplayResult = { replayed: 0, stillFailing: [] };
  const byConnector = new Map<string, typeof letters>();
  for (const letter of letters) byConnector.set(letter.connector, [...(byConnector.get(letter.connector) ?? []), letter]);
  for (const [name, group] of byConnector) {
    const row = getConnector(db, name);
    if (!row) {
      for (const letter of group) result.stillFailing.push({ id: letter.id, reason: `connector '${name}' no longer exists` });
      continue;
    }
    const connector = createConnector(row, deps);
    db.transaction(() => {
      const touched: number[] = [];
      for (const letter of group) {
        const counts = landRecords(db, connector, letter.stream as StreamName, [{ recordId: letter.recordId, updatedAt: letter.sourceUpdatedAt, raw: letter.raw }], now, emptyLandCounts());
        touched.push(...counts.touched);
        if (counts.failed > 0) {
          const reason = db.prepare('SELECT reason FROM dead_letters WHERE id = ?').pluck().get(letter.id) as string;
          result.stillFailing.push({ id: letter.id, reason });
        } else result.replayed++;
      }
      if (touched.length > 0) evaluateMany(context, { recordIds: touched }, { now });
    })();
  }
  return result;
}
