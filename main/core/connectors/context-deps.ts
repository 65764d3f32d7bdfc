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

/** Runs the sync in the background as a task; resolves with the task id at once. */
export function startSyncTask(context: CoreContext, deps: ConnectorDeps, request: SyncRequest): { taskId: string; done: Promise<SyncOutcome[]> } {
  const names = connectorsToSync(context, request);
  const task = context.tasks.start('sync', names.length === 1 ? `Sync ${names[0]}` : `Sync ${names.length} connectors`, 0);
  const done = (async () => {
    const outcomes: SyncOutcome[] = [];
    try {
      for (const name of names) {
        if (task.signal.aborted) break;
        const base = outcomes.reduce((sum, outcome) => sum + outcome.records, 0);
        outcomes.push(
          await syncConnector(context, deps, {
            connector: name,
            ...(request.streams ? { streams: request.streams } : {}),
            trigger: request.trigger ?? 'manual',
            signal: task.signal,
            onProgress: (records, stream) => task.update({ done: base + records, current: `${name} ${stream}` }),
          }),
        );
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
