/**
 * The connector services a core context uses: its secret store (the encrypted file in the workspace unless the shell
 * supplied one, e.g. Electron safeStorage) and the known kinds. Plus sync as a task (progress, cancel).
 */
import type { CoreContext } from '../context.js';
import type { SyncRun } from './api-types.js';
import { connectorFactories } from './factories.js';
import type { ConnectorDeps } from './instances.js';
import { syncConnector, type SyncOutcome } from './runner.js';
import { FileSecretStore, type SecretStore } from './secrets.js';
import { allConnectors } from './state.js';
import type { StreamName } from './types.js';
import type { RunningTask } from '../tasks.js';

const supplied = new WeakMap<CoreContext, ConnectorDeps>();

/** The desktop shell calls this once with a safeStorage-backed store. */
export function useSecretStore(context: CoreContext, secrets: SecretStore): void {
  supplied.set(context, { secrets, factories: connectorFactories });
}

export function connectorDepsFor(context: CoreContext): ConnectorDeps {
  let deps = supplied.get(context);
  if (!deps) {
    deps = { secrets: FileSecretStore.inWorkspace(context.workspace.path), factories: connectorFactories };
    supplied.set(context, deps);
  }
  return deps;
}

export interface SyncRequest {
  connector?: string;
  streams?: StreamName[];
  trigger?: SyncRun['trigger'];
}

/** The connectors a request names: one, or every enabled and not paused one. */
export function connectorsToSync(context: CoreContext, request: SyncRequest): string[] {
  if (request.connector !== undefined) return [request.connector];
  return allConnectors(context.workspace.db)
    .filter((row) => row.enabled && !row.paused)
    .map((row) => row.name);
}

/** The connectors this process is syncing now, each with its own stop (removeConnector stops one before it goes). */
const syncing = new WeakMap<CoreContext, Map<string, { stop: AbortController; done: Promise<unknown> }>>();

/** Stops this process's sync of the connector, if one runs, and resolves once its last page is committed. */
export async function stopSyncOf(context: CoreContext, name: string, reason: string): Promise<void> {
  const running = syncing.get(context)?.get(name);
  if (!running) return;
  running.stop.abort(new Error(reason));
  await running.done.catch(() => undefined);
}

async function syncOne(context: CoreContext, deps: ConnectorDeps, name: string, request: SyncRequest, task: RunningTask, base: number): Promise<SyncOutcome> {
  let running = syncing.get(context);
  if (!running) {
    running = new Map();
    syncing.set(context, running);
  }
  const stop = new AbortController();
  const done = syncConnector(context, deps, {
    connector: name,
    ...(request.streams ? { streams: request.streams } : {}),
    trigger: request.trigger ?? 'manual',
    signal: AbortSignal.any([task.signal, stop.signal]),
    onProgress: (records, stream) => task.update({ done: base + records, current: `${name} ${stream}` }),
  });
  running.set(name, { stop, done });
  try {
    const outcome = await done;
    return stop.signal.aborted && !task.signal.aborted ? { ...outcome, message: (stop.signal.reason as Error).message } : outcome;
  } finally {
    running.delete(name);
  }
}

/** Runs the sync in the background as a task; resolves with the task id at once. */
export function startSyncTask(context: CoreContext, deps: ConnectorDeps, request: SyncRequest): { taskId: string; done: Promise<SyncOutcome[]> } {
  const names = connectorsToSync(context, request);
  const task = context.tasks.start('sync', names.length === 1 ? `Sync ${names[0]}` : `Sync ${names.length} connectors`, 0);
  const done = (async () => {
    const outcomes: SyncOutcome[] = [];
    try {
      for (const name of names) {
        if (task.signal.aborted) break;
        outcomes.push(await syncOne(context, deps, name, request, task, outcomes.reduce((sum, outcome) => sum + outcome.records, 0)));
      }
      if (task.signal.aborted) task.cancelled();
      else {
        const bad = outcomes.filter((outcome) => outcome.status !== 'ok');
        if (bad.length > 0 && bad.length === outcomes.length) task.fail(bad.map((outcome) => `${outcome.connector}: ${outcome.message ?? outcome.status}`).join('; '));
        else task.finish(`${outcomes.reduce((sum, outcome) => sum + outcome.records, 0)} records from ${outcomes.length} connector(s)`);
      }
    } catch (error) {
      task.fail(error instanceof Error ? error.message : String(error));
    }
    return outcomes;
  })();
  return { taskId: task.taskId, done };
}
